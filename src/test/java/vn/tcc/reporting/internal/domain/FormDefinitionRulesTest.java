package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.FieldError;

class FormDefinitionRulesTest {
  private static Set<String> keys(List<FieldError> errors) {
    Set<String> keys = new TreeSet<>();
    errors.forEach(e -> keys.add(e.field() + " " + e.messageKey()));
    return keys;
  }

  private static Indicator indicator(
      String code, IndicatorType type, BigDecimal min, BigDecimal max, BigDecimal narrative) {
    return new Indicator(
        code, "A", 1, "Tên", "Name", type, "vụ", "cases", min, max, narrative, true);
  }

  private static ReportForm withSums(SumRule... sums) {
    ReportForm base = Forms.monthly();
    return new ReportForm(
        base.id(),
        base.code(),
        base.version(),
        base.effectiveFrom(),
        base.titleVi(),
        base.titleEn(),
        base.periodKind(),
        base.filedBy(),
        List.of(
            new FormSection(
                "A",
                1,
                "Phần A",
                "Part A",
                List.of(
                    indicator("TOTAL", IndicatorType.INTEGER, null, null, null),
                    indicator("PART.ONE", IndicatorType.INTEGER, null, null, null),
                    indicator("PART.TWO", IndicatorType.INTEGER, null, null, null),
                    indicator("MONEY", IndicatorType.MONEY_VND, null, null, null),
                    indicator("RATE", IndicatorType.PERCENT, null, null, null)))),
        List.of(sums));
  }

  @Test
  void an_indicator_takes_a_code_both_names_and_a_range_fit_for_its_type() {
    ReportForm form = Forms.monthly();
    assertEquals(
        List.of(),
        FormDefinitionRules.checkIndicator(
            form,
            indicator(
                "VIO.NEW",
                IndicatorType.INTEGER,
                BigDecimal.ZERO,
                BigDecimal.valueOf(1000),
                BigDecimal.valueOf(30))));
    assertEquals(
        Set.of(
            "code reporting.forms.indicatorCode",
            "max reporting.forms.maxBelowMin",
            "narrativeAbovePercent reporting.forms.narrativePercent"),
        keys(
            FormDefinitionRules.checkIndicator(
                form,
                indicator(
                    "lower",
                    IndicatorType.INTEGER,
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    BigDecimal.ZERO))));
    assertEquals(
        Set.of("min reporting.value.wholeNumber", "max reporting.forms.bound"),
        keys(
            FormDefinitionRules.checkIndicator(
                form,
                indicator(
                    "COUNT",
                    IndicatorType.MONEY_VND,
                    new BigDecimal("0.5"),
                    new BigDecimal("1e30"),
                    null))));
    assertEquals(
        Set.of("max reporting.value.percentRange"),
        keys(
            FormDefinitionRules.checkIndicator(
                form,
                indicator("RATE2", IndicatorType.PERCENT, null, BigDecimal.valueOf(101), null))));
    assertEquals(
        Set.of(
            "min reporting.forms.noRangeForText",
            "narrativeAbovePercent reporting.forms.noRangeForText"),
        keys(
            FormDefinitionRules.checkIndicator(
                form,
                indicator("NOTE2", IndicatorType.TEXT, BigDecimal.ONE, null, BigDecimal.TEN))));
    Indicator elsewhere =
        new Indicator(
            "X.Y", "Z", 1, "\u0000", "", IndicatorType.INTEGER, null, null, null, null, null, true);
    assertEquals(
        Set.of(
            "sectionCode reporting.forms.sectionUnknown",
            "nameVi reporting.input.controlCharacter",
            "nameEn reporting.input.required"),
        keys(FormDefinitionRules.checkIndicator(form, elsewhere)));
  }

