package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The data-protection report's deletions (form DATA_PROTECTION): the manual deletions carried out
 * in the period for the area ({@code retention.manual_deletion}, by the requester's jurisdiction),
 * and for the province the signed deletion records finished in it with the items they deleted.
 * Scheduled purges run for the whole province, so a commune gets no record figures: it types them.
 */
@ApplicationScoped
public class JdbcDeletionFigures implements IndicatorSource {
  static final String RECORDS = "DP.DELETION_RECORDS";
  static final String ITEMS = "DP.ITEMS_DELETED";
  static final String MANUAL = "DP.MANUAL_DELETIONS";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<String> indicatorCodes() {
    return Set.of(RECORDS, ITEMS, MANUAL);
  }

  @Override
  public Map<String, BigDecimal> compute(FigureScope scope) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put(
        MANUAL,
        BigDecimal.valueOf(
            jdbc.first(
                    "count the manual deletions of a period",
                    """
                    SELECT count(*) AS n FROM retention.manual_deletion
                     WHERE state = 'EXECUTED'
                       AND (jurisdiction = ? OR jurisdiction LIKE ? ESCAPE '!')
                       AND decided_at >= ? AND decided_at < ?
                    """,
                    row -> row.longValue("n"),
                    scope.jurisdiction().value(),
                    scope.jurisdiction().childrenLikePattern(),
                    scope.from(),
                    scope.to())
                .orElse(0L)));
    if (scope.jurisdiction().isProvince()) {
      jdbc.first(
              "count the deletion records of a period",
              """
              SELECT count(*) AS records, coalesce(sum(deleted_count), 0) AS items
                FROM retention.deletion_record WHERE finished_at >= ? AND finished_at < ?
              """,
              row -> Map.entry(row.longValue("records"), row.longValue("items")),
              scope.from(),
              scope.to())
          .ifPresent(
              r -> {
                figures.put(RECORDS, BigDecimal.valueOf(r.getKey()));
                figures.put(ITEMS, BigDecimal.valueOf(r.getValue()));
              });
    }
    return figures;
  }
}
