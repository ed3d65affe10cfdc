package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The violation dashboard of the caller's jurisdiction: cases by state, waiting for review,
 * overdue, verified per day, and the cameras with the most false detections. Counts only, no
 * personal data.
 */
@ApplicationScoped
public class CaseDashboard {
  static final int DAYS = 14;

  @Inject CaseStatistics statistics;
  @Inject AuditTrail auditTrail;

  public Figures figures(Caller caller) {
    if (caller.jurisdiction() == null
        || !caller.hasAnyRole(
            List.of(Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR, Role.COORDINATOR))) {
      throw new ProblemException(403, "problem.403.role");
    }
    Map<String, Long> byState = statistics.byState(caller.jurisdiction());
    long waiting = byState.getOrDefault("DETECTED", 0L) + byState.getOrDefault("IN_REVIEW", 0L);
    Figures figures =
        new Figures(
            byState,
            waiting,
            statistics.overdue(caller.jurisdiction()),
            statistics.verifiedPerDay(caller.jurisdiction(), DAYS),
            statistics.falseDetections(caller.jurisdiction(), 10));
    auditTrail.record(
        AuditRecord.success("VIOLATION_DASHBOARD_VIEWED", "violation_dashboard", null));
    return figures;
  }

  public record Figures(
      Map<String, Long> byState,
      long waitingForReview,
      long overdue,
      List<CaseStatistics.DayCount> verifiedPerDay,
      List<CaseStatistics.CameraRate> falseDetections) {}
}
