package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The reporting dashboard's violation charts: cases detected per reporting month and type, fines
 * collected per reporting month, counted exactly as the report's figures are ({@link
 * JdbcViolationFigures}): a case belongs to its camera's commune, detected by when it occurred, a
 * payment by when it was paid. Each chart is one aggregate over the periods asked for, each row put
 * in its period by {@code width_bucket} over the periods' first instants; reporting asks for the
 * current period only, or once for past periods it has no stored figure for.
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
  public List<MonthlyFigure> violationsByTypeAndPeriod(
      JurisdictionCode area, List<Period> periods, Rows rows) {
    if (periods.isEmpty()) {
      return List.of();
    }
    List<Object> parameters =
        new ArrayList<>(
            List.of(
                starts(periods),
                area.value(),
                area.childrenLikePattern(),
                periods.get(0).from(),
                periods.get(periods.size() - 1).to()));
    return jdbc.list(
        "count the violations per reporting month and type for the dashboard",
        "SELECT width_bucket(c.occurred_at, ?::text[]::timestamptz[]) AS bucket,"
            + " c.detected_type AS type, count(*) AS n FROM violation.violation_case c WHERE "
            + IN_AREA
            + " AND c.occurred_at >= ? AND c.occurred_at < ?"
            + between("c.id", rows, 0, parameters)
            + " GROUP BY 1, 2 ORDER BY 1, 2",
        row ->
            new MonthlyFigure(
                periods.get(row.intValue("bucket") - 1).month(),
                row.string("type"),
                row.longValue("n")),
        parameters.toArray());
  }

  @Override
  public List<MonthlyFigure> finesCollectedByPeriod(
      JurisdictionCode area, List<Period> periods, Rows rows) {
    if (periods.isEmpty()) {
      return List.of();
    }
    List<Object> parameters =
        new ArrayList<>(
            List.of(
                starts(periods),
                area.value(),
                area.childrenLikePattern(),
                periods.get(0).from(),
                periods.get(periods.size() - 1).to()));
    return jdbc.list(
        "sum the fines collected per reporting month for the dashboard",
        "SELECT width_bucket(p.paid_at, ?::text[]::timestamptz[]) AS bucket,"
            + " coalesce(sum(p.amount_vnd), 0) AS vnd FROM violation.payment p"
            + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
            + IN_AREA
            + " AND p.paid_at >= ? AND p.paid_at < ?"
            + between("p.id", rows, 1, parameters)
            + " GROUP BY 1 ORDER BY 1",
        row ->
            new MonthlyFigure(
                periods.get(row.intValue("bucket") - 1).month(), null, row.longValue("vnd")),
        parameters.toArray());
  }

  /**
   * The id bounds of {@code rows} on this table ({@code mark}: 0 the cases, 1 the payments, as
   * {@link #marks()} answers them); the rows added after a mark are a primary-key range scan.
   */
  private static String between(String id, Rows rows, int mark, List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    if (rows.after() != null && rows.after().size() == 2) {
      sql.append(" AND ").append(id).append(" > ?");
      parameters.add(rows.after().get(mark));
    }
    if (rows.upTo() != null && rows.upTo().size() == 2) {
      sql.append(" AND ").append(id).append(" <= ?");
      parameters.add(rows.upTo().get(mark));
    }
    return sql.toString();
  }

  /** The newest case's and payment's ids: neither is ever deleted, so rows after them are new. */
  @Override
  public List<Long> marks() {
    return jdbc.first(
            "mark the newest case and payment",
            "SELECT (SELECT coalesce(max(id), 0) FROM violation.violation_case) AS cases,"
                + " (SELECT coalesce(max(id), 0) FROM violation.payment) AS payments",
            row -> List.of(row.longValue("cases"), row.longValue("payments")))
        .orElse(List.of(0L, 0L));
  }

  /** Reads only the rows after the marks (primary keys), however many came before. */
  @Override
  public java.time.Instant earliestAddedSince(List<Long> marks) {
    if (marks.size() != 2) {
      return java.time.Instant.MIN;
    }
    return jdbc.first(
            "find the earliest case or payment added since",
            "SELECT least((SELECT min(occurred_at) FROM violation.violation_case WHERE id > ?),"
                + " (SELECT min(paid_at) FROM violation.payment WHERE id > ?)) AS earliest",
            row -> row.instant("earliest"),
            marks.get(0),
            marks.get(1))
        .orElse(null);
  }

  /** The periods' first instants, ascending: bucket i (from 1) is the i-th period. */
  private static Jdbc.SqlArray starts(List<Period> periods) {
    // ISO-8601 text cast in SQL: the driver's arrays are used with text and bigint elsewhere.
    return Jdbc.array("text", periods.stream().map(p -> p.from().toString()).toList());
  }
}
