package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.error.FieldError;

/**
 * The rules of a form's figures: the type and range of one figure when it is entered, and the whole
 * set when it is submitted (required figures present, a narrative where a figure moved more than
 * its indicator's threshold from the previous period's). Errors name the indicator's code as the
 * field, so the page puts each beside its cell.
 */
public final class FigureRules {
  /** The largest figure a cell holds: numeric(20,2) leaves 18 digits before the point. */
  static final BigDecimal LARGEST = new BigDecimal("999999999999999999");

  public static final int MAX_TEXT = 4000;

  private FigureRules() {}

  /** What is wrong with this figure for this indicator; empty when nothing. */
  public static List<FieldError> checkFigure(Indicator indicator, BigDecimal number, String text) {
    List<FieldError> errors = new ArrayList<>();
    String field = indicator.code();
    if (!indicator.type().isNumber()) {
      if (number != null) {
        errors.add(FieldError.of(field, "reporting.value.textExpected"));
      } else if (text != null && text.length() > MAX_TEXT) {
        errors.add(FieldError.of(field, "reporting.value.tooLong", MAX_TEXT));
      }
      return errors;
    }
    if (text != null && !text.isBlank()) {
      errors.add(FieldError.of(field, "reporting.value.numberExpected"));
      return errors;
    }
    if (number == null) {
      return errors;
    }
    if (number.abs().compareTo(LARGEST) > 0) {
      errors.add(FieldError.of(field, "reporting.value.tooLarge"));
      return errors;
    }
    switch (indicator.type()) {
      case INTEGER, MONEY_VND -> {
        if (number.stripTrailingZeros().scale() > 0) {
          errors.add(FieldError.of(field, "reporting.value.wholeNumber"));
        }
        if (number.signum() < 0) {
          errors.add(FieldError.of(field, "reporting.value.negative"));
        }
      }
      case PERCENT -> {
        if (number.stripTrailingZeros().scale() > 2) {
          errors.add(FieldError.of(field, "reporting.value.twoDecimals"));
        }
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
          errors.add(FieldError.of(field, "reporting.value.percentRange"));
        }
      }
      default -> {}
    }
    if (indicator.min() != null && number.compareTo(indicator.min()) < 0) {
      errors.add(FieldError.of(field, "reporting.value.belowMin", indicator.min().toPlainString()));
    }
    if (indicator.max() != null && number.compareTo(indicator.max()) > 0) {
      errors.add(FieldError.of(field, "reporting.value.aboveMax", indicator.max().toPlainString()));
    }
    return errors;
  }

  /**
   * What keeps these figures from being submitted.
   *
   * @param previous the previous period's figures of the same unit and form, by indicator code
   *     (empty when it filed none)
   */
  public static List<FieldError> checkSubmission(
      ReportForm form, Map<String, ReportValue> values, Map<String, BigDecimal> previous) {
    List<FieldError> errors = new ArrayList<>();
    for (Indicator indicator : form.indicators()) {
      ReportValue value = values.get(indicator.code());
      if (value == null || value.isEmpty()) {
        if (indicator.required()) {
          errors.add(FieldError.of(indicator.code(), "reporting.value.required"));
        }
        continue;
      }
      errors.addAll(checkFigure(indicator, value.number(), value.text()));
      BigDecimal before = previous.get(indicator.code());
      BigDecimal percent = movePercent(before, value.number());
      if (indicator.narrativeAbovePercent() != null
          && percent != null
          && percent.compareTo(indicator.narrativeAbovePercent()) > 0
          && (value.narrative() == null || value.narrative().isBlank())) {
        errors.add(
            FieldError.of(
                indicator.code(),
                "reporting.value.narrativeRequired",
                percent.setScale(0, RoundingMode.HALF_UP).toPlainString(),
                indicator.narrativeAbovePercent().stripTrailingZeros().toPlainString()));
      }
    }
    errors.addAll(checkSums(form, values));
    return errors;
  }

  /**
   * The sums that do not match: a total whose figure differs from the sum of its parts' figures. A
   * sum is checked only when the total and every part have a figure (a missing one is reported as
   * required, or the sum is not asked for).
   */
  public static List<FieldError> checkSums(ReportForm form, Map<String, ReportValue> values) {
    List<FieldError> errors = new ArrayList<>();
    for (SumRule sum : form.sums()) {
      BigDecimal total = number(values.get(sum.totalCode()));
      if (total == null) {
        continue;
      }
      BigDecimal parts = BigDecimal.ZERO;
      boolean complete = true;
      for (String part : sum.partCodes()) {
        BigDecimal figure = number(values.get(part));
        if (figure == null) {
          complete = false;
          break;
        }
        parts = parts.add(figure);
      }
      if (complete && total.compareTo(parts) != 0) {
        errors.add(
            FieldError.of(
                sum.totalCode(),
                "reporting.value.sumMismatch",
                total.stripTrailingZeros().toPlainString(),
                parts.stripTrailingZeros().toPlainString(),
                String.join(", ", sum.partCodes())));
      }
    }
    return errors;
  }

  private static BigDecimal number(ReportValue value) {
    return value == null ? null : value.number();
  }

  /**
   * How far a figure moved from the previous one, in percent of the previous; null when there is no
   * previous figure. From zero to anything else is an unbounded move: it counts as beyond every
   * threshold (1,000,000 %), since no base makes it ordinary.
   */
  public static BigDecimal movePercent(BigDecimal before, BigDecimal now) {
    if (before == null || now == null) {
      return null;
    }
    if (before.signum() == 0) {
      return now.signum() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1_000_000);
    }
    return now.subtract(before)
        .abs()
        .multiply(BigDecimal.valueOf(100))
        .divide(before.abs(), 2, RoundingMode.HALF_UP);
  }
}
