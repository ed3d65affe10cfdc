package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The data-protection report's identity lookups (form DATA_PROTECTION): the vehicle owner lookups
 * sent to the population database's authentication center in the period for the cases of the area
 * ({@code violation.identity_request}; their purpose is always the handling of a violation), and
 * those the center did not answer.
 */
@ApplicationScoped
public class JdbcIdentityLookupFigures implements IndicatorSource {
  static final String LOOKUPS = "DP.LOOKUPS.OWNER_IDENTIFICATION";
  static final String UNANSWERED = "DP.LOOKUPS_UNANSWERED";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<String> indicatorCodes() {
    return Set.of(LOOKUPS, UNANSWERED);
  }

  @Override
  public Map<String, BigDecimal> compute(FigureScope scope) {
    return jdbc.first(
            "count the identity lookups of a period",
            """
            SELECT count(*) AS lookups, count(*) FILTER (WHERE r.state = 'FAILED') AS unanswered
              FROM violation.identity_request r
              JOIN violation.violation_case c ON c.id = r.case_id
             WHERE (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')
               AND r.requested_at >= ? AND r.requested_at < ?
            """,
            row ->
                Map.of(
                    LOOKUPS,
                    BigDecimal.valueOf(row.longValue("lookups")),
                    UNANSWERED,
                    BigDecimal.valueOf(row.longValue("unanswered"))),
            scope.jurisdiction().value(),
            scope.jurisdiction().childrenLikePattern(),
            scope.from(),
            scope.to())
        .orElse(Map.of());
  }
}
