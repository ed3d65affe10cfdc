package vn.tcc.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.Timeliness;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;

/**
 * The dashboard shows each viewer his own area: the province's staff every unit and the whole
 * province's figures, a commune's supervisor his commune, a coordinator his unit; others are
 * refused on the audit trail. The charts cover Vietnam's last twelve calendar months.
 */
class ReportingDashboardTest {
  private final ReportingFakes fakes = new ReportingFakes();
  private final List<JurisdictionCode> asked = new ArrayList<>();
  private final List<Instant[]> ranges = new ArrayList<>();

  private ReportingDashboard dashboard() {
    DashboardFigures source =
        new DashboardFigures() {
          @Override
          public List<MonthlyFigure> violationsByTypeAndMonth(
              JurisdictionCode area, Instant from, Instant to) {
            asked.add(area);
            ranges.add(new Instant[] {from, to});
            return List.of(
                new MonthlyFigure("2026-11", "RED_LIGHT", 12),
                new MonthlyFigure("2026-12", "SPEEDING", 3));
          }

          @Override
          public List<MonthlyFigure> finesCollectedByMonth(
              JurisdictionCode area, Instant from, Instant to) {
            return List.of(new MonthlyFigure("2026-11", null, 4_500_000));
          }
        };
    return new ReportingDashboard(
        fakes.synthesisWorkflow(),
        fakes.units(),
        () -> List.of(source),
        fakes.audit::add,
        fakes.clock);
  }

  @Test
  void the_provinces_supervisor_sees_every_unit_and_the_whole_provinces_figures() {
    // Quy Nhơn filed 2026-M11 on its due day; Pleiku never did.
    fakes.filings.add(
        new Timeliness.Filing(
            "CA.QUY_NHON",
            "2026-M11",
            SubmissionState.ACCEPTED,
            Instant.parse("2026-11-20T03:00:00Z")));
    ReportingDashboard.Dashboard d = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals("GL", d.area());
    assertEquals(List.of(new JurisdictionCode("GL")), asked);
    assertEquals(
        List.of("CA.QUY_NHON", "CA.PLEIKU"),
        d.timeliness().current().stream().map(SynthesisWorkflow.CurrentFiling::unitCode).toList());
    assertEquals(12, d.months().size());
    assertEquals("2026-01", d.months().get(0));
    assertEquals("2026-12", d.months().get(11));
    // Vietnam's months: 1 January 00:00 (+07) to 1 January next year.
    assertEquals(Instant.parse("2025-12-31T17:00:00Z"), ranges.get(0)[0]);
    assertEquals(Instant.parse("2026-12-31T17:00:00Z"), ranges.get(0)[1]);
    assertTrue(d.hasViolations());
    assertTrue(d.hasFines());
    assertTrue(!d.hasCameras(), "no source counts cameras here");
    assertTrue(fakes.audit.isEmpty(), "aggregates without personal data: not audited");
  }

  @Test
  void a_communes_supervisor_sees_only_his_communes_units_and_figures() {
    ReportingDashboard.Dashboard d =
        dashboard()
            .load(ReportingFakes.actor("s", Role.SUPERVISOR, "GL.PLEIKU", null), "TEST_FORM");
    assertEquals("GL.PLEIKU", d.area());
    assertEquals(List.of(new JurisdictionCode("GL.PLEIKU")), asked);
    assertEquals(
        List.of("CA.PLEIKU"),
        d.timeliness().current().stream().map(SynthesisWorkflow.CurrentFiling::unitCode).toList());
    assertEquals(
        List.of("CA.PLEIKU"), d.timeliness().rates().stream().map(r -> r.unitCode()).toList());
  }

