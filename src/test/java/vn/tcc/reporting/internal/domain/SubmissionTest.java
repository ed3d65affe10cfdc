package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ValidationException;

class SubmissionTest {
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  private final ReportForm form = Forms.monthly();
  private final ReportingPeriod december =
      ReportingCalendar.decree09().period(PeriodKind.MONTHLY, 2026, 12);

  private Submission draft() {
    return Submission.draft(
        Forms.commune(),
        form,
        december,
        Map.of("DETECTED", BigDecimal.valueOf(120), "FINES", BigDecimal.valueOf(36_000_000)),
        "coordinator",
        "Lê Văn Cường",
        NOW);
  }

  private static BigDecimal n(long value) {
    return BigDecimal.valueOf(value);
  }

  @Test
  void a_draft_carries_what_tcc_computed_as_prefilled_and_waits_for_the_rest() {
    Submission draft = draft();
    assertEquals(SubmissionState.DRAFT, draft.state());
    assertEquals(ValueSource.PREFILLED, draft.values().get("DETECTED").source());
    assertEquals(n(120), draft.values().get("DETECTED").number());
    assertNull(draft.values().get("RATE"));
    assertEquals(1, draft.moves().size());
    assertEquals(SubmissionState.DRAFT, draft.moves().get(0).to());
    assertEquals("2026-M12", draft.periodKey());
  }

  @Test
  void a_form_of_another_kind_of_unit_or_period_opens_no_draft() {
    ReportingUnit department =
        new ReportingUnit("SO-XD", "Sở Xây dựng", "Construction", UnitKind.DEPARTMENT, null);
    assertEquals(
        409,
        assertThrows(
                ReportingRuleException.class,
                () -> Submission.draft(department, form, december, Map.of(), "c", "C", NOW))
            .status());
    ReportingPeriod quarter = ReportingCalendar.decree09().period(PeriodKind.QUARTERLY, 2026, 4);
    assertThrows(
        ReportingRuleException.class,
        () -> Submission.draft(Forms.commune(), form, quarter, Map.of(), "c", "C", NOW));
  }

  @Test
  void changing_tccs_figure_needs_a_reason_and_shows_as_corrected() {
    Submission draft = draft();
    Indicator detected = form.indicator("DETECTED").orElseThrow();
    ValidationException noReason =
        assertThrows(
            ValidationException.class,
            () -> draft.enter(detected, n(118), null, " ", null, "coordinator", NOW));
    assertEquals("reason", noReason.errors().get(0).field());
    assertEquals("reporting.value.reasonRequired", noReason.errors().get(0).messageKey());

    ReportValue corrected =
        draft.enter(detected, n(118), null, "Hai vụ trùng lặp", null, "coordinator", NOW);
    assertEquals(ValueSource.CORRECTED, corrected.source());
    assertEquals(n(120), corrected.prefilled());
    assertEquals("Hai vụ trùng lặp", corrected.correctionReason());

    ReportValue back = draft.enter(detected, n(120), null, null, null, "coordinator", NOW);
    assertEquals(ValueSource.PREFILLED, back.source(), "back to TCC's figure");
    assertNull(back.correctionReason());
  }

  @Test
  void a_figure_tcc_does_not_compute_is_typed_without_a_reason() {
    Submission draft = draft();
    ReportValue typed =
        draft.enter(
            form.indicator("RATE").orElseThrow(),
            new BigDecimal("87.5"),
            null,
            null,
            null,
            "c",
            NOW);
    assertEquals(ValueSource.TYPED, typed.source());
    assertNull(typed.prefilled());
  }

