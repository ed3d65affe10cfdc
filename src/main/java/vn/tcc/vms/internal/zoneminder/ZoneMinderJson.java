package vn.tcc.vms.internal.zoneminder;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsRecording;

/**
 * ZoneMinder's JSON to TCC's records. ZM's API mixes numbers and strings for numeric fields ({@code
 * "Id":1} but {@code "CaptureFPS":"5.00"}), so every reader here accepts both.
 */
final class ZoneMinderJson {
  private ZoneMinderJson() {}

  /** Parses a JSON object; {@link JsonException} when the bytes are not one. */
  static JsonObject read(byte[] body) {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (IllegalStateException e) {
      throw new JsonException("not a JSON object", e);
    }
  }

  static String text(JsonObject object, String key) {
    JsonValue value = object == null ? null : object.get(key);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value.toString();
    }
    return null;
  }

  static Integer integer(JsonObject object, String key) {
    Double d = decimal(object, key);
    return d == null ? null : (int) Math.round(d);
  }

  static Double decimal(JsonObject object, String key) {
    String text = text(object, key);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** ZM's booleans: 1/0, "1"/"0" or true/false. */
  static boolean flag(JsonObject object, String key) {
    String text = text(object, key);
    return text != null && (text.equals("1") || text.equalsIgnoreCase("true"));
  }

  /** A camera from a {@code Monitor} object. */
  static VmsCamera camera(JsonObject monitor) {
    return new VmsCamera(
        text(monitor, "Id"),
        text(monitor, "Name"),
        flag(monitor, "Enabled") && !"None".equalsIgnoreCase(text(monitor, "Function")),
        streamUri(monitor),
        integer(monitor, "Width"),
        integer(monitor, "Height"));
  }

  /**
   * Where ZM pulls the camera from, never with credentials: {@code Path} for ffmpeg/libVLC/cURL
   * monitors, protocol://Host:Port + Path for "Remote" ones.
   */
  static String streamUri(JsonObject monitor) {
    String path = text(monitor, "Path");
    String uri = path;
    if ("Remote".equalsIgnoreCase(text(monitor, "Type")) && text(monitor, "Host") != null) {
      String protocol = text(monitor, "Protocol") == null ? "http" : text(monitor, "Protocol");
      String port = text(monitor, "Port");
      uri =
          protocol
              + "://"
              + text(monitor, "Host")
              + (port == null || port.isBlank() ? "" : ":" + port)
              + (path == null ? "" : path.startsWith("/") ? path : "/" + path);
    }
    return withoutCredentials(uri);
  }

  /** Cuts {@code user:password@} out of a URL (up to the last '@', so '@' in a password too). */
  static String withoutCredentials(String uri) {
    if (uri == null || uri.isBlank()) {
      return null;
    }
    int scheme = uri.indexOf("://");
    int at = uri.lastIndexOf('@');
    if (scheme >= 0 && at > scheme) {
      return uri.substring(0, scheme + 3) + uri.substring(at + 1);
    }
    return uri;
  }

  static VmsRecording recording(JsonObject event, ZoneMinderClock clock) {
    return new VmsRecording(
        text(event, "Id"),
        text(event, "MonitorId"),
        clock.toInstant(text(event, "StartDateTime")),
        clock.toInstant(text(event, "EndDateTime")),
        flag(event, "Archived"));
  }

  static VmsEvent event(JsonObject event, ZoneMinderClock clock) {
    String cause = text(event, "Cause");
    String notes = text(event, "Notes");
    return new VmsEvent(
        text(event, "Id"),
        text(event, "MonitorId"),
        clock.toInstant(text(event, "StartDateTime")),
        clock.toInstant(text(event, "EndDateTime")),
        cause,
        notes == null ? null : notes.strip(),
        ZoneMinderNotes.attributes(cause, notes),
        flag(event, "Archived"));
  }

  /** The {@code Event} objects of an events index answer. */
  static java.util.List<JsonObject> events(JsonObject answer) {
    return answer.getJsonArray("events").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getJsonObject("Event"))
        .toList();
  }

  /** Whether an events index answer has a page after this one. */
  static boolean hasNextPage(JsonObject answer) {
    JsonObject pagination =
        answer.get("pagination") instanceof JsonObject p ? p : JsonObject.EMPTY_JSON_OBJECT;
    return flag(pagination, "nextPage");
  }

  /**
   * The frame of an event nearest to {@code at}, from the event's {@code Frame} list ({@code
   * FrameId}, {@code Delta} seconds from the start, {@code TimeStamp} cut to seconds).
   *
   * <p>ZM cuts the event's start to whole seconds; each frame bounds the true start to [TimeStamp −
   * Delta, TimeStamp − Delta + 1 s), so the start is taken in the middle of what all frames allow.
   */
  static OptionalLong nearestFrame(JsonArray frames, ZoneMinderClock clock, Instant at) {
    double lower = Double.NEGATIVE_INFINITY;
    double upper = Double.POSITIVE_INFINITY;
    for (JsonObject frame : frames.getValuesAs(JsonObject.class)) {
      Instant stamp = clock.toInstant(text(frame, "TimeStamp"));
      Double delta = decimal(frame, "Delta");
      if (stamp == null || delta == null) {
        continue;
      }
      double start = stamp.getEpochSecond() - delta;
      lower = Math.max(lower, start);
      upper = Math.min(upper, start + 1);
    }
    if (lower == Double.NEGATIVE_INFINITY) {
      return OptionalLong.empty();
    }
    double start = lower < upper ? (lower + upper) / 2 : lower;
    double target = at.getEpochSecond() + at.getNano() / 1e9;
    long best = -1;
    double bestDistance = Double.MAX_VALUE;
    for (JsonObject frame : frames.getValuesAs(JsonObject.class)) {
      Double delta = decimal(frame, "Delta");
      String id = text(frame, "FrameId");
      if (delta == null || id == null) {
        continue;
      }
      double distance = Math.abs(start + delta - target);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = Long.parseLong(id);
      }
    }
    return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
  }

  /** How long an access token may be used: a minute less than ZM grants, at least half of it. */
  static Duration tokenLifetime(JsonObject login) {
    Integer seconds = integer(login, "access_token_expires");
    long granted = seconds == null || seconds <= 0 ? 3600 : seconds;
    return Duration.ofSeconds(Math.max(granted / 2, granted - 60));
  }
}
