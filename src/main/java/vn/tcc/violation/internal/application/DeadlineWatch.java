package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.CaseDeadlines.Deadline;
import vn.tcc.violation.internal.domain.VehicleClass;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * The deadlines of Circular 73/2024 Art. 24, checked against the dates stored on the cases (so they
 * hold across restarts): a case whose owner is not identified within 10 days of detection is
 * escalated to a supervisor; a notice unanswered after 20 days warns the registration agency (and,
 * for motorbikes, the commune police); a fine unpaid 10 days after the decision is marked overdue
 * (the late fee runs from then). Each breach is recorded once, on the timeline and the audit trail.
 */
@ApplicationScoped
public class DeadlineWatch {
  static final String BREACHED = "VIOLATION_DEADLINE_PASSED";
  static final int BATCH = 200;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject DeadlineStore store;
  @Inject ViolationCases cases;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  /** One batch of each kind of breach; returns how many were recorded. */
  @Transactional
  public int checkDue() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, TccTime.ZONE);
    int recorded = 0;
    for (DeadlineStore.Due due : store.identificationOverdue(today, BATCH)) {
      ViolationCase violationCase = cases.byNumberForUpdate(due.caseNumber()).orElseThrow();
      if (!violationCase.state().isEscalatable()) {
        continue;
      }
      violationCase.escalate(
          "Quá hạn xác định chủ phương tiện (hạn " + DAY.format(due.dueOn()) + ")", now);
      cases.save(violationCase);
      store.breach(violationCase.id(), Deadline.IDENTIFICATION.name(), "SUPERVISOR", due.dueOn());
      audit(violationCase, Deadline.IDENTIFICATION, "SUPERVISOR");
      recorded++;
    }
    for (DeadlineStore.Due due : store.responseOverdue(today, BATCH)) {
      ViolationCase violationCase = cases.byNumber(due.caseNumber()).orElseThrow();
      VehicleClass vehicle =
          VehicleClass.fromEventVehicleClass(violationCase.detected().vehicleClass())
              .orElse(VehicleClass.CAR);
      for (CaseDeadlines.WarningRecipient recipient : CaseDeadlines.warningRecipients(vehicle)) {
        store.breach(violationCase.id(), Deadline.RESPONSE.name(), recipient.name(), due.dueOn());
        audit(violationCase, Deadline.RESPONSE, recipient.name());
      }
      violationCase.note(
          Caller.SYSTEM_CALLER,
          "Quá 20 ngày không phản hồi thông báo (hạn "
              + DAY.format(due.dueOn())
              + "): cảnh báo cơ quan đăng ký xe"
              + (vehicle == VehicleClass.MOTORBIKE ? " và Công an cấp xã" : ""),
          now);
      cases.save(violationCase);
      recorded++;
    }
    for (DeadlineStore.Due due : store.paymentOverdue(today, BATCH)) {
      ViolationCase violationCase = cases.byNumber(due.caseNumber()).orElseThrow();
      store.breach(violationCase.id(), Deadline.PAYMENT.name(), "SUPERVISOR", due.dueOn());
      violationCase.note(
          Caller.SYSTEM_CALLER,
          "Quá hạn nộp phạt (hạn " + DAY.format(due.dueOn()) + "): tính tiền chậm nộp 0,05%/ngày",
          now);
      cases.save(violationCase);
      audit(violationCase, Deadline.PAYMENT, "SUPERVISOR");
      recorded++;
    }
    return recorded;
  }

  private void audit(ViolationCase violationCase, Deadline deadline, String recipient) {
    auditTrail.record(
        new AuditRecord(
            BREACHED,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            deadline + " → " + recipient));
  }

  /** The overdue list of a jurisdiction: every breach recorded, newest first. */
  public List<DeadlineStore.Breach> overdue(Caller caller, int limit) {
    CaseRoles.require(caller, CaseRoles.READING);
    return store.breaches(caller.jurisdiction(), Math.min(Math.max(limit, 1), 500));
  }
}
