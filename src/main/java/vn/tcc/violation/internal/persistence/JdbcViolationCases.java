package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.domain.CaseFine;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.CaseTransition;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/** Violation cases in plain JDBC, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JdbcViolationCases implements ViolationCases {
  private static final String SELECT =
      """
      SELECT c.id, c.case_number, c.jurisdiction_code, c.camera_code, c.detected_type,
             c.detected_plate, c.plate_confidence, c.vehicle_class, c.speed_kmh, c.speed_limit_kmh,
             c.first_event_id, c.occurred_at, c.last_detected_at, c.detections, c.state,
             c.escalated_from, c.verified_plate, c.verified_type, c.fine_outcome, c.fine_min_vnd,
             c.fine_max_vnd, c.licence_points, c.legal_reference_vi, c.legal_reference_en,
             c.rule_effective_from, c.identification_due, c.owner_identified_at,
             c.notice_issued_at, c.penalty_decided_at, c.paid_at, c.closed_at, c.opened_at,
             c.version, c.fine_vnd, c.decided_by, c.response_due, c.payment_due
        FROM violation.violation_case c
       WHERE c.case_number = ?
      """;

  // One statement for whatever changed: the aggregate holds the whole row it may change.
  private static final String UPDATE =
      """
      UPDATE violation.violation_case
         SET state = ?, escalated_from = ?, verified_plate = ?, verified_type = ?,
             fine_outcome = ?, fine_min_vnd = ?, fine_max_vnd = ?, licence_points = ?,
             legal_reference_vi = ?, legal_reference_en = ?, rule_effective_from = ?,
             owner_identified_at = ?, notice_issued_at = ?, response_due = ?,
             fine_vnd = ?, decided_by = ?, penalty_decided_at = ?,
             responded_at = coalesce(responded_at, ?), payment_due = ?,
             paid_at = ?, closed_at = ?, version = version + 1, updated_at = now()
       WHERE id = ? AND version = ?
      """;

  private static final String TRANSITION =
      """
      INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name,
                                             reason, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """;

  private static final RowMapper<ViolationCase> CASE =
      row -> {
        String escalatedFrom = row.string("escalated_from");
        String verifiedType = row.string("verified_type");
        Long fineVnd = row.nullableLong("fine_vnd");
        return new ViolationCase(
            row.longValue("id"),
            row.string("case_number"),
            row.intValue("version"),
            new JurisdictionCode(row.string("jurisdiction_code")),
            new ViolationCase.Detected(
                row.string("camera_code"),
                row.string("detected_type"),
                row.string("detected_plate"),
                row.decimal("plate_confidence"),
                row.string("vehicle_class"),
                row.decimal("speed_kmh"),
                row.decimal("speed_limit_kmh"),
                row.longValue("first_event_id"),
                row.instant("occurred_at"),
                row.instant("last_detected_at"),
                row.intValue("detections")),
            new CaseLifecycle(
                CaseState.valueOf(row.string("state")),
                escalatedFrom == null ? null : CaseState.valueOf(escalatedFrom)),
            verifiedType == null
                ? null
                : new ViolationCase.Verified(
                    row.string("verified_plate"),
                    verifiedType,
                    new CaseFine(
                        row.string("fine_outcome"),
                        row.nullableLong("fine_min_vnd"),
                        row.nullableLong("fine_max_vnd"),
                        row.nullableInt("licence_points"),
                        row.string("legal_reference_vi"),
                        row.string("legal_reference_en"),
                        row.date("rule_effective_from"))),
            fineVnd == null
                ? null
                : new ViolationCase.Penalty(
                    fineVnd,
                    row.string("decided_by"),
                    row.instant("penalty_decided_at"),
                    row.date("payment_due")),
            new ViolationCase.Milestones(
                row.instant("opened_at"),
                row.date("identification_due"),
                row.instant("owner_identified_at"),
                row.instant("notice_issued_at"),
                row.date("response_due"),
                row.instant("paid_at"),
                row.instant("closed_at")));
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<ViolationCase> byNumber(String number) {
    return jdbc.first("read a case", SELECT, CASE, number);
  }

  @Override
  public Optional<ViolationCase> byNumberForUpdate(String number) {
    return jdbc.first("read a case", SELECT + " FOR UPDATE", CASE, number);
  }

  @Override
  public void save(ViolationCase violationCase) {
    if (violationCase.hasUnsavedChanges()) {
      int updated = jdbc.update("update a case", UPDATE, changes(violationCase));
      if (updated != 1) {
        throw new ProblemException(409, "violation.case.changedMeanwhile");
      }
    }
    for (CaseTransition line : violationCase.unsavedTransitions()) {
      jdbc.update(
          "write a case's timeline",
          TRANSITION,
          violationCase.id(),
          line.from().name(),
          line.to().name(),
          line.actor(),
          line.actorName(),
          line.reason(),
          line.at());
    }
  }

  private static Object[] changes(ViolationCase violationCase) {
    CaseFine fine = violationCase.fine();
    ViolationCase.Penalty penalty = violationCase.penalty();
    ViolationCase.Milestones milestones = violationCase.milestones();
    CaseState escalatedFrom = violationCase.escalatedFrom();
    return new Object[] {
      violationCase.state().name(),
      escalatedFrom == null ? null : escalatedFrom.name(),
      violationCase.verifiedPlate(),
      violationCase.verifiedType(),
      fine.outcome(),
      fine.minVnd(),
      fine.maxVnd(),
      fine.licencePoints(),
      fine.legalReferenceVi(),
      fine.legalReferenceEn(),
      fine.effectiveFrom(),
      milestones.ownerIdentifiedAt(),
      milestones.noticeIssuedAt(),
      milestones.responseDue(),
      penalty == null ? null : penalty.fineVnd(),
      penalty == null ? null : penalty.decidedBy(),
      penalty == null ? null : penalty.decidedAt(),
      penalty == null ? null : penalty.decidedAt(),
      penalty == null ? null : penalty.paymentDue(),
      milestones.paidAt(),
      milestones.closedAt(),
      violationCase.id(),
      violationCase.version()
    };
  }
}