  @Test
  void figures_keep_their_type_and_range() {
    Submission draft = draft();
    Indicator detected = form.indicator("DETECTED").orElseThrow();
    Indicator rate = form.indicator("RATE").orElseThrow();
    Indicator note = form.indicator("NOTE").orElseThrow();
    assertRefused(
        () -> draft.enter(detected, new BigDecimal("1.5"), null, "r", null, "c", NOW),
        "reporting.value.wholeNumber");
    assertRefused(
        () -> draft.enter(detected, n(-1), null, "r", null, "c", NOW), "reporting.value.negative");
    assertRefused(
        () -> draft.enter(rate, new BigDecimal("100.01"), null, null, null, "c", NOW),
        "reporting.value.percentRange");
    assertRefused(
        () -> draft.enter(rate, new BigDecimal("12.345"), null, null, null, "c", NOW),
        "reporting.value.twoDecimals");
    assertRefused(
        () -> draft.enter(detected, new BigDecimal("1e30"), null, "r", null, "c", NOW),
        "reporting.value.tooLarge");
    assertRefused(
        () -> draft.enter(note, n(3), null, null, null, "c", NOW), "reporting.value.textExpected");
    assertRefused(
        () -> draft.enter(note, null, "x".repeat(4001), null, null, "c", NOW),
        "reporting.value.tooLong");
    assertEquals("Ổn định", draft.enter(note, null, " Ổn định ", null, null, "c", NOW).text());
  }

  private static void assertRefused(Runnable entry, String key) {
    ValidationException refused = assertThrows(ValidationException.class, entry::run);
    assertTrue(
        refused.errors().stream().anyMatch(e -> e.messageKey().equals(key)),
        refused.errors().toString());
  }

  @Test
  void draft_submitted_returned_resubmitted_accepted() {
    Submission report = draft();
    report.submit(form, Map.of(), "coordinator", "C", NOW);
    assertEquals(SubmissionState.SUBMITTED, report.state());
    assertThrows(
        ReportingRuleException.class,
        () -> report.enter(form.indicator("FINES").orElseThrow(), n(1), null, "r", null, "c", NOW),
        "no entry while the province holds it");

    report.comment(form, "FINES", null, "Kiểm tra lại số tiền", "supervisor", "S", NOW);
    SubmissionMove returned = report.returnToUnit("Sai số tiền phạt", "supervisor", "S", NOW);
    assertEquals(SubmissionState.RETURNED, returned.to());
    assertEquals("Sai số tiền phạt", returned.reason());

    report.enter(
        form.indicator("FINES").orElseThrow(),
        n(35_000_000),
        null,
        "Trừ một biên lai hủy",
        null,
        "coordinator",
        NOW);
    report.submit(form, Map.of(), "coordinator", "C", NOW);
    report.accept("supervisor", "S", NOW);
    assertEquals(SubmissionState.ACCEPTED, report.state());
    assertEquals(
        List.of(
            SubmissionState.DRAFT,
            SubmissionState.SUBMITTED,
            SubmissionState.RETURNED,
            SubmissionState.SUBMITTED,
            SubmissionState.ACCEPTED),
        report.moves().stream().map(SubmissionMove::to).toList());
    assertThrows(ReportingRuleException.class, () -> report.returnToUnit("x", "s", "S", NOW));
    assertThrows(
        ReportingRuleException.class,
        () -> report.comment(form, null, null, "late", "s", "S", NOW));
  }

  @Test
  void the_lifecycle_table_lets_each_party_make_only_its_moves() {
    Submission report = draft();
    assertThrows(ReportingRuleException.class, () -> report.accept("s", "S", NOW), "not submitted");
    assertThrows(ReportingRuleException.class, () -> report.returnToUnit("r", "s", "S", NOW));
    assertTrue(
        SubmissionLifecycle.allows(
            SubmissionState.DRAFT, SubmissionState.SUBMITTED, SubmissionLifecycle.Party.UNIT));
    assertTrue(
        !SubmissionLifecycle.allows(
            SubmissionState.DRAFT, SubmissionState.SUBMITTED, SubmissionLifecycle.Party.REVIEWER));
    assertTrue(
        !SubmissionLifecycle.allows(
            SubmissionState.SUBMITTED, SubmissionState.ACCEPTED, SubmissionLifecycle.Party.UNIT));
    report.submit(form, Map.of(), "c", "C", NOW);
    ValidationException noReason =
        assertThrows(ValidationException.class, () -> report.returnToUnit(" ", "s", "S", NOW));
    assertEquals("reporting.move.reasonRequired", noReason.errors().get(0).messageKey());
    assertThrows(ReportingRuleException.class, () -> report.submit(form, Map.of(), "c", "C", NOW));
  }