  @Test
  void a_coordinator_sees_his_unit_and_its_area_only() {
    ReportingDashboard.Dashboard d =
        dashboard()
            .load(ReportingFakes.actor("c", Role.COORDINATOR, "GL", "CA.PLEIKU"), "TEST_FORM");
    assertTrue(d.coordinator());
    assertEquals("GL.PLEIKU", d.area(), "his unit's area, not the token's province");
    assertEquals(1, d.timeliness().current().size());
    assertEquals("CA.PLEIKU", d.timeliness().current().get(0).unitCode());
  }

  @Test
  void an_auditor_of_the_province_reads_it() {
    ReportingActor auditor = ReportingFakes.actor("a", Role.AUDITOR, "GL", null);
    ReportingDashboard.Dashboard d = dashboard().load(auditor, "TEST_FORM");
    assertEquals("GL", d.area());
    // Without a form, the violation handling report's filings: a form this fake does not know.
    ReportingRuleException byDefault =
        assertThrows(ReportingRuleException.class, () -> dashboard().load(auditor, null));
    assertEquals("reporting.form.unknown", byDefault.messageKey());
  }

  @Test
  void officers_and_coordinators_without_a_unit_are_refused_on_the_audit_trail() {
    ReportingRuleException officer =
        assertThrows(
            ReportingRuleException.class,
            () ->
                dashboard()
                    .load(ReportingFakes.actor("o", Role.OFFICER, "GL.PLEIKU", null), "TEST_FORM"));
    assertEquals(403, officer.status());
    ReportingRuleException noUnit =
        assertThrows(
            ReportingRuleException.class,
            () -> dashboard().load(ReportingFakes.actor("c", Role.COORDINATOR, "GL", null), null));
    assertEquals("reporting.unit.none", noUnit.messageKey());
    ReportingRuleException unknownUnit =
        assertThrows(
            ReportingRuleException.class,
            () ->
                dashboard()
                    .load(ReportingFakes.actor("c", Role.COORDINATOR, "GL", "CA.NOWHERE"), null));
    assertEquals(403, unknownUnit.status());
    assertEquals(3, fakes.audit.size());
    assertTrue(fakes.audit.stream().allMatch(a -> a.outcome() == AuditOutcome.DENIED));
    assertTrue(asked.isEmpty(), "nothing computed for a refused viewer");
  }

  @Test
  void hostile_form_codes_are_refused_as_input_and_an_unknown_form_is_404() {
    for (String hostile : List.of("A\u0000B", "x".repeat(100_000), "'; DROP TABLE x;--")) {
      assertThrows(
          ValidationException.class,
          () -> dashboard().load(ReportingFakes.supervisor(), hostile),
          hostile.length() > 20 ? "long" : hostile);
    }
    ReportingRuleException unknown =
        assertThrows(
            ReportingRuleException.class,
            () -> dashboard().load(ReportingFakes.supervisor(), "NO_SUCH_FORM"));
    assertEquals(404, unknown.status());
  }

  @Test
  void a_unit_without_an_area_gets_no_charts() {
    ReportingDashboard.Dashboard d =
        new ReportingDashboard(
                fakes.synthesisWorkflow(),
                new vn.tcc.reporting.internal.domain.ReportingUnits() {
                  @Override
                  public java.util.Optional<vn.tcc.reporting.internal.domain.ReportingUnit> find(
                      String code) {
                    return java.util.Optional.of(
                        new vn.tcc.reporting.internal.domain.ReportingUnit(
                            code,
                            "Sở Xây dựng",
                            "Department of Construction",
                            vn.tcc.reporting.internal.domain.UnitKind.DEPARTMENT,
                            null));
                  }

                  @Override
                  public List<vn.tcc.reporting.internal.domain.ReportingUnit> all() {
                    return List.of();
                  }
                },
                () -> List.of(new DashboardFigures() {}),
                fakes.audit::add,
                fakes.clock)
            .load(ReportingFakes.actor("c", Role.COORDINATOR, "GL", "SO.XD"), "TEST_FORM");
    assertNull(d.area());
    assertTrue(d.violations().isEmpty() && d.finesCollected().isEmpty() && d.cameras().isEmpty());
  }
}
