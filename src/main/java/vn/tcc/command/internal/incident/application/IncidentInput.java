package vn.tcc.command.internal.incident.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * Reads what a person or a client sent, collecting every field error, so hostile input ends as one
 * 422 with a message per field, never as a database error (PostgreSQL refuses NUL in text, columns
 * are bounded, year 999999999 fits no column).
 */
final class IncidentInput {
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2200;

  private final List<FieldError> errors = new ArrayList<>();

  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max * 4L + 100) {
      errors.add(FieldError.of(field, "command.input.tooLong", max));
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(FieldError.of(field, "command.input.tooLong", max));
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        errors.add(FieldError.of(field, "command.input.controlCharacter"));
        return null;
      }
    }
    return text;
  }

  String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "command.input.required"));
      return null;
    }
    return text(field, value, max);
  }

  <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    String text = text(field, value, 40);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of(field, "command.input.unknownChoice"));
      return null;
    }
  }

  Instant instant(String field, String value) {
    String text = text(field, value, 40);
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime at = OffsetDateTime.parse(text);
      if (at.getYear() < FIRST_YEAR || at.getYear() > LAST_YEAR) {
        errors.add(FieldError.of(field, "command.input.yearRange", FIRST_YEAR, LAST_YEAR));
        return null;
      }
      return at.toInstant();
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "command.input.dateTime"));
      return null;
    }
  }

  /** A whole number in [{@code min}, {@code max}], {@code fallback} when absent. */
  long number(String field, String value, long fallback, long min, long max) {
    String text = text(field, value, 20);
    if (text == null) {
      return fallback;
    }
    try {
      long number = Long.parseLong(text);
      if (number < min || number > max) {
        errors.add(FieldError.of(field, "command.input.range", min, max));
        return fallback;
      }
      return number;
    } catch (NumberFormatException e) {
      errors.add(FieldError.of(field, "command.input.range", min, max));
      return fallback;
    }
  }

  void fail(String field, String key, Object... args) {
    errors.add(FieldError.of(field, key, args));
  }

  void check() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
