package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.DeadlineStore;

/** Deadline queries on the partial indexes of V8; SKIP LOCKED keeps two servers apart. */
@ApplicationScoped
public class JdbcDeadlineStore implements DeadlineStore {

  private static final RowMapper<Due> DUE =
      row -> new Due(row.string("case_number"), row.date("due_on"));
  private static final RowMapper<Breach> BREACH =
      row ->
          new Breach(
              row.string("case_number"),
              row.string("state"),
              row.string("deadline"),
              row.string("recipient"),
              row.date("due_on"),
              row.instant("raised_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<Due> identificationOverdue(LocalDate today, int limit) {
    return due(
        // Once escalated and resumed by a supervisor, a case is not escalated again for it.
        "SELECT c.case_number, c.identification_due AS due_on FROM violation.violation_case c"
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
        "SELECT c.case_number, c.response_due AS due_on FROM violation.violation_case c"
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
        "SELECT c.case_number, c.payment_due AS due_on FROM violation.violation_case c"
            + " WHERE c.state IN ('NOTICE_ISSUED', 'APPEAL_DECIDED') AND c.payment_due < ?"
            + " AND c.paid_at IS NULL AND NOT EXISTS (SELECT 1 FROM violation.deadline_breach b"
            + " WHERE b.case_id = c.id AND b.deadline = 'PAYMENT')"
            + " ORDER BY c.payment_due, c.id LIMIT ?",
        today,
        limit);
  }

  @Override
  public void breach(long caseId, String deadline, String recipient, LocalDate dueOn) {
    jdbc.update(
        "record a passed deadline",
        "INSERT INTO violation.deadline_breach (case_id, deadline, recipient, due_on)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        caseId,
        deadline,
        recipient,
        dueOn);
  }

  @Override
  public List<Breach> breaches(JurisdictionCode scope, int limit) {
    return jdbc.list(
        "list overdue cases",
        "SELECT c.case_number, c.state, b.deadline, b.recipient, b.due_on, b.raised_at"
            + " FROM violation.deadline_breach b JOIN violation.violation_case c"
            + " ON c.id = b.case_id WHERE (c.jurisdiction_code = ?"
            + " OR c.jurisdiction_code LIKE ? ESCAPE '!')"
            + " AND c.state NOT IN ('CLOSED', 'REJECTED', 'PAID')"
            + " ORDER BY b.raised_at DESC, c.id LIMIT ?",
        BREACH,
        scope.value(),
        scope.childrenLikePattern(),
        limit);
  }

  private List<Due> due(String sql, LocalDate today, int limit) {
    return jdbc.list("find passed deadlines", sql, DUE, today, limit);
  }
}
