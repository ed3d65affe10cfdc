package vn.tcc.command.internal.live;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.tcc.shared.error.ProblemException;

/**
 * The moment a playback starts, as a person or a client writes it: with an offset, or a local time
 * of the province (Asia/Ho_Chi_Minh), which the wall's time picker sends. Years outside 2000–2100
 * are no recording anyone has; anything unreadable is 400.
 */
public final class PlaybackTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private PlaybackTime() {}

  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      throw new ProblemException(400, "command.playback.noTime");
    }
    if (text.length() > 40) {
      throw new ProblemException(400, "command.playback.badTime");
    }
    String value = text.strip();
    Instant at;
    int year;
    try {
      try {
        at = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException withoutOffset) {
        at = LocalDateTime.parse(value).atZone(ZONE).toInstant();
      }
      year = at.atZone(ZONE).getYear();
    } catch (DateTimeException unreadableOrOutOfRange) {
      // Also a year like 999999999, which parses but overflows the time line.
      throw new ProblemException(400, "command.playback.badTime");
    }
    if (year < 2000 || year > 2100) {
      throw new ProblemException(400, "command.playback.badTime");
    }
    return at;
  }
}
