package vn.tcc.sharing.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * Reads what a person or a client sent into sharing's values, collecting every field error, so
 * hostile or mistaken input ends as one 422 with a message per field, never as a database error:
 * columns are bounded, PostgreSQL refuses NUL in text, and year 999999999 is a Java date no column
 * holds.
 */
final class SharingInput {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2200;
  static final int MAX_LIST = 500;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,63}");

  private final List<FieldError> errors = new ArrayList<>();

  /** Trimmed text, or null when blank; an error when longer than {@code max} or not printable. */
  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max * 4L + 100) {
      // Far too long: not worth stripping first.
      errors.add(FieldError.of(field, "sharing.input.tooLong", max));
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(FieldError.of(field, "sharing.input.tooLong", max));
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        errors.add(FieldError.of(field, "sharing.input.controlCharacter"));
        return null;
      }
    }
    return text;
  }

  String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "sharing.input.required"));
      return null;
    }
    return text(field, value, max);
  }

  /** A code of the registry's form (GL-VTVH, GL-QN-0004). */
  String code(String field, String value, boolean required) {
    String text = required ? required(field, value, 64) : text(field, value, 64);
    if (text != null && !CODE.matcher(text).matches()) {
      errors.add(FieldError.of(field, "sharing.input.code", text));
      return null;
    }
    return text;
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
    String name = text(field, value, 40);
    if (name == null) {
      if (required) {
        errors.add(FieldError.of(field, "sharing.input.required"));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      errors.add(FieldError.of(field, "sharing.input.unknownValue", name));
      return null;
    }
  }

  /** At least one of the enum's names; duplicates are one. */
  <E extends Enum<E>> Set<E> choices(String field, Collection<String> values, Class<E> type) {
    if (values == null || values.isEmpty()) {
      errors.add(FieldError.of(field, "sharing.input.required"));
      return null;
    }
    if (values.size() > type.getEnumConstants().length * 2) {
      errors.add(FieldError.of(field, "sharing.input.tooMany", type.getEnumConstants().length));
      return null;
    }
    Set<E> chosen = EnumSet.noneOf(type);
    for (String value : values) {
      E one = choice(field, value, type, true);
      if (one == null) {
        return null;
      }
      chosen.add(one);
    }
    return chosen;
  }

  /** Codes, at least one, at most {@link #MAX_LIST}. */
  Set<String> codes(String field, Collection<String> values) {
    if (values == null || values.isEmpty()) {
      errors.add(FieldError.of(field, "sharing.input.required"));
      return null;
    }
    if (values.size() > MAX_LIST) {
      errors.add(FieldError.of(field, "sharing.input.tooMany", MAX_LIST));
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String value : values) {
      String code = code(field, value, true);
      if (code == null) {
        return null;
      }
      codes.add(code);
    }
    return codes;
  }

  LocalDate date(String field, String value, boolean required) {
    String text = required ? required(field, value, 12) : text(field, value, 12);
    if (text == null) {
      return null;
    }
    try {
      return day(field, LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "sharing.input.date", text));
      return null;
    }
  }

  LocalDate day(String field, LocalDate day) {
    if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
      errors.add(FieldError.of(field, "sharing.input.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
      return null;
    }
    return day;
  }

  /** A local time of day, HH:mm. */
  LocalTime timeOfDay(String field, String value) {
    String text = required(field, value, 8);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "sharing.input.timeOfDay", text));
      return null;
    }
  }

  /** An ISO-8601 time with its offset; null when absent. */
  Instant instant(String field, String value) {
    String text = text(field, value, 40);
    if (text == null) {
      return null;
    }
    try {
      Instant instant = OffsetDateTime.parse(text).toInstant();
      int year = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).getYear();
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        errors.add(FieldError.of(field, "sharing.input.yearOutOfRange", FIRST_YEAR, LAST_YEAR));
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "sharing.input.time", text));
      return null;
    }
  }

  /** A whole number in range, from a query string; {@code fallback} when absent. */
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
      // answered below with the same error as a number out of range
    }
    errors.add(FieldError.of(field, "sharing.input.numberRange", min, max));
    return fallback;
  }

  void add(FieldError error) {
    errors.add(error);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
