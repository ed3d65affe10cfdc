package vn.tcc.event.internal.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.event.api.EventType;
import vn.tcc.event.internal.domain.IncomingImage;
import vn.tcc.event.internal.domain.Reason;

/**
 * The checks of an event's fields on their values, whatever form the event came in (a JSON item or
 * a typed report), so both get the same reasons. Each check adds the reason for a wrong value and
 * answers the value as TCC keeps it, or null when it is missing or wrong.
 */
final class EventFields {
  static final Set<String> VEHICLE_CLASSES =
      Set.of("CAR", "MOTORCYCLE", "TRUCK", "BUS", "VAN", "TRAILER", "OTHER");
  static final BigDecimal MIN_SPEED = BigDecimal.ZERO;
  static final BigDecimal MAX_SPEED = new BigDecimal(400);
  static final BigDecimal MIN_SPEED_LIMIT = BigDecimal.ONE;
  static final BigDecimal MAX_SPEED_LIMIT = new BigDecimal(200);
  private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$");
  private static final Pattern CAMERA_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{1,63}$");
  // Plates as printed: "81A-123.45", "59X1 123.45"; kept as letters and digits only.
  private static final Pattern PLATE = Pattern.compile("^[A-Z0-9]{6,12}$");
  private static final Pattern LANE = Pattern.compile("^[A-Za-z0-9_-]{1,20}$");

  private EventFields() {}

  /** The text stripped; blank counts as missing, which a required field may not be. */
  static String text(String field, String sent, boolean required, List<Reason> reasons) {
    String text = sent == null ? "" : sent.strip();
    if (text.isEmpty()) {
      if (required) {
        reasons.add(Reason.of(field, "event.reason.required"));
      }
      return null;
    }
    return text;
  }

  static String identifier(String field, String sent, List<Reason> reasons) {
    String value = text(field, sent, true, reasons);
    if (value != null && !IDENTIFIER.matcher(value).matches()) {
      reasons.add(Reason.of(field, "event.reason.identifier"));
      return null;
    }
    return value;
  }

  static String cameraCode(String sent, List<Reason> reasons) {
    String code = text("cameraCode", sent, true, reasons);
    if (code != null && !CAMERA_CODE.matcher(code).matches()) {
      reasons.add(Reason.of("cameraCode", "event.reason.format", code));
      return null;
    }
    return code;
  }

  static OffsetDateTime occurredAt(String sent, List<Reason> reasons) {
    String text = text("occurredAt", sent, true, reasons);
    if (text == null) {
      return null;
    }
    try {
      return EventTime.parse(text);
    } catch (DateTimeParseException e) {
      reasons.add(Reason.of("occurredAt", "event.reason.time.format", text));
      return null;
    }
  }

  static OffsetDateTime occurredAt(OffsetDateTime sent, List<Reason> reasons) {
    if (sent == null) {
      reasons.add(Reason.of("occurredAt", "event.reason.required"));
    }
    return sent;
  }

  static EventType type(String sent, List<Reason> reasons) {
    String text = text("type", sent, true, reasons);
    if (text == null) {
      return null;
    }
    try {
      return EventType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reasons.add(Reason.of("type", "event.reason.type", text));
      return null;
    }
  }

  static String plate(String sent, List<Reason> reasons) {
    String text = text("plate", sent, false, reasons);
    if (text == null) {
      return null;
    }
    String plate = EventReader.normalisePlate(text);
    if (!PLATE.matcher(plate).matches()) {
      reasons.add(Reason.of("plate", "event.reason.plate", text));
      return null;
    }
    return plate;
  }

  static String vehicleClass(String sent, List<Reason> reasons) {
    String text = text("vehicleClass", sent, false, reasons);
    if (text == null) {
      return null;
    }
    String vehicleClass = text.toUpperCase(Locale.ROOT);
    if (!VEHICLE_CLASSES.contains(vehicleClass)) {
      reasons.add(Reason.of("vehicleClass", "event.reason.vehicle.class", vehicleClass));
    }
    return vehicleClass;
  }

  static String lane(String sent, List<Reason> reasons) {
    String lane = text("lane", sent, false, reasons);
    if (lane != null && !LANE.matcher(lane).matches()) {
      reasons.add(Reason.of("lane", "event.reason.format", lane));
    }
    return lane;
  }

  /** The number when it lies in [min, max]; missing is allowed. */
  static BigDecimal number(
      String field, BigDecimal sent, BigDecimal min, BigDecimal max, List<Reason> reasons) {
    if (sent == null) {
      return null;
    }
    if (sent.compareTo(min) < 0 || sent.compareTo(max) > 0) {
      reasons.add(Reason.of(field, "event.reason.range", min, max));
      return null;
    }
    return sent;
  }

  /** A speeding event must say how fast against which limit, and be over it. */
  static void speeding(EventType type, BigDecimal speed, BigDecimal limit, List<Reason> reasons) {
    if (type == EventType.SPEEDING) {
      if (speed == null || limit == null) {
        reasons.add(Reason.of("speedKmh", "event.reason.speeding.needs.speed"));
      } else if (speed.compareTo(limit) <= 0) {
        reasons.add(Reason.of("speedKmh", "event.reason.speeding.not.over", speed, limit));
      }
    }
  }

  /** False, with the reason, when there are more images than an event may carry. */
  static boolean imageCount(int count, List<Reason> reasons) {
    if (count > EventReader.MAX_IMAGES) {
      reasons.add(Reason.of("images", "event.reason.images.too.many", EventReader.MAX_IMAGES));
      return false;
    }
    return true;
  }

  /** Reasons found on an image's own fields, named as fields of that image. */
  static List<Reason> ofImage(String imageField, List<Reason> found) {
    List<Reason> named = new ArrayList<>(found.size());
    for (Reason reason : found) {
      named.add(new Reason(imageField + "." + reason.field(), reason.messageKey(), reason.args()));
    }
    return named;
  }

  /** An image in a VMS needs both the VMS and its recording; null, with the reason, otherwise. */
  static IncomingImage inVms(
      String imageField,
      String kind,
      String vmsCode,
      String recordingId,
      String frame,
      List<Reason> reasons) {
    if (vmsCode != null && recordingId != null) {
      return new IncomingImage(kind, null, null, vmsCode, recordingId, frame);
    }
    reasons.add(Reason.of(imageField, "event.reason.image.source"));
    return null;
  }

  /**
   * The attributes kept when each is a short name with a short text; a value that is not text
   * arrives here as null and is refused like one too long.
   */
  static Map<String, String> attributes(Map<String, String> sent, List<Reason> reasons) {
    if (sent.size() > EventReader.MAX_ATTRIBUTES) {
      reasons.add(
          Reason.of("attributes", "event.reason.attributes.too.many", EventReader.MAX_ATTRIBUTES));
      return Map.of();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : sent.entrySet()) {
      String text = entry.getValue();
      if (text == null || entry.getKey().length() > 64 || text.length() > 500) {
        reasons.add(Reason.of("attributes." + entry.getKey(), "event.reason.attribute"));
      } else {
        attributes.put(entry.getKey(), text);
      }
    }
    return attributes;
  }
}