  @Test
  void a_required_figure_missing_keeps_the_report_from_being_submitted() {
    Submission report = Submission.draft(Forms.commune(), form, december, Map.of(), "c", "C", NOW);
    ValidationException missing =
        assertThrows(ValidationException.class, () -> report.submit(form, Map.of(), "c", "C", NOW));
    assertEquals(
        List.of("DETECTED", "FINES"), missing.errors().stream().map(e -> e.field()).toList());
    assertEquals(SubmissionState.DRAFT, report.state());
  }

  @Test
  void a_figure_that_moves_beyond_its_threshold_needs_a_narrative() {
    Submission report = draft(); // DETECTED 120
    Map<String, BigDecimal> previous = Map.of("DETECTED", n(70)); // +71 %
    ValidationException unexplained =
        assertThrows(ValidationException.class, () -> report.submit(form, previous, "c", "C", NOW));
    assertEquals("reporting.value.narrativeRequired", unexplained.errors().get(0).messageKey());
    assertEquals(List.of("71", "50"), unexplained.errors().get(0).args());

    report.enter(
        form.indicator("DETECTED").orElseThrow(),
        n(120),
        null,
        null,
        "Thêm 4 camera mới",
        "c",
        NOW);
    report.submit(form, previous, "c", "C", NOW);
    assertEquals(SubmissionState.SUBMITTED, report.state());

    Submission steady = draft();
    steady.submit(form, Map.of("DETECTED", n(100)), "c", "C", NOW); // +20 %: no narrative needed
    assertEquals(SubmissionState.SUBMITTED, steady.state());
  }

  @Test
  void move_percent_from_zero_is_beyond_every_threshold() {
    assertEquals(0, FigureRules.movePercent(n(0), n(0)).signum());
    assertTrue(FigureRules.movePercent(n(0), n(1)).compareTo(n(100_000)) > 0);
    assertEquals(new BigDecimal("50.00"), FigureRules.movePercent(n(200), n(100)));
    assertNull(FigureRules.movePercent(null, n(5)));
  }

  @Test
  void refreshing_follows_tcc_for_untouched_figures_and_keeps_corrections() {
    Submission report = draft();
    Indicator detected = form.indicator("DETECTED").orElseThrow();
    report.enter(detected, n(118), null, "Trùng lặp", null, "c", NOW);
    List<ReportValue> changed =
        report.refill(form, Map.of("DETECTED", n(125), "FINES", n(40_000_000)), "c", NOW);
    assertEquals(2, changed.size());
    assertEquals(n(118), report.values().get("DETECTED").number(), "the correction stays");
    assertEquals(n(125), report.values().get("DETECTED").prefilled(), "beside TCC's new figure");
    assertEquals(n(40_000_000), report.values().get("FINES").number());
    assertEquals(ValueSource.PREFILLED, report.values().get("FINES").source());
  }

  @Test
  void a_comment_names_one_cell_or_one_section_of_the_form() {
    Submission report = draft();
    assertEquals("FINES", report.comment(form, "FINES", null, "?", "s", "S", NOW).indicatorCode());
    assertEquals("B", report.comment(form, null, "B", "?", "s", "S", NOW).sectionCode());
    assertThrows(
        ValidationException.class, () -> report.comment(form, "FINES", "B", "?", "s", "S", NOW));
    assertThrows(
        ValidationException.class, () -> report.comment(form, "NOPE", null, "?", "s", "S", NOW));
    assertThrows(
        ValidationException.class, () -> report.comment(form, null, null, " ", "s", "S", NOW));
    assertEquals(2, report.comments().size());
  }
}
