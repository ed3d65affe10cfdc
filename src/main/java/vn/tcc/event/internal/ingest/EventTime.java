package vn.tcc.event.internal.ingest;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's time, ISO 8601 with an offset. Event sources send the one common shape ({@code
 * 2026-11-21T08:15:30.120+07:00}, or {@code Z}) with every event; {@link OffsetDateTime#parse} took
 * a third of reading an event, so that shape is read by hand and every other one (no seconds, other
 * fraction lengths of the formatter, …) goes to the formatter.
 */
final class EventTime {
  private EventTime() {}

  /**
   * The time the text gives; {@link DateTimeParseException} when it is not an ISO 8601 time with an
   * offset or names no real instant (30 February, hour 24, offset beyond ±18:00).
   */
  static OffsetDateTime parse(String text) {
    OffsetDateTime time = commonShape(text);
    return time != null ? time : OffsetDateTime.parse(text);
  }

  /** yyyy-MM-ddTHH:mm:ss, an optional fraction of 1-9 digits, then Z or ±HH:MM; else null. */
  private static OffsetDateTime commonShape(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
        nanos = nanos * 10 + (t.charAt(i) - '0');
        i++;
      }
      int length = i - start;
      if (length == 0) {
        return null;
      }
      for (int k = length; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == n - 1 && t.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int hours = digits(t, i + 1, 2);
      int minutes = digits(t, i + 4, 2);
      if ((hours | minutes) < 0) {
        return null;
      }
      int sign = t.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException outOfRange) {
        throw new DateTimeParseException(outOfRange.getMessage(), t, i);
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException noSuchTime) {
      throw new DateTimeParseException(noSuchTime.getMessage(), t, 0);
    }
  }

  /** The number the digits at [from, from + count) make, or -1 if one is not a digit. */
  private static int digits(String t, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
