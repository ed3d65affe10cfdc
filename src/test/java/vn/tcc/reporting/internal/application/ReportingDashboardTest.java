package vn.tcc.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.Syntheses;
import vn.tcc.reporting.internal.domain.Timeliness;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;

/**
 * The dashboard shows each viewer his own area: the province's staff every unit and the whole
 * province's figures, a commune's supervisor his commune, a coordinator his unit; others are
 * refused on the audit trail. The charts cover the last twelve reporting months (Decree 09), the
 * closed ones from the syntheses' stored figures or computed once a day, today live.
 */
class ReportingDashboardTest {
  private final ReportingFakes fakes = new ReportingFakes();
  private final List<JurisdictionCode> asked = new ArrayList<>();
  private final List<List<DashboardFigures.Period>> ranges = new ArrayList<>();
  private final List<DashboardFigures.Rows> rowsAsked = new ArrayList<>();
  private List<Long> marks = List.of(20_000L, 30_000L);
  private Instant added;

  /** The provincial police's unit: TCC's figures in a synthesis are its area's, the province. */
  private static final ReportingUnit PROVINCE =
      new ReportingUnit(
          "CA.TINH",
          "Công an tỉnh",
          "Provincial police",
          UnitKind.PROVINCIAL_POLICE,
          new JurisdictionCode("GL"));

  /** Answers 12 red-light violations and 4,500,000 VND in each period it is asked for. */
  private final DashboardFigures source =
      new DashboardFigures() {
        @Override
        public List<MonthlyFigure> violationsByTypeAndPeriod(
            JurisdictionCode area, List<Period> periods, Rows rows) {
          asked.add(area);
          ranges.add(periods);
          rowsAsked.add(rows);
          return periods.stream().map(p -> new MonthlyFigure(p.month(), "RED_LIGHT", 12)).toList();
        }

        @Override
        public List<MonthlyFigure> finesCollectedByPeriod(
            JurisdictionCode area, List<Period> periods, Rows rows) {
          return periods.stream().map(p -> new MonthlyFigure(p.month(), null, 4_500_000)).toList();
        }

        @Override
        public List<Long> marks() {
          return marks;
        }

        @Override
        public Instant earliestAddedSince(List<Long> since) {
          return added;
        }
      };

  private DashboardCharts charts;

  private ReportingDashboard dashboard() {
    if (charts == null) {
      ReportingUnits base = fakes.units();
      ReportingUnits withProvince =
          new ReportingUnits() {
            @Override
            public java.util.Optional<ReportingUnit> find(String code) {
              return base.find(code);
            }

            @Override
            public List<ReportingUnit> all() {
              List<ReportingUnit> all = new ArrayList<>(base.all());
              all.add(PROVINCE);
              return all;
            }
          };
      charts =
          new DashboardCharts(
              fakes.synthesesPort(), withProvince, () -> List.of(source), fakes.clock);
    }
    return new ReportingDashboard(
        fakes.synthesisWorkflow(),
        fakes.units(),
        charts,
        () -> List.of(source),
        new ReportingSettings(name -> null),
        fakes.audit::add,
        fakes.clock);
  }

  private static Syntheses.StoredTccFigures stored(
      String period, String takenAt, long redLight, long speeding, long detected, long vnd) {
    return new Syntheses.StoredTccFigures(
        period,
        Instant.parse(takenAt),
        Map.of(
            "VIO.DETECTED.RED_LIGHT", BigDecimal.valueOf(redLight),
            "VIO.DETECTED.SPEEDING", new BigDecimal(speeding + ".00"),
            "VIO.DETECTED", BigDecimal.valueOf(detected),
            "VIO.FINES_COLLECTED", BigDecimal.valueOf(vnd)));
  }

  private static long figure(
      List<DashboardFigures.MonthlyFigure> figures, String month, String type) {
    return figures.stream()
        .filter(f -> f.month().equals(month) && java.util.Objects.equals(f.category(), type))
        .mapToLong(DashboardFigures.MonthlyFigure::value)
        .sum();
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
    assertEquals(
        List.of("CA.QUY_NHON", "CA.PLEIKU"),
        d.timeliness().current().stream().map(SynthesisWorkflow.CurrentFiling::unitCode).toList());
    assertTrue(d.hasViolations());
    assertTrue(d.hasFines());
    assertTrue(!d.hasCameras(), "no source counts cameras here");
    assertTrue(fakes.audit.isEmpty(), "aggregates without personal data: not audited");
  }

