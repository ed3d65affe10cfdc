package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.application.CaseStatistics;

/** Dashboard counts in SQL, scoped like every read to the jurisdiction and its communes. */
@ApplicationScoped
public class JdbcCaseStatistics implements CaseStatistics {
  private static final String SCOPE =
      "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";
  // A case was decided by review once it was rejected or got a verified type.
  private static final String DECIDED =
      "count(*) FILTER (WHERE c.state = 'REJECTED' OR c.verified_type IS NOT NULL)";

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public Map<String, Long> byState(JurisdictionCode scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    query(
        "SELECT c.state, count(*) FROM violation.violation_case c WHERE "
            + SCOPE
            + " GROUP BY c.state",
        scope,
        row -> counts.put(row.getString(1), row.getLong(2)));
    return counts;
  }

  @Override
  public long overdue(JurisdictionCode scope) {
    long[] count = {0};
    query(
        "SELECT count(DISTINCT c.id) FROM violation.deadline_breach b JOIN"
            + " violation.violation_case c ON c.id = b.case_id WHERE "
            + SCOPE
            + " AND c.state NOT IN ('CLOSED', 'REJECTED', 'PAID')",
        scope,
        row -> count[0] = row.getLong(1));
    return count[0];
  }

  @Override
  public List<DayCount> verifiedPerDay(JurisdictionCode scope, int days) {
    List<DayCount> perDay = new ArrayList<>();
    query(
        "SELECT (t.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*)"
            + " FROM violation.case_transition t JOIN violation.violation_case c ON c.id ="
            + " t.case_id WHERE t.to_state = 'VERIFIED' AND t.at >= now() - make_interval(days => "
            + days
            + ") AND "
            + SCOPE
            + " GROUP BY day ORDER BY day",
        scope,
        row -> perDay.add(new DayCount(row.getObject(1, LocalDate.class), row.getLong(2))));
    return perDay;
  }

  @Override
  public List<CameraRate> falseDetections(JurisdictionCode scope, int limit) {
    List<CameraRate> rates = new ArrayList<>();
    query(
        "SELECT c.camera_code, count(*) FILTER (WHERE c.state = 'REJECTED'), "
            + DECIDED
            + " AS decided FROM violation.violation_case c WHERE "
            + SCOPE
            + " GROUP BY c.camera_code HAVING "
            + DECIDED
            + " > 0 ORDER BY count(*) FILTER (WHERE c.state = 'REJECTED')::float / "
            + DECIDED
            + " DESC, decided DESC LIMIT "
            + limit,
        scope,
        row -> rates.add(new CameraRate(row.getString(1), row.getLong(2), row.getLong(3))));
    return rates;
  }

  @Override
  public Map<String, CameraRate> falseDetectionsOf(List<String> cameraCodes) {
    Map<String, CameraRate> rates = new LinkedHashMap<>();
    if (cameraCodes.isEmpty()) {
      return rates;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.camera_code, count(*) FILTER (WHERE c.state = 'REJECTED'), "
                    + DECIDED
                    + " FROM violation.violation_case c WHERE c.camera_code = ANY (?)"
                    + " GROUP BY c.camera_code")) {
      select.setArray(1, connection.createArrayOf("text", cameraCodes.toArray()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          if (row.getLong(3) > 0) {
            rates.put(
                row.getString(1), new CameraRate(row.getString(1), row.getLong(2), row.getLong(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("count false detections", e);
    }
    return rates;
  }

  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  private void query(String sql, JurisdictionCode scope, RowHandler handler) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, scope.value());
      select.setString(2, scope.childrenLikePattern());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          handler.handle(row);
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("count cases", e);
    }
  }
}
