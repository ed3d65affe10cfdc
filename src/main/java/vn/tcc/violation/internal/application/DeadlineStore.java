package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The cases whose deadlines passed, and the breaches recorded for them. */
public interface DeadlineStore {

  /** Cases not yet identified whose identification date is before today, oldest first. */
  List<Due> identificationOverdue(LocalDate today, int limit);

  /** Notices unanswered past their response date, without a recorded response warning. */
  List<Due> responseOverdue(LocalDate today, int limit);

  /** Penalties unpaid past their payment date, without a recorded payment breach. */
  List<Due> paymentOverdue(LocalDate today, int limit);

  void breach(long caseId, String deadline, String recipient, LocalDate dueOn);

  List<Breach> breaches(JurisdictionCode scope, int limit);

  record Due(String caseNumber, LocalDate dueOn) {}

  record Breach(
      String caseNumber,
      String state,
      String deadline,
      String recipient,
      LocalDate dueOn,
      Instant raisedAt) {}
}
