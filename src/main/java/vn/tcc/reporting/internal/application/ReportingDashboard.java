package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

/**
 * The reporting dashboard: who has filed a form for the current period and who is late, the units'
 * DHIS2 reporting rates, and the headline charts of the last twelve months — violations by type and
 * month, fines collected, cameras operational by commune — for the viewer's area only.
 *
 * <p>Who sees what: a supervisor or an auditor sees the units and the data of his jurisdiction (the
 * whole province, or his commune and the units in it); a coordinator sees his own unit and its
 * area's data (none when his unit has no area in TCC). Everyone else is refused, on the audit
 * trail. The figures are aggregates (no personal data), so reading them is not audited.
 */
@ApplicationScoped
public class ReportingDashboard {
  static final String REFUSED = "REPORT_DASHBOARD_REFUSED";
  static final int MONTHS = 12;

  private SynthesisWorkflow syntheses;
  private ReportingUnits units;
  private Supplier<List<DashboardFigures>> sources;
  private AuditTrail auditTrail;
  private Clock clock;

  ReportingDashboard() {}

  @Inject
  ReportingDashboard(
      SynthesisWorkflow syntheses,
      ReportingUnits units,
      @Any Instance<DashboardFigures> sources,
      AuditTrail auditTrail,
      Clock clock) {
    this(syntheses, units, () -> sources.stream().toList(), auditTrail, clock);
  }

  ReportingDashboard(
      SynthesisWorkflow syntheses,
      ReportingUnits units,
      Supplier<List<DashboardFigures>> sources,
      AuditTrail auditTrail,
      Clock clock) {
    this.syntheses = syntheses;
    this.units = units;
    this.sources = sources;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /**
   * The dashboard as the viewer may see it.
   *
   * @param area the jurisdiction the charts cover, null when the viewer's unit has none
   * @param months the twelve months of the charts, oldest first ({@code yyyy-MM})
   */
  public record Dashboard(
      String formCode,
      String area,
      boolean coordinator,
      SynthesisWorkflow.TimelinessView timeliness,
      List<String> months,
      List<DashboardFigures.MonthlyFigure> violations,
      List<DashboardFigures.MonthlyFigure> finesCollected,
      List<DashboardFigures.CommuneCameras> cameras) {

    public boolean hasViolations() {
      return violations.stream().anyMatch(v -> v.value() > 0);
    }

    public boolean hasFines() {
      return finesCollected.stream().anyMatch(v -> v.value() > 0);
    }

    public boolean hasCameras() {
      return cameras.stream().anyMatch(c -> c.installed() > 0);
    }
  }

  /**
   * @throws ReportingRuleException 403 when the caller may not see the dashboard, 404 for an
   *     unknown form, 422 (ValidationException) for a malformed one
   */
  public Dashboard load(ReportingActor actor, String formCode) {
    ReportInput input = new ReportInput();
    String code = input.code("form", formCode == null ? "VIOLATION_HANDLING" : formCode, true);
    input.check();
    Scope scope = scope(actor);
    SynthesisWorkflow.TimelinessView timeliness = syntheses.timeliness(code, 6, scope.units());
    YearMonth now = YearMonth.from(clock.instant().atZone(TccTime.ZONE));
    YearMonth first = now.minusMonths(MONTHS - 1L);
    List<String> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
      months.add(m.toString());
    }
    List<DashboardFigures.MonthlyFigure> violations = new ArrayList<>();
    List<DashboardFigures.MonthlyFigure> fines = new ArrayList<>();
    List<DashboardFigures.CommuneCameras> cameras = new ArrayList<>();
    if (scope.area() != null) {
      Instant from = first.atDay(1).atStartOfDay(TccTime.ZONE).toInstant();
      Instant to = now.plusMonths(1).atDay(1).atStartOfDay(TccTime.ZONE).toInstant();
      for (DashboardFigures source : sources.get()) {
        violations.addAll(source.violationsByTypeAndMonth(scope.area(), from, to));
        fines.addAll(source.finesCollectedByMonth(scope.area(), from, to));
        cameras.addAll(source.camerasByCommune(scope.area()));
      }
    }
    return new Dashboard(
        code,
        scope.area() == null ? null : scope.area().value(),
        scope.coordinator(),
        timeliness,
        months,
        violations,
        fines,
        cameras);
  }

  private record Scope(
      JurisdictionCode area, Predicate<ReportingUnit> units, boolean coordinator) {}

  private Scope scope(ReportingActor actor) {
    var caller = actor.caller();
    JurisdictionCode jurisdiction = caller.jurisdiction();
    if ((caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.AUDITOR)) && jurisdiction != null) {
      // The province sees every unit (departments have no area); a commune only its own units.
      Predicate<ReportingUnit> shown =
          jurisdiction.isProvince()
              ? u -> u.jurisdiction() == null || jurisdiction.covers(u.jurisdiction())
              : u -> u.jurisdiction() != null && jurisdiction.covers(u.jurisdiction());
      return new Scope(jurisdiction, shown, false);
    }
    if (ReportingAccess.isCoordinator(actor)) {
      ReportingUnit unit = units.find(actor.unitCode()).orElse(null);
      if (unit != null) {
        String own = unit.code();
        return new Scope(unit.jurisdiction(), u -> u.code().equals(own), true);
      }
    }
    auditTrail.record(
        new AuditRecord(
            REFUSED,
            "report_dashboard",
            null,
            jurisdiction,
            null,
            false,
            AuditOutcome.DENIED,
            "dashboard refused for " + actor.username()));
    if (caller.hasRole(Role.COORDINATOR)) {
      throw new ReportingRuleException(403, "reporting.unit.none");
    }
    throw new ReportingRuleException(403, "problem.403.role");
  }
}