  @Test
  void the_months_are_the_twelve_reporting_months_up_to_the_current_one() {
    // 7 December 2026: the current period is 2026-M12, 15/11 → 14/12 (Decree 09).
    ReportingDashboard.Dashboard d = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(12, d.months().size());
    assertEquals("2026-01", d.months().get(0));
    assertEquals("2026-12", d.months().get(11));
    assertEquals("2026-M01", d.periods().get(0).periodKey());
    assertEquals(java.time.LocalDate.of(2025, 12, 15), d.periods().get(0).firstDay());
    assertEquals(java.time.LocalDate.of(2026, 12, 14), d.periods().get(11).lastDay());
    // Nothing stored yet: the closed months in one query over every row (15/12/2025 00:00 +07 to
    // 15/11/2026 00:00 +07), the current month's rows up to a little before the marks, then live
    // the rows after those.
    assertEquals(3, ranges.size());
    List<DashboardFigures.Period> computed = ranges.get(0);
    assertEquals(11, computed.size());
    assertEquals(DashboardFigures.Rows.ALL, rowsAsked.get(0));
    assertEquals(Instant.parse("2025-12-14T17:00:00Z"), computed.get(0).from());
    assertEquals(Instant.parse("2026-10-14T17:00:00Z"), computed.get(10).from());
    assertEquals(Instant.parse("2026-11-14T17:00:00Z"), computed.get(10).to());
    List<DashboardFigures.Period> month = ranges.get(1);
    assertEquals(1, month.size());
    assertEquals("2026-12", month.get(0).month());
    assertEquals(Instant.parse("2026-11-14T17:00:00Z"), month.get(0).from());
    assertEquals(Instant.parse("2026-12-14T17:00:00Z"), month.get(0).to());
    List<Long> upTo = List.of(20_000L - DashboardCharts.IN_FLIGHT_MARGIN, 30_000L - 10_000L);
    assertEquals(new DashboardFigures.Rows(null, upTo), rowsAsked.get(1));
    assertEquals(month, ranges.get(2));
    assertEquals(new DashboardFigures.Rows(upTo, null), rowsAsked.get(2), "live: the rows after");
    // The current month: what was kept and what came after.
    assertEquals(24, figure(d.violations(), "2026-12", "RED_LIGHT"));
    assertEquals(12, figure(d.violations(), "2026-11", "RED_LIGHT"));
    assertEquals(DashboardCharts.Source.STORED, d.periods().get(0).source());
    assertEquals(DashboardCharts.Source.LIVE, d.periods().get(11).source());
  }

  @Test
  void past_months_come_from_the_syntheses_built_after_they_ended_and_the_rest_is_computed_once() {
    // 2026-M11 (15/10 → 14/11) built on 20/11: shown as stored. 2026-M10 built on 10/10, before
    // it ended: a part of the month, computed instead. 2026-M09's types do not add up: computed.
    fakes.stored.add(stored("2026-M11", "2026-11-20T02:00:00Z", 30, 7, 37, 9_000_000));
    fakes.stored.add(stored("2026-M10", "2026-10-10T02:00:00Z", 1, 1, 2, 1));
    fakes.stored.add(stored("2026-M09", "2026-09-20T02:00:00Z", 1, 1, 5, 1));
    ReportingDashboard.Dashboard d = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(30, figure(d.violations(), "2026-11", "RED_LIGHT"));
    assertEquals(7, figure(d.violations(), "2026-11", "SPEEDING"));
    assertEquals(9_000_000, figure(d.finesCollected(), "2026-11", null));
    assertEquals(12, figure(d.violations(), "2026-10", "RED_LIGHT"));
    assertEquals(12, figure(d.violations(), "2026-09", "RED_LIGHT"));
    assertEquals(DashboardCharts.Source.SYNTHESIS, d.periods().get(10).source());
    assertEquals(Instant.parse("2026-11-20T02:00:00Z"), d.periods().get(10).asOf());
    assertEquals(DashboardCharts.Source.STORED, d.periods().get(9).source());
    // One query from the oldest missing closed month to the newest (2026-M01 … 2026-M10), then
    // the current month, then live.
    assertEquals(10, ranges.get(0).size());
    assertEquals(3, ranges.size());

    // Loaded again the same day: the computed months are kept, only today is asked.
    ranges.clear();
    ReportingDashboard.Dashboard again = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(1, ranges.size(), "today only");
    assertEquals("2026-12", ranges.get(0).get(0).month());
    assertEquals(d.violations(), again.violations());
    assertEquals(d.finesCollected(), again.finesCollected());

    // The next day the kept months are computed again (a late record shows by then).
    fakes.clock.now = fakes.clock.now.plus(java.time.Duration.ofDays(1));
    ranges.clear();
    dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(3, ranges.size());
  }

