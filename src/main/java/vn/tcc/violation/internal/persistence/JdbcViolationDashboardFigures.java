package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The reporting dashboard's violation charts: cases detected per month and type, fines collected
 * per month. Months are Vietnam's calendar months; a case belongs to its camera's commune, as in
 * {@link JdbcViolationFigures}. Each is one aggregate over the range, served by the cases' (area,
 * occurred_at) index.
 */
@ApplicationScoped
public class JdbcViolationDashboardFigures implements DashboardFigures {
  private static final String IN_AREA =
      "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<MonthlyFigure> violationsByTypeAndMonth(
      JurisdictionCode area, Instant from, Instant to) {
    return jdbc.list(
        "count the violations per month and type for the dashboard",
        "SELECT to_char(c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,"
            + " c.detected_type AS type, count(*) AS n FROM violation.violation_case c WHERE "
            + IN_AREA
            + " AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY 1, 2 ORDER BY 1, 2",
        row -> new MonthlyFigure(row.string("month"), row.string("type"), row.longValue("n")),
        area.value(),
        area.childrenLikePattern(),
        from,
        to);
  }

  @Override
  public List<MonthlyFigure> finesCollectedByMonth(
      JurisdictionCode area, Instant from, Instant to) {
    return jdbc.list(
        "sum the fines collected per month for the dashboard",
        "SELECT to_char(p.paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,"
            + " coalesce(sum(p.amount_vnd), 0) AS vnd FROM violation.payment p"
            + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
            + IN_AREA
            + " AND p.paid_at >= ? AND p.paid_at < ? GROUP BY 1 ORDER BY 1",
        row -> new MonthlyFigure(row.string("month"), null, row.longValue("vnd")),
        area.value(),
        area.childrenLikePattern(),
        from,
        to);
  }
}
