package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.application.CaseRecord;
import vn.tcc.violation.internal.application.CaseRepository;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ReviewDecision;

/** Violation cases in plain JDBC, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JdbcCaseRepository implements CaseRepository {
  static final String COLUMNS =
      """
      c.id, c.case_number, c.jurisdiction_code, c.camera_code, c.detected_type, c.detected_plate,
      c.plate_confidence, c.vehicle_class, c.speed_kmh, c.speed_limit_kmh, c.first_event_id,
      c.occurred_at, c.last_detected_at, c.detections, c.state, c.escalated_from,
      c.verified_plate, c.verified_type, c.fine_outcome, c.fine_min_vnd, c.fine_max_vnd,
      c.licence_points, c.legal_reference_vi, c.legal_reference_en, c.rule_effective_from,
      c.identification_due, c.owner_identified_at, c.notice_issued_at, c.penalty_decided_at,
      c.paid_at, c.closed_at, c.opened_at, c.version, c.fine_vnd, c.response_due, c.payment_due
      """;

  private static final String CLAIM =
      "WITH next AS (SELECT c.id FROM violation.violation_case c"
          + " WHERE c.state IN ('DETECTED', 'IN_REVIEW')"
          + " AND (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')"
          + " AND (c.first_reviewer IS NULL OR lower(c.first_reviewer) <> lower(?))"
          + " AND (c.claimed_until IS NULL OR c.claimed_until < now() OR lower(c.claimed_by) ="
          + " lower(?))"
          + " ORDER BY c.occurred_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)"
          + " UPDATE violation.violation_case c SET claimed_by = ?, claimed_until = now() +"
          + " make_interval(secs => ?) FROM next WHERE c.id = next.id RETURNING c.case_number";

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public Optional<CaseRecord> byNumber(String number) {
    return one(
        "SELECT " + COLUMNS + " FROM violation.violation_case c WHERE c.case_number = ?", number);
  }

  @Override
  public Optional<CaseRecord> byNumberForUpdate(String number) {
    return one(
        "SELECT " + COLUMNS + " FROM violation.violation_case c WHERE c.case_number = ? FOR UPDATE",
        number);
  }

  @Override
  public Optional<CaseRecord> claimNextForReview(
      JurisdictionCode scope, String reviewer, Duration hold) {
    String number = null;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, scope.value());
      claim.setString(2, scope.childrenLikePattern());
      claim.setString(3, reviewer);
      claim.setString(4, reviewer);
      claim.setString(5, reviewer);
      claim.setLong(6, hold.toSeconds());
      try (ResultSet row = claim.executeQuery()) {
        if (row.next()) {
          number = row.getString(1);
        }
      }
    } catch (SQLException e) {
      throw failure("take the next case for review", e);
    }
    return number == null ? Optional.empty() : byNumber(number);
  }

  @Override
  public List<StoredReview> reviews(long caseId) {
    List<StoredReview> reviews = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT round, reviewer, reviewer_name, verdict, plate, violation_type, reason,"
                    + " reviewed_at FROM violation.case_review WHERE case_id = ? ORDER BY id")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String type = row.getString(6);
          ReviewDecision decision =
              new ReviewDecision(
                  ReviewDecision.Verdict.valueOf(row.getString(4)),
                  row.getString(5),
                  type == null ? null : EventType.valueOf(type),
                  row.getString(7));
          reviews.add(
              new StoredReview(
                  row.getString(1), row.getString(2), row.getString(3), decision, instant(row, 8)));
        }
      }
    } catch (SQLException e) {
      throw failure("read the reviews of a case", e);
    }
    return reviews;
  }

  @Override
  public void addReview(long caseId, StoredReview review) {
    ReviewDecision decision = review.decision();
    execute(
        "INSERT INTO violation.case_review (case_id, round, reviewer, reviewer_name, verdict, plate,"
            + " violation_type, reason, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId,
        review.round(),
        review.reviewer(),
        review.reviewerName(),
        decision.verdict().name(),
        decision.plate(),
        decision.violationType() == null ? null : decision.violationType().name(),
        decision.reason(),
        Timestamp.from(review.at()));
    if ("FIRST".equals(review.round())) {
      execute(
          "UPDATE violation.violation_case SET first_reviewer = ? WHERE id = ?",
          review.reviewer(),
          caseId);
    }
  }

  @Override
  public void move(
      CaseRecord record,
      CaseLifecycle to,
      String actor,
      String actorName,
      String reason,
      Instant at) {
    int updated =
        execute(
            "UPDATE violation.violation_case SET state = ?, escalated_from = ?, version = version + 1,"
                + " updated_at = now() WHERE id = ? AND version = ?",
            to.state().name(),
            to.escalatedFrom() == null ? null : to.escalatedFrom().name(),
            record.id(),
            record.version());
    if (updated != 1) {
      throw new vn.tcc.shared.error.ProblemException(409, "violation.case.changedMeanwhile");
    }
    execute(
        "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name,"
            + " reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        record.id(),
        record.state().name(),
        to.state().name(),
        actor,
        actorName,
        reason,
        Timestamp.from(at));
  }

  @Override
  public void releaseClaim(long caseId) {
    execute(
        "UPDATE violation.violation_case SET claimed_by = NULL, claimed_until = NULL WHERE id = ?",
        caseId);
  }

  @Override
  public void markOwnerIdentified(long caseId, Instant at) {
    execute(
        "UPDATE violation.violation_case SET owner_identified_at = ? WHERE id = ?",
        Timestamp.from(at),
        caseId);
  }

  @Override
  public void decidePenalty(
      long caseId, long fineVnd, String decidedBy, Instant at, LocalDate paymentDue) {
    execute(
        "UPDATE violation.violation_case SET fine_vnd = ?, decided_by = ?, penalty_decided_at = ?,"
            + " responded_at = coalesce(responded_at, ?), payment_due = ?, version = version + 1"
            + " WHERE id = ?",
        fineVnd,
        decidedBy,
        Timestamp.from(at),
        Timestamp.from(at),
        Date.valueOf(paymentDue),
        caseId);
  }

  @Override
  public void note(CaseRecord record, String actor, String actorName, String what, Instant at) {
    execute(
        "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name,"
            + " reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        record.id(),
        record.state().name(),
        record.state().name(),
        actor,
        actorName,
        what,
        Timestamp.from(at));
  }

  @Override
  public void markPaidAndClosed(long caseId, Instant paidAt, Instant closedAt) {
    execute(
        "UPDATE violation.violation_case SET paid_at = ?, closed_at = ? WHERE id = ?",
        Timestamp.from(paidAt),
        Timestamp.from(closedAt),
        caseId);
  }

  @Override
  public void markClosed(long caseId, Instant at) {
    execute(
        "UPDATE violation.violation_case SET closed_at = ? WHERE id = ?",
        Timestamp.from(at),
        caseId);
  }

  @Override
  public void markNoticeIssued(long caseId, Instant at, LocalDate responseDue) {
    execute(
        "UPDATE violation.violation_case SET notice_issued_at = ?, response_due = ? WHERE id = ?",
        Timestamp.from(at),
        Date.valueOf(responseDue),
        caseId);
  }

  @Override
  public void recordVerification(long caseId, String plate, String type, CaseRecord.Fine fine) {
    execute(
        "UPDATE violation.violation_case SET verified_plate = ?, verified_type = ?, fine_outcome = ?,"
            + " fine_min_vnd = ?, fine_max_vnd = ?, licence_points = ?, legal_reference_vi = ?,"
            + " legal_reference_en = ?, rule_effective_from = ? WHERE id = ?",
        plate,
        type,
        fine.outcome(),
        fine.minVnd(),
        fine.maxVnd(),
        fine.licencePoints(),
        fine.legalReferenceVi(),
        fine.legalReferenceEn(),
        fine.effectiveFrom() == null ? null : Date.valueOf(fine.effectiveFrom()),
        caseId);
  }

  @Override
  public List<Transition> transitions(long caseId) {
    List<Transition> transitions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT from_state, to_state, actor, actor_name, reason, at"
                    + " FROM violation.case_transition WHERE case_id = ? ORDER BY id")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          transitions.add(
              new Transition(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  instant(row, 6)));
        }
      }
    } catch (SQLException e) {
      throw failure("read the timeline of a case", e);
    }
    return transitions;
  }

  @Override
  public List<CaseEvent> events(long caseId) {
    List<CaseEvent> events = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT event_id, occurred_at FROM violation.case_event WHERE case_id = ?"
                    + " ORDER BY occurred_at, event_id")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(new CaseEvent(row.getLong(1), instant(row, 2)));
        }
      }
    } catch (SQLException e) {
      throw failure("read the events of a case", e);
    }
    return events;
  }

  private Optional<CaseRecord> one(String sql, String number) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, number);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(record(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read a case", e);
    }
  }

  static CaseRecord record(ResultSet row) throws SQLException {
    String escalatedFrom = row.getString(16);
    return new CaseRecord(
        row.getLong(1),
        row.getString(2),
        new JurisdictionCode(row.getString(3)),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getBigDecimal(7),
        row.getString(8),
        row.getBigDecimal(9),
        row.getBigDecimal(10),
        row.getLong(11),
        instant(row, 12),
        instant(row, 13),
        row.getInt(14),
        CaseState.valueOf(row.getString(15)),
        escalatedFrom == null ? null : CaseState.valueOf(escalatedFrom),
        row.getString(17),
        row.getString(18),
        new CaseRecord.Fine(
            row.getString(19),
            (Long) row.getObject(20),
            (Long) row.getObject(21),
            row.getObject(22) == null ? null : row.getInt(22),
            row.getString(23),
            row.getString(24),
            date(row, 25)),
        date(row, 26),
        instant(row, 27),
        instant(row, 28),
        instant(row, 29),
        instant(row, 30),
        instant(row, 31),
        instant(row, 32),
        row.getInt(33),
        (Long) row.getObject(34),
        date(row, 35),
        date(row, 36));
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static LocalDate date(ResultSet row, int column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  private int execute(String sql, Object... parameters) {
    return Sql.update(dataSource, "update a case", sql, parameters);
  }

  static IllegalStateException failure(String what, SQLException e) {
    return Sql.failure(what, e);
  }
}
