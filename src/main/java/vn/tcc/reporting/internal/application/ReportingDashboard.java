package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;

/**
 * The reporting dashboard: who has filed a form for the current period and who is late, the units'
 * DHIS2 reporting rates, and the headline charts of the last twelve reporting months — violations
 * by type and month, fines collected, cameras operational by commune — for the viewer's area only
 * (the months' figures: {@link DashboardCharts}).
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
  private DashboardCharts charts;
  private Supplier<List<DashboardFigures>> sources;
  private ReportingSettings settings;
  private AuditTrail auditTrail;
  private Clock clock;

  ReportingDashboard() {}

  @Inject
  ReportingDashboard(
      SynthesisWorkflow syntheses,
      ReportingUnits units,
      DashboardCharts charts,
      @Any Instance<DashboardFigures> sources,
      ReportingSettings settings,
      AuditTrail auditTrail,
      Clock clock) {
    this(syntheses, units, charts, () -> sources.stream().toList(), settings, auditTrail, clock);
  }

  ReportingDashboard(
      SynthesisWorkflow syntheses,
      ReportingUnits units,
      DashboardCharts charts,
      Supplier<List<DashboardFigures>> sources,
      ReportingSettings settings,
      AuditTrail auditTrail,
      Clock clock) {
    this.syntheses = syntheses;
    this.units = units;
    this.charts = charts;
    this.sources = sources;
    this.settings = settings;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /**
   * The dashboard as the viewer may see it.
   *
   * @param area the jurisdiction the charts cover, null when the viewer's unit has none
   * @param months the twelve reporting months of the charts, oldest first ({@code yyyy-MM}: 2026-11
   *     is the period 2026-M11, 15/10 → 14/11 under Decree 09)
   * @param periods the same months with their days and where their figures come from
   */
  public record Dashboard(
      String formCode,
      String area,
      boolean coordinator,
      SynthesisWorkflow.TimelinessView timeliness,
      List<String> months,
      List<DashboardCharts.ChartPeriod> periods,
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
    // The reporting months (Decree 09: the 15th to the 14th), so that a closed month is the one
    // the syntheses counted and its stored figures can be shown.
    List<ReportingPeriod> periods =
        new ArrayList<>(settings.calendar().recent(PeriodKind.MONTHLY, clock.instant(), MONTHS));
    Collections.reverse(periods);
    List<String> months = periods.stream().map(DashboardCharts::month).toList();
    List<DashboardCharts.ChartPeriod> shown = List.of();
    List<DashboardFigures.MonthlyFigure> violations = List.of();
    List<DashboardFigures.MonthlyFigure> fines = List.of();
    List<DashboardFigures.CommuneCameras> cameras = new ArrayList<>();
    if (scope.area() != null) {
      DashboardCharts.Charts figures = charts.charts(scope.area(), periods);
      shown = figures.periods();
      violations = figures.violations();
      fines = figures.fines();
      for (DashboardFigures source : sources.get()) {
        cameras.addAll(source.camerasByCommune(scope.area()));
      }
    }
    return new Dashboard(
        code,
        scope.area() == null ? null : scope.area().value(),
        scope.coordinator(),
        timeliness,
        months,
        shown,
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
