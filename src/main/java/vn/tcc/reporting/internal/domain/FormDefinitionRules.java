package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.shared.error.FieldError;

/**
 * The rules of a form's definition, checked when the administrator edits a draft version and again
 * when he publishes it: codes the database and the spreadsheets accept, both languages' names,
 * ranges that make sense for the indicator's type, sums whose parts are figures of the same kind,
 * and a version that takes effect after the one before it and not in the past (a period already
 * over would otherwise change form under units that have not opened it yet). Errors name the field
 * and carry a bundle key, so each user reads them in his language.
 */
public final class FormDefinitionRules {
  static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_.]{1,59}");
  static final Pattern SECTION_CODE = Pattern.compile("[A-Z0-9]{1,20}");
  static final BigDecimal MAX_NARRATIVE_PERCENT = new BigDecimal("99999.99");
  public static final int MAX_SUM_PARTS = 200;

  private FormDefinitionRules() {}

  /** What is wrong with a section's definition. */
  public static List<FieldError> checkSection(FormSection section) {
    List<FieldError> errors = new ArrayList<>();
    if (section.code() == null || !SECTION_CODE.matcher(section.code()).matches()) {
      errors.add(FieldError.of("code", "reporting.forms.sectionCode"));
    }
    text(errors, "titleVi", section.titleVi(), 300, true);
    text(errors, "titleEn", section.titleEn(), 300, true);
    return errors;
  }

  /** What is wrong with an indicator's definition in this form. */
  public static List<FieldError> checkIndicator(ReportForm form, Indicator indicator) {
    List<FieldError> errors = new ArrayList<>();
    if (indicator.code() == null || !INDICATOR_CODE.matcher(indicator.code()).matches()) {
      errors.add(FieldError.of("code", "reporting.forms.indicatorCode"));
    }
    if (indicator.sectionCode() == null || form.section(indicator.sectionCode()).isEmpty()) {
      errors.add(FieldError.of("sectionCode", "reporting.forms.sectionUnknown"));
    }
    if (indicator.type() == null) {
      errors.add(FieldError.of("type", "reporting.input.required"));
      return errors;
    }
    text(errors, "nameVi", indicator.nameVi(), 500, true);
    text(errors, "nameEn", indicator.nameEn(), 500, true);
    text(errors, "unitVi", indicator.unitVi(), 40, false);
    text(errors, "unitEn", indicator.unitEn(), 40, false);
    if (!indicator.type().isNumber()) {
      if (indicator.min() != null || indicator.max() != null) {
        errors.add(FieldError.of("min", "reporting.forms.noRangeForText"));
      }
      if (indicator.narrativeAbovePercent() != null) {
        errors.add(FieldError.of("narrativeAbovePercent", "reporting.forms.noRangeForText"));
      }
      return errors;
    }
    bound(errors, "min", indicator.min(), indicator.type());
    bound(errors, "max", indicator.max(), indicator.type());
    if (indicator.min() != null
        && indicator.max() != null
        && indicator.min().compareTo(indicator.max()) > 0) {
      errors.add(FieldError.of("max", "reporting.forms.maxBelowMin"));
    }
    BigDecimal narrative = indicator.narrativeAbovePercent();
    if (narrative != null
        && (narrative.signum() <= 0
            || narrative.compareTo(MAX_NARRATIVE_PERCENT) > 0
            || narrative.stripTrailingZeros().scale() > 2)) {
      errors.add(
          FieldError.of(
              "narrativeAbovePercent",
              "reporting.forms.narrativePercent",
              MAX_NARRATIVE_PERCENT.toPlainString()));
    }
    return errors;
  }

  /** What is wrong with a sum in this form: its total and parts are figures of one kind. */
  public static List<FieldError> checkSum(ReportForm form, SumRule sum) {
    List<FieldError> errors = new ArrayList<>();
    Indicator total = sum.totalCode() == null ? null : form.indicator(sum.totalCode()).orElse(null);
    if (total == null) {
      errors.add(FieldError.of("totalCode", "reporting.forms.indicatorUnknown"));
    } else if (!summable(total.type())) {
      errors.add(FieldError.of("totalCode", "reporting.forms.sumType"));
    }
    if (sum.partCodes().isEmpty() || sum.partCodes().size() > MAX_SUM_PARTS) {
      errors.add(FieldError.of("partCodes", "reporting.forms.sumParts", MAX_SUM_PARTS));
      return errors;
    }
    Set<String> seen = new HashSet<>();
    for (String code : sum.partCodes()) {
      Indicator part = code == null ? null : form.indicator(code).orElse(null);
      if (part == null) {
        errors.add(FieldError.of("partCodes", "reporting.forms.partUnknown", String.valueOf(code)));
      } else if (code.equals(sum.totalCode()) || !seen.add(code)) {
        errors.add(FieldError.of("partCodes", "reporting.forms.partRepeated", code));
      } else if (total != null && part.type() != total.type()) {
        errors.add(FieldError.of("partCodes", "reporting.forms.partType", code));
      }
    }
    return errors;
  }

  /**
   * What is wrong with the day a new version takes effect: not before today, and after the day of
   * the version before it.
   *
   * @param previous the effective day of the latest published version; null when none
   */
  public static List<FieldError> checkEffectiveFrom(
      LocalDate effectiveFrom, LocalDate today, LocalDate previous) {
    List<FieldError> errors = new ArrayList<>();
    if (effectiveFrom == null) {
      errors.add(FieldError.of("effectiveFrom", "reporting.input.required"));
    } else if (effectiveFrom.isBefore(today)) {
      errors.add(FieldError.of("effectiveFrom", "reporting.forms.effectiveInPast"));
    } else if (previous != null && !effectiveFrom.isAfter(previous)) {
      errors.add(
          FieldError.of("effectiveFrom", "reporting.forms.effectiveNotAfter", previous.toString()));
    }
    return errors;
  }

  /** What keeps a draft from being published, beyond its effective day. */
  public static List<FieldError> checkPublishable(ReportForm form) {
    List<FieldError> errors = new ArrayList<>();
    if (form.sections().isEmpty()) {
      errors.add(FieldError.of("sections", "reporting.forms.noSections"));
    }
    for (FormSection section : form.sections()) {
      if (section.indicators().isEmpty()) {
        errors.add(FieldError.of(section.code(), "reporting.forms.emptySection"));
      }
      for (Indicator indicator : section.indicators()) {
        checkIndicator(form, indicator).stream()
            .map(e -> new FieldError(indicator.code(), e.messageKey(), e.args()))
            .forEach(errors::add);
      }
    }
    for (SumRule sum : form.sums()) {
      checkSum(form, sum).stream()
          .map(e -> new FieldError(String.valueOf(sum.totalCode()), e.messageKey(), e.args()))
          .forEach(errors::add);
    }
    return errors;
  }

  /** The sums that name this indicator, as total or part (it cannot go while they stand). */
  public static List<SumRule> sumsUsing(ReportForm form, String code) {
    return form.sums().stream()
        .filter(s -> s.totalCode().equals(code) || s.partCodes().contains(code))
        .toList();
  }

  private static boolean summable(IndicatorType type) {
    return type == IndicatorType.INTEGER || type == IndicatorType.MONEY_VND;
  }

  private static void bound(
      List<FieldError> errors, String field, BigDecimal value, IndicatorType type) {
    if (value == null) {
      return;
    }
    if (value.abs().compareTo(FigureRules.LARGEST) > 0 || value.stripTrailingZeros().scale() > 2) {
      errors.add(FieldError.of(field, "reporting.forms.bound"));
    } else if (type == IndicatorType.PERCENT
        && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
      errors.add(FieldError.of(field, "reporting.value.percentRange"));
    } else if (type != IndicatorType.PERCENT && value.stripTrailingZeros().scale() > 0) {
      errors.add(FieldError.of(field, "reporting.value.wholeNumber"));
    }
  }

  private static void text(
      List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(FieldError.of(field, "reporting.input.required"));
      }
      return;
    }
    if (value.length() > max) {
      errors.add(FieldError.of(field, "reporting.input.tooLong", max));
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        errors.add(FieldError.of(field, "reporting.input.controlCharacter"));
        return;
      }
    }
  }
}
