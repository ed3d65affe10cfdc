package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * Reads the text a person or a client sent (forms, API bodies, query strings) into retention's
 * values, collecting every field error, so hostile or mistaken input ends as one 422 with a message
 * per field, never as a database error: the columns are bounded (a reason is 1,000 characters, a
 * period's years a smallint), PostgreSQL refuses NUL in text, and a date in year 999999999 is a
 * valid Java date no column can hold.
 */
final class RetentionInput {
  /** Dates and times outside these years are typing mistakes or probes, whatever Java accepts. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2200;

  /** Longest period a policy may set: a century is already no period at all. */
  static final int MAX_PERIOD_YEARS = 100;

  private final List<FieldError> errors = new ArrayList<>();

  /** Trimmed text, or null when blank; an error when longer than {@code max} or not printable. */
  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(FieldError.of(field, "retention.input.tooLong", max));
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        errors.add(FieldError.of(field, "retention.input.controlCharacter"));
        return null;
      }
    }
    return text;
  }

  /** Required trimmed text. */
  String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "retention.input.required"));
      return null;
    }
    return text(field, value, max);
  }

  /** An enum constant by its name; an error for anything else. */
  <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
    String name = text(field, value, 40);
    if (name == null) {
      if (required && (value == null || value.isBlank())) {
        errors.add(FieldError.of(field, "retention.input.required"));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      errors.add(FieldError.of(field, "retention.input.unknownValue", name));
      return null;
    }
  }

  /** An ISO-8601 period such as P30D, P5Y or P1Y6M: positive, whole, at most a century. */
  Period period(String field, String value) {
    String text = required(field, value, 20);
    if (text == null) {
      return null;
    }
    Period period;
    try {
      period = Period.parse(text.toUpperCase(java.util.Locale.ROOT));
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "retention.input.period", text));
      return null;
    }
    if (period.isNegative() || period.isZero()) {
      errors.add(FieldError.of(field, "retention.policy.periodNotPositive"));
      return null;
    }
    if (period.getYears() > MAX_PERIOD_YEARS
        || period.getMonths() > MAX_PERIOD_YEARS * 12
        || period.getDays() > MAX_PERIOD_YEARS * 366) {
      errors.add(FieldError.of(field, "retention.input.periodTooLong", MAX_PERIOD_YEARS));
      return null;
    }
    return period;
  }

  /** A calendar day, yyyy-MM-dd, between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
  LocalDate date(String field, String value, boolean required) {
    String text = required ? required(field, value, 12) : text(field, value, 12);
    if (text == null) {
      return null;
    }
    try {
      return day(field, LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "retention.input.date", text));
      return null;
    }
  }

  /** A day a page's date picker gave, held to the same years. */
  LocalDate day(String field, LocalDate day) {
    if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
      errors.add(FieldError.of(field, "retention.input.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
      return null;
    }
    return day;
  }

  /** An ISO-8601 time with its offset (2026-03-01T08:00:00+07:00) or in UTC (…Z). */
  Instant instant(String field, String value, boolean required) {
    String text = required ? required(field, value, 40) : text(field, value, 40);
    if (text == null) {
      return null;
    }
    try {
      return instant(field, OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "retention.input.time", text));
      return null;
    }
  }

  /** A time a page gave, held to the same years. */
  Instant instant(String field, Instant instant) {
    if (instant != null) {
      int year = OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC).getYear();
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        errors.add(FieldError.of(field, "retention.input.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
        return null;
      }
    }
    return instant;
  }

  void add(FieldError error) {
    errors.add(error);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws the 422 with every error found, if any. */
  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
