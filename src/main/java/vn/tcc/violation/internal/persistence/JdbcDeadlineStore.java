package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.application.DeadlineStore;

/** Deadline queries on the partial indexes of V8; SKIP LOCKED keeps two servers apart. */
@ApplicationScoped
public class JdbcDeadlineStore implements DeadlineStore {

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public List<Due> identificationOverdue(LocalDate today, int limit) {
    return due(
        // Once escalated and resumed by a supervisor, a case is not escalated again for it.
        "SELECT c.case_number, c.identification_due FROM violation.violation_case c"
            + " WHERE c.state IN ('DETECTED', 'IN_REVIEW', 'DISPUTED', 'VERIFIED')"
            + " AND c.identification_due < ? AND NOT EXISTS (SELECT 1 FROM"
            + " violation.deadline_breach b WHERE b.case_id = c.id"
            + " AND b.deadline = 'IDENTIFICATION') ORDER BY c.identification_due, c.id LIMIT ?"
            + " FOR UPDATE OF c SKIP LOCKED",
        today,
        limit);
  }

  @Override
  public List<Due> responseOverdue(LocalDate today, int limit) {
    return due(
        "SELECT c.case_number, c.response_due FROM violation.violation_case c"
            + " WHERE c.state = 'NOTICE_ISSUED' AND c.response_due < ?"
            + " AND c.responded_at IS NULL AND c.penalty_decided_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM violation.deadline_breach b WHERE b.case_id = c.id"
            + " AND b.deadline = 'RESPONSE') ORDER BY c.response_due, c.id LIMIT ?",
        today,
        limit);
  }

  @Override
  public List<Due> paymentOverdue(LocalDate today, int limit) {
    return due(
        "SELECT c.case_number, c.payment_due FROM violation.violation_case c"
            + " WHERE c.state IN ('NOTICE_ISSUED', 'APPEAL_DECIDED') AND c.payment_due < ?"
            + " AND c.paid_at IS NULL AND NOT EXISTS (SELECT 1 FROM violation.deadline_breach b"
            + " WHERE b.case_id = c.id AND b.deadline = 'PAYMENT')"
            + " ORDER BY c.payment_due, c.id LIMIT ?",
        today,
        limit);
  }

  @Override
  public void breach(long caseId, String deadline, String recipient, LocalDate dueOn) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO violation.deadline_breach (case_id, deadline, recipient, due_on)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      insert.setLong(1, caseId);
      insert.setString(2, deadline);
      insert.setString(3, recipient);
      insert.setDate(4, Date.valueOf(dueOn));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("record a passed deadline", e);
    }
  }

  @Override
  public List<Breach> breaches(JurisdictionCode scope, int limit) {
    List<Breach> breaches = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.case_number, c.state, b.deadline, b.recipient, b.due_on, b.raised_at"
                    + " FROM violation.deadline_breach b JOIN violation.violation_case c"
                    + " ON c.id = b.case_id WHERE (c.jurisdiction_code = ?"
                    + " OR c.jurisdiction_code LIKE ? ESCAPE '!')"
                    + " AND c.state NOT IN ('CLOSED', 'REJECTED', 'PAID')"
                    + " ORDER BY b.raised_at DESC, c.id LIMIT ?")) {
      select.setString(1, scope.value());
      select.setString(2, scope.childrenLikePattern());
      select.setInt(3, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          breaches.add(
              new Breach(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getObject(5, LocalDate.class),
                  JdbcCaseRepository.instant(row, 6)));
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("list overdue cases", e);
    }
    return breaches;
  }

  private List<Due> due(String sql, LocalDate today, int limit) {
    List<Due> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setDate(1, Date.valueOf(today));
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          due.add(new Due(row.getString(1), row.getObject(2, LocalDate.class)));
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("find passed deadlines", e);
    }
    return due;
  }
}