  @Test
  void a_row_added_late_to_a_closed_month_drops_what_was_kept_and_the_synthesis_built_before() {
    fakes.stored.add(stored("2026-M11", "2026-11-20T02:00:00Z", 30, 7, 37, 9_000_000));
    ReportingDashboard.Dashboard first = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(DashboardCharts.Source.SYNTHESIS, first.periods().get(10).source());

    // Rows added now, counted in the current month: live anyway, nothing kept is dropped.
    marks = List.of(20_002L, 30_000L);
    added = Instant.parse("2026-12-07T02:00:00Z");
    ranges.clear();
    dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(1, ranges.size(), "today only");

    // A case of 20 October (2026-M11) detected late: 2026-M11 is no longer its synthesis's, and
    // the kept months from then on are computed again; the months before stay kept.
    marks = List.of(20_003L, 30_000L);
    added = Instant.parse("2026-10-20T02:00:00Z");
    ranges.clear();
    ReportingDashboard.Dashboard d = dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(DashboardCharts.Source.STORED, d.periods().get(10).source());
    assertEquals(12, figure(d.violations(), "2026-11", "RED_LIGHT"), "the data's, not 30");
    assertEquals(3, ranges.size());
    assertEquals(List.of("2026-11"), ranges.get(0).stream().map(p -> p.month()).toList());

    // Nothing new: what was computed is kept.
    ranges.clear();
    dashboard().load(ReportingFakes.supervisor(), "TEST_FORM");
    assertEquals(1, ranges.size());
  }

  @Test
  void a_commune_never_gets_the_provinces_synthesis_figures() {
    fakes.stored.add(stored("2026-M11", "2026-11-20T02:00:00Z", 30, 7, 37, 9_000_000));
    ReportingDashboard.Dashboard d =
        dashboard()
            .load(ReportingFakes.actor("s", Role.SUPERVISOR, "GL.PLEIKU", null), "TEST_FORM");
    assertEquals(12, figure(d.violations(), "2026-11", "RED_LIGHT"));
    assertEquals(0, figure(d.violations(), "2026-11", "SPEEDING"));
    assertTrue(d.periods().stream().noneMatch(p -> p.source() == DashboardCharts.Source.SYNTHESIS));
    assertTrue(asked.stream().allMatch(a -> a.value().equals("GL.PLEIKU")), asked.toString());
  }

  @Test
  void a_communes_supervisor_sees_only_his_communes_units_and_figures() {
    ReportingDashboard.Dashboard d =
        dashboard()
            .load(ReportingFakes.actor("s", Role.SUPERVISOR, "GL.PLEIKU", null), "TEST_FORM");
    assertEquals("GL.PLEIKU", d.area());
    assertTrue(!asked.isEmpty() && asked.stream().allMatch(a -> a.value().equals("GL.PLEIKU")));
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
                new DashboardCharts(fakes.synthesesPort(), fakes.units(), List::of, fakes.clock),
                () -> List.of(new DashboardFigures() {}),
                new ReportingSettings(name -> null),
                fakes.audit::add,
                fakes.clock)
            .load(ReportingFakes.actor("c", Role.COORDINATOR, "GL", "SO.XD"), "TEST_FORM");
    assertNull(d.area());
    assertTrue(d.violations().isEmpty() && d.finesCollected().isEmpty() && d.cameras().isEmpty());
  }
}
