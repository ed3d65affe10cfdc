package vn.tcc.vms.internal.zoneminder;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * ZoneMinder's times are wall-clock strings ({@code 2026-11-21 08:40:09}) in the zone of the ZM
 * server ({@code host/getTimeZone.json}), without an offset. This converts them both ways.
 *
 * <p>In a zone with daylight saving, a wall-clock time that occurs twice (autumn) is read with the
 * earlier offset and one that does not exist (spring gap) is moved forward by the gap, as {@link
 * java.time.ZonedDateTime#of} does; Vietnam has no daylight saving.
 */
final class ZoneMinderClock {
  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter();

  private final ZoneId zone;

  ZoneMinderClock(ZoneId zone) {
    this.zone = zone;
  }

  /** The clock of a ZM server that named its zone {@code tz} (e.g. "Etc/UTC", "Asia/Saigon"). */
  static ZoneMinderClock of(String tz) {
    try {
      return new ZoneMinderClock(ZoneId.of(tz.trim()));
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("Not a time zone: " + tz, e);
    }
  }

  ZoneId zone() {
    return zone;
  }

  /** The instant of a ZM time string; null for null, blank or ZM's all-zero "no time". */
  Instant toInstant(String local) {
    if (local == null || local.isBlank() || local.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(local.trim(), FORMAT).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a ZoneMinder time: " + local, e);
    }
  }

  /** The ZM time string of an instant, cut to whole seconds (ZM stores no fractions). */
  String toLocal(Instant instant) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone)
        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"));
  }
}
