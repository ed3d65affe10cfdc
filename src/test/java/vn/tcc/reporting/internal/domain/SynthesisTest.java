package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynthesisTest {
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static SynthesisRollUp.UnitFigures unit(
      String code, long submission, Map<String, BigDecimal> figures) {
    return new SynthesisRollUp.UnitFigures(
        new SynthesisUnit(code, "Đơn vị " + code, submission), figures);
  }

  private static List<SynthesisLine> rollUp() {
    return SynthesisRollUp.lines(
        Forms.monthly(),
        List.of(
            unit("CA.A", 1, Map.of("DETECTED", n("10"), "FINES", n("800000"), "RATE", n("80"))),
            unit("CA.B", 2, Map.of("DETECTED", n("25"), "RATE", n("91"))),
            unit("CA.C", 3, Map.of("FINES", n("1600000")))),
        Map.of("DETECTED", n("40")),
        Map.of("DETECTED", n("28"), "FINES", n("0")),
        Map.of("DETECTED", n("35"), "FINES", n("1200000")));
  }

  @Test
  void counts_and_money_are_summed_over_the_units_that_gave_them() {
    List<SynthesisLine> lines = rollUp();
    assertEquals(
        List.of("DETECTED", "FINES", "RATE"),
        lines.stream().map(SynthesisLine::indicatorCode).toList());
    assertEquals(0, n("35").compareTo(lines.get(0).total()));
    assertEquals(0, n("2400000").compareTo(lines.get(1).total()));
    assertEquals(Map.of("CA.A", n("10"), "CA.B", n("25")), lines.get(0).byUnit());
    assertEquals(0, n("40").compareTo(lines.get(0).tccFigure()));
  }

  @Test
  void a_percentage_is_the_mean_of_the_units_that_gave_one_and_text_is_left_out() {
    SynthesisLine rate = rollUp().get(2);
    assertEquals(0, n("85.50").compareTo(rate.total()));
    assertTrue(rollUp().stream().noneMatch(l -> l.indicatorCode().equals("NOTE")));
    assertNull(SynthesisRollUp.total(IndicatorType.INTEGER, List.of()));
  }

  @Test
  void comparisons_give_the_change_and_its_percentage_to_one_decimal() {
    SynthesisLine detected = rollUp().get(0);
    assertEquals(0, n("7").compareTo(detected.deltaFromPrevious()));
    assertEquals(n("25.0"), detected.percentFromPrevious());
    assertEquals(0, n("0").compareTo(detected.deltaFromLastYear()));
    assertEquals(n("0.0"), detected.percentFromLastYear());
    SynthesisLine fines = rollUp().get(1);
    assertEquals(n("100.0"), fines.percentFromLastYear());
    // From zero: a change, but no percentage.
    assertEquals(0, n("2400000").compareTo(fines.deltaFromPrevious()));
    assertNull(fines.percentFromPrevious());
    // No figure for the period before: neither.
    assertNull(rollUp().get(2).deltaFromPrevious());
    assertEquals(n("-33.3"), SynthesisLine.percent(n("2"), n("3")));
  }

  @Test
  void the_changes_of_a_correction_name_each_total_and_unit_figure_that_moved() {
    List<SynthesisLine> before = rollUp();
    List<SynthesisLine> after =
        SynthesisRollUp.lines(
            Forms.monthly(),
            List.of(
                unit("CA.A", 1, Map.of("DETECTED", n("12"), "FINES", n("800000"), "RATE", n("80"))),
                unit("CA.B", 2, Map.of("DETECTED", n("25"), "RATE", n("91"))),
                unit("CA.C", 3, Map.of("FINES", n("1600000")))),
            Map.of(),
            Map.of(),
            Map.of());
    assertEquals(
        List.of("DETECTED: 35 → 37", "DETECTED [CA.A]: 10 → 12"),
        SynthesisRollUp.changes(before, after));
    assertEquals(List.of(), SynthesisRollUp.changes(before, before));
  }

  private static Synthesis draft(String preparer) {
    List<SynthesisLine> lines = rollUp();
    return Synthesis.draft(
        Forms.monthly(),
        "2026-M12",
        1,
        List.of(
            new SynthesisUnit("CA.A", "A", 1),
            new SynthesisUnit("CA.B", "B", 2),
            new SynthesisUnit("CA.C", "C", 3)),
        lines,
        null,
        new Synthesis.Step(preparer, "Người lập", NOW));
  }

  @Test
  void the_supervisor_who_prepared_it_cannot_approve_it() {
    Synthesis s = draft("supervisor");
    s.review(new Synthesis.Step("supervisor", "Người lập", NOW));
    ReportingRuleException refused =
        assertThrows(
            ReportingRuleException.class,
            () -> s.approve(new Synthesis.Step("supervisor", "Người lập", NOW)));
    assertEquals(409, refused.status());
    assertEquals("reporting.synthesis.fourEyes", refused.messageKey());
    assertEquals(SynthesisState.REVIEWED, s.state());
    s.approve(new Synthesis.Step("supervisor2", "Lãnh đạo", NOW));
    assertEquals(SynthesisState.APPROVED, s.state());
  }

  @Test
  void steps_go_in_order_and_a_submitted_synthesis_is_frozen() {
    Synthesis s = draft("supervisor");
    Synthesis.Step leader = new Synthesis.Step("supervisor2", "Lãnh đạo", NOW);
    assertThrows(ReportingRuleException.class, () -> s.approve(leader));
    assertThrows(
        ReportingRuleException.class,
        () ->
            s.submit(
                "1/BC-CAT",
                LocalDate.parse("2026-12-07"),
                "x",
                new byte[] {1},
                "CN=x",
                "ab",
                leader));
    s.review(leader);
    assertThrows(ReportingRuleException.class, () -> s.rebuild(List.of(), List.of(), null, leader));
    s.approve(leader);
    s.submit(
        "12/BC-CAT",
        LocalDate.parse("2026-12-07"),
        "text",
        new byte[] {1, 2},
        "CN=x",
        "ab",
        leader);
    assertEquals(SynthesisState.SUBMITTED, s.state());
    assertEquals("12/BC-CAT", s.number());
    assertArrayEquals(new byte[] {1, 2}, s.signature());
    assertThrows(ReportingRuleException.class, () -> s.rebuild(List.of(), List.of(), null, leader));
    assertThrows(ReportingRuleException.class, () -> s.review(leader));
  }

  @Test
  void an_empty_synthesis_is_not_reviewed() {
    Synthesis empty =
        Synthesis.draft(
            Forms.monthly(),
            "2026-M12",
            1,
            List.of(),
            List.of(),
            null,
            new Synthesis.Step("a", "A", NOW));
    assertThrows(
        ReportingRuleException.class, () -> empty.review(new Synthesis.Step("a", "A", NOW)));
  }

  @Test
  void the_signed_text_holds_the_number_date_and_every_figure() {
    Synthesis s = draft("supervisor");
    String text = s.canonicalText("12/BC-CAT", LocalDate.parse("2026-12-07"));
    assertTrue(text.contains("number: 12/BC-CAT\n"), text);
    assertTrue(text.contains("date: 2026-12-07\n"), text);
    assertTrue(text.contains("line: DETECTED total=35 tcc=40 previous=28 lastYear=35\n"), text);
    assertTrue(text.contains("  CA.B=25\n"), text);
    assertTrue(text.contains("line: FINES total=2400000"), text);
    assertEquals("7/BC-CAT", Synthesis.number(7));
  }
}
