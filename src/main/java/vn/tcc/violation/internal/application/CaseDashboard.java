package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

/**
 * The violation dashboard of the caller's jurisdiction: cases by state, waiting for review,
 * overdue, verified per day, and the cameras with the most false detections. Counts only, no
 * personal data.
 */
@ApplicationScoped
public class CaseDashboard {
  static final int DAYS = 14;
  public static final int MAX_PERIOD_DAYS = 366;
  static final int FIRST_YEAR = 2000;
  static final int CAMERAS = 15;

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

  /**
   * The statistics of a period (whole days of Vietnam's calendar, both included): cases per day and
   * type, the cameras' false detections and the fines. 400 for a period that ends before it starts,
   * spans more than {@link #MAX_PERIOD_DAYS} days or lies outside {@link #FIRST_YEAR} to next year.
   */
  public PeriodFigures period(Caller caller, LocalDate from, LocalDate to) {
    requireReader(caller);
    checkPeriodOf(from, to);
    Instant start = from.atStartOfDay(TccTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
    JurisdictionCode scope = caller.jurisdiction();
    return new PeriodFigures(
        from,
        to,
        statistics.casesPerDay(scope, start, end),
        statistics.falseDetections(scope, start, end, CAMERAS),
        statistics.finesPerDay(scope, start, end));
  }

  /** The same figures, audited as an export: the file leaves the system. */
  public PeriodFigures export(Caller caller, LocalDate from, LocalDate to) {
    PeriodFigures figures = period(caller, from, to);
    auditTrail.record(
        AuditRecord.success("VIOLATION_STATISTICS_EXPORTED", "violation_dashboard", null)
            .withDetails(from + " – " + to));
    return figures;
  }

  public static void checkPeriodOf(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || from.isAfter(to)
        || from.getYear() < FIRST_YEAR
        || to.getYear() > LocalDate.now(TccTime.ZONE).getYear() + 1
        || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
      throw new ProblemException(400, "violation.statistics.badPeriod", MAX_PERIOD_DAYS);
    }
  }

  private static void requireReader(Caller caller) {
    if (caller.jurisdiction() == null
        || !caller.hasAnyRole(
            List.of(Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR, Role.COORDINATOR))) {
      throw new ProblemException(403, "problem.403.role");
    }
  }

  public record PeriodFigures(
      LocalDate from,
      LocalDate to,
      List<CaseStatistics.TypeDayCount> casesPerDay,
      List<CaseStatistics.CameraRate> falseDetections,
      List<CaseStatistics.FineDay> fines) {}

  public record Figures(
      Map<String, Long> byState,
      long waitingForReview,
      long overdue,
      List<CaseStatistics.DayCount> verifiedPerDay,
      List<CaseStatistics.CameraRate> falseDetections) {}
}
