package vn.tcc.reporting.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tcc.reporting.internal.domain.ReportingCalendar;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * Reads what a person or a client sent into reporting's values, collecting every field error, so
 * hostile or mistaken input (NUL bytes, 100,000-character strings, year 999999999, a page size of
 * -1) ends as one 422 naming each field, never as a database error.
 */
final class ReportInput {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,63}");

  private final List<FieldError> errors = new ArrayList<>();

  /** Trimmed text, or null when blank; an error when too long or holding control characters. */
  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max) {
      errors.add(FieldError.of(field, "reporting.input.tooLong", max));
      return null;
    }
    String text = value.strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        errors.add(FieldError.of(field, "reporting.input.controlCharacter"));
        return null;
      }
    }
    return text;
  }

  String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "reporting.input.required"));
      return null;
    }
    return text(field, value, max);
  }

  /** A code of a form, unit or indicator: capitals, digits, dot, dash, underscore. */
  String code(String field, String value, boolean required) {
    String text = required ? required(field, value, 64) : text(field, value, 64);
    if (text != null && !CODE.matcher(text).matches()) {
      errors.add(FieldError.of(field, "reporting.input.code"));
      return null;
    }
    return text;
  }

  /** A period from its key (2026-M12, 2026-Q4, 2026-H1, 2026-Y), years 2000 to 2200. */
  ReportingPeriod period(ReportingCalendar calendar, String field, String value, boolean required) {
    String text = required ? required(field, value, 20) : text(field, value, 20);
    if (text == null) {
      return null;
    }
    try {
      return calendar.parse(text);
    } catch (IllegalArgumentException e) {
      errors.add(
          FieldError.of(
              field,
              "reporting.input.period",
              ReportingCalendar.FIRST_YEAR,
              ReportingCalendar.LAST_YEAR));
      return null;
    }
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    String name = text(field, value, 40);
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      errors.add(FieldError.of(field, "reporting.input.unknownValue", name));
      return null;
    }
  }

  int number(String field, String value, int fallback, int min, int max) {
    String text = text(field, value, 12);
    if (text == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, as a number out of range
    }
    errors.add(FieldError.of(field, "reporting.input.numberRange", min, max));
    return fallback;
  }

  /** A day, yyyy-MM-dd, years 2000 to 2200 (so year 999999999 is an answer, not an overflow). */
  java.time.LocalDate date(String field, String value) {
    String text = required(field, value, 10);
    if (text == null) {
      return null;
    }
    try {
      java.time.LocalDate day = java.time.LocalDate.parse(text);
      if (day.getYear() >= 2000 && day.getYear() <= 2200) {
        return day;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // answered below
    }
    errors.add(FieldError.of(field, "reporting.input.date", 2000, 2200));
    return null;
  }

  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
