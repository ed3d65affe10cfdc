package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.CaseStatistics;

/** Dashboard counts in SQL, scoped like every read to the jurisdiction and its communes. */
@ApplicationScoped
public class JdbcCaseStatistics implements CaseStatistics {
  private static final String SCOPE =
      "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";
  // A case was decided by review once it was rejected or got a verified type.
  private static final String DECIDED =
      "count(*) FILTER (WHERE c.state = 'REJECTED' OR c.verified_type IS NOT NULL)";
  private static final String REJECTED = "count(*) FILTER (WHERE c.state = 'REJECTED')";

  private static final RowMapper<CameraRate> RATE =
      row ->
          new CameraRate(
              row.string("camera_code"), row.longValue("rejected"), row.longValue("decided"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Map<String, Long> byState(JurisdictionCode scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.list(
            "count cases",
            "SELECT c.state, count(*) AS cases FROM violation.violation_case c WHERE "
                + SCOPE
                + " GROUP BY c.state",
            row -> Map.entry(row.string("state"), row.longValue("cases")),
            scope.value(),
            scope.childrenLikePattern())
        .forEach(count -> counts.put(count.getKey(), count.getValue()));
    return counts;
  }

  @Override
  public long overdue(JurisdictionCode scope) {
    return jdbc.first(
            "count cases",
            "SELECT count(DISTINCT c.id) AS cases FROM violation.deadline_breach b JOIN"
                + " violation.violation_case c ON c.id = b.case_id WHERE "
                + SCOPE
                + " AND c.state NOT IN ('CLOSED', 'REJECTED', 'PAID')",
            row -> row.longValue("cases"),
            scope.value(),
            scope.childrenLikePattern())
        .orElse(0L);
  }

  @Override
  public List<DayCount> verifiedPerDay(JurisdictionCode scope, int days) {
    return jdbc.list(
        "count cases",
        "SELECT (t.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*) AS cases"
            + " FROM violation.case_transition t JOIN violation.violation_case c ON c.id ="
            + " t.case_id WHERE t.to_state = 'VERIFIED' AND t.at >= now() - make_interval(days => "
            + days
            + ") AND "
            + SCOPE
            + " GROUP BY day ORDER BY day",
        row -> new DayCount(row.date("day"), row.longValue("cases")),
        scope.value(),
        scope.childrenLikePattern());
  }

  @Override
  public List<CameraRate> falseDetections(JurisdictionCode scope, int limit) {
    return jdbc.list(
        "count cases",
        "SELECT c.camera_code, "
            + REJECTED
            + " AS rejected, "
            + DECIDED
            + " AS decided FROM violation.violation_case c WHERE "
            + SCOPE
            + " GROUP BY c.camera_code HAVING "
            + DECIDED
            + " > 0 ORDER BY "
            + REJECTED
            + "::float / "
            + DECIDED
            + " DESC, decided DESC LIMIT "
            + limit,
        RATE,
        scope.value(),
        scope.childrenLikePattern());
  }

  @Override
  public Map<String, CameraRate> falseDetectionsOf(List<String> cameraCodes) {
    Map<String, CameraRate> rates = new LinkedHashMap<>();
    if (cameraCodes.isEmpty()) {
      return rates;
    }
    jdbc
        .list(
            "count false detections",
            "SELECT c.camera_code, "
                + REJECTED
                + " AS rejected, "
                + DECIDED
                + " AS decided FROM violation.violation_case c WHERE c.camera_code = ANY (?)"
                + " GROUP BY c.camera_code",
            RATE,
            Jdbc.array("text", cameraCodes))
        .stream()
        .filter(rate -> rate.decided() > 0)
        .forEach(rate -> rates.put(rate.cameraCode(), rate));
    return rates;
  }

  @Override
  public List<TypeDayCount> casesPerDay(JurisdictionCode scope, Instant from, Instant to) {
    return jdbc.list(
        "count cases per day",
        "SELECT (c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,"
            + " coalesce(c.verified_type, c.detected_type) AS type, count(*) AS cases"
            + " FROM violation.violation_case c WHERE c.occurred_at >= ? AND c.occurred_at < ?"
            + " AND "
            + SCOPE
            + " GROUP BY day, type ORDER BY day, type",
        row -> new TypeDayCount(row.date("day"), row.string("type"), row.longValue("cases")),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern());
  }

  @Override
  public List<CameraRate> falseDetections(
      JurisdictionCode scope, Instant from, Instant to, int limit) {
    return jdbc.list(
        "count false detections",
        "SELECT c.camera_code, "
            + REJECTED
            + " AS rejected, "
            + DECIDED
            + " AS decided FROM violation.violation_case c WHERE c.occurred_at >= ?"
            + " AND c.occurred_at < ? AND "
            + SCOPE
            + " GROUP BY c.camera_code HAVING "
            + DECIDED
            + " > 0 ORDER BY "
            + REJECTED
            + "::float / "
            + DECIDED
            + " DESC, decided DESC, c.camera_code LIMIT ?",
        RATE,
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        limit);
  }

  @Override
  public List<FineDay> finesPerDay(JurisdictionCode scope, Instant from, Instant to) {
    // Assessed by the day of the violation, paid by the day of the payment: two sums, one row a
    // day.
    return jdbc.list(
        "sum fines per day",
        "WITH assessed AS (SELECT (c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,"
            + " sum(c.fine_min_vnd) AS vnd FROM violation.violation_case c"
            + " WHERE c.fine_min_vnd IS NOT NULL AND c.state <> 'REJECTED'"
            + " AND c.occurred_at >= ? AND c.occurred_at < ? AND "
            + SCOPE
            + " GROUP BY day), paid AS (SELECT (p.paid_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date"
            + " AS day, sum(p.amount_vnd) AS vnd FROM violation.payment p JOIN"
            + " violation.violation_case c ON c.id = p.case_id WHERE p.paid_at >= ?"
            + " AND p.paid_at < ? AND "
            + SCOPE
            + " GROUP BY day) SELECT coalesce(a.day, p.day) AS day, coalesce(a.vnd, 0) AS"
            + " assessed, coalesce(p.vnd, 0) AS paid FROM assessed a FULL JOIN paid p"
            + " ON p.day = a.day ORDER BY day",
        row -> new FineDay(row.date("day"), row.longValue("assessed"), row.longValue("paid")),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern());
  }
}
