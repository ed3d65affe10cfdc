package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The data-protection report's shared camera data figures (form DATA_PROTECTION), from the access
 * log of the period: accesses allowed by purpose ({@code DP.LOOKUPS.<purpose>}) and accesses
 * refused ({@code DP.ACCESS_REFUSED}), of the units of the area (the requesting unit is a commune,
 * or the province).
 */
@ApplicationScoped
public class JdbcSharedAccessFigures implements IndicatorSource {
  static final List<String> PURPOSES =
      List.of(
          "TRAFFIC_VIOLATION_HANDLING",
          "SECURITY_AND_ORDER",
          "INCIDENT_INVESTIGATION",
          "TRAFFIC_MANAGEMENT",
          "SEARCH_AND_RESCUE");
  static final String REFUSED = "DP.ACCESS_REFUSED";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<String> indicatorCodes() {
    Set<String> codes = new TreeSet<>();
    PURPOSES.forEach(p -> codes.add("DP.LOOKUPS." + p));
    codes.add(REFUSED);
    return codes;
  }

  @Override
  public Map<String, BigDecimal> compute(FigureScope scope) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    PURPOSES.forEach(p -> figures.put("DP.LOOKUPS." + p, BigDecimal.ZERO));
    figures.put(REFUSED, BigDecimal.ZERO);
    for (Map.Entry<String, Long> count :
        jdbc.list(
            "count the shared camera data accesses of a period",
            """
            SELECT CASE WHEN allowed THEN 'DP.LOOKUPS.' || purpose ELSE 'DP.ACCESS_REFUSED' END
                   AS code, count(*) AS n
              FROM sharing.access_log
             WHERE (unit = ? OR unit LIKE ? ESCAPE '!')
               AND checked_at >= ? AND checked_at < ?
             GROUP BY 1
            """,
            row -> Map.entry(row.string("code"), row.longValue("n")),
            scope.jurisdiction().value(),
            scope.jurisdiction().childrenLikePattern(),
            scope.from(),
            scope.to())) {
      figures.computeIfPresent(count.getKey(), (k, v) -> BigDecimal.valueOf(count.getValue()));
    }
    return figures;
  }
}