  @Test
  void a_sum_adds_parts_of_the_totals_kind() {
    ReportForm form = withSums();
    assertEquals(
        List.of(),
        FormDefinitionRules.checkSum(form, new SumRule("TOTAL", List.of("PART.ONE", "PART.TWO"))));
    assertEquals(
        Set.of(
            "partCodes reporting.forms.partRepeated",
            "partCodes reporting.forms.partType",
            "partCodes reporting.forms.partUnknown"),
        keys(
            FormDefinitionRules.checkSum(
                form, new SumRule("TOTAL", List.of("TOTAL", "MONEY", "GHOST", "PART.ONE")))));
    assertEquals(
        Set.of("totalCode reporting.forms.sumType", "partCodes reporting.forms.sumParts"),
        keys(FormDefinitionRules.checkSum(form, new SumRule("RATE", List.of()))));
  }

  @Test
  void a_new_version_takes_effect_from_today_or_later_and_after_the_previous_one() {
    LocalDate today = LocalDate.parse("2026-12-07");
    LocalDate previous = LocalDate.parse("2025-01-01");
    assertEquals(
        List.of(),
        FormDefinitionRules.checkEffectiveFrom(LocalDate.parse("2027-01-01"), today, previous));
    assertEquals(List.of(), FormDefinitionRules.checkEffectiveFrom(today, today, previous));
    assertEquals(
        Set.of("effectiveFrom reporting.forms.effectiveInPast"),
        keys(
            FormDefinitionRules.checkEffectiveFrom(
                LocalDate.parse("2026-12-06"), today, previous)));
    assertEquals(
        Set.of("effectiveFrom reporting.forms.effectiveNotAfter"),
        keys(FormDefinitionRules.checkEffectiveFrom(today, today, today)));
    assertEquals(
        Set.of("effectiveFrom reporting.input.required"),
        keys(FormDefinitionRules.checkEffectiveFrom(null, today, previous)));
  }

  @Test
  void a_draft_is_published_with_sections_that_hold_indicators_and_sums_that_hold() {
    assertEquals(List.of(), FormDefinitionRules.checkPublishable(Forms.monthly()));
    ReportForm empty =
        new ReportForm(
            1,
            "F",
            2,
            LocalDate.parse("2027-01-01"),
            "T",
            "T",
            PeriodKind.MONTHLY,
            Set.of(UnitKind.COMMUNE_POLICE),
            List.of());
    assertEquals(
        Set.of("sections reporting.forms.noSections"),
        keys(FormDefinitionRules.checkPublishable(empty)));
    ReportForm broken = withSums(new SumRule("TOTAL", List.of("MONEY")));
    assertEquals(
        Set.of("TOTAL reporting.forms.partType"),
        keys(FormDefinitionRules.checkPublishable(broken)));
    assertEquals(1, FormDefinitionRules.sumsUsing(broken, "MONEY").size());
    assertTrue(FormDefinitionRules.sumsUsing(broken, "PART.ONE").isEmpty());
  }

  @Test
  void a_total_must_equal_its_parts_once_all_have_a_figure() {
    ReportForm form = withSums(new SumRule("TOTAL", List.of("PART.ONE", "PART.TWO")));
    Map<String, ReportValue> values = new HashMap<>();
    values.put("TOTAL", value("TOTAL", 10));
    values.put("PART.ONE", value("PART.ONE", 4));
    assertEquals(List.of(), FigureRules.checkSums(form, values), "a part is missing");
    values.put("PART.TWO", value("PART.TWO", 5));
    List<FieldError> errors = FigureRules.checkSums(form, values);
    assertEquals(1, errors.size());
    assertEquals("TOTAL", errors.get(0).field());
    assertEquals("reporting.value.sumMismatch", errors.get(0).messageKey());
    assertEquals(List.of("10", "9", "PART.ONE, PART.TWO"), errors.get(0).args());
    values.put("PART.TWO", value("PART.TWO", 6));
    assertEquals(List.of(), FigureRules.checkSums(form, values));
    assertTrue(
        FigureRules.checkSubmission(form, values, Map.of()).stream()
            .noneMatch(e -> e.messageKey().equals("reporting.value.sumMismatch")));
  }

  private static ReportValue value(String code, long number) {
    return new ReportValue(
        code, BigDecimal.valueOf(number), null, ValueSource.TYPED, null, null, null, "u", null);
  }
}
