package vn.tcc.event.internal.ingest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.media.MediaTypes;

/**
 * Reads one item of an event batch field by field. A wrong field rejects that item only, with a
 * reason naming the field; the batch as a whole is never refused for one bad item.
 */
public final class EventReader {
  public static final int MAX_IMAGES = 4;
  public static final int MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;
  public static final int MAX_ATTRIBUTES = 50;
  static final Set<String> VEHICLE_CLASSES =
      Set.of("CAR", "MOTORCYCLE", "TRUCK", "BUS", "VAN", "TRAILER", "OTHER");
  private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$");
  private static final Pattern CAMERA_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{1,63}$");
  // Plates as printed: "81A-123.45", "59X1 123.45"; kept as letters and digits only.
  private static final Pattern PLATE = Pattern.compile("^[A-Z0-9]{6,12}$");
  private static final Pattern LANE = Pattern.compile("^[A-Za-z0-9_-]{1,20}$");

  private EventReader() {}

  public static ReadEvent read(int index, JsonValue item) {
    if (item == null || item.getValueType() != JsonValue.ValueType.OBJECT) {
      return new ReadEvent(
          index, null, null, null, null, null, List.of(Reason.of("", "event.reason.not.object")));
    }
    JsonObject json = item.asJsonObject();
    List<Reason> reasons = new ArrayList<>();
    String sourceId = identifier(json, "sourceId", reasons);
    String sourceEventId = identifier(json, "sourceEventId", reasons);
    String cameraCode = text(json, "cameraCode", true, reasons);
    if (cameraCode != null && !CAMERA_CODE.matcher(cameraCode).matches()) {
      reasons.add(Reason.of("cameraCode", "event.reason.format", cameraCode));
      cameraCode = null;
    }
    OffsetDateTime occurredAt = time(json, reasons);
    EventType type = type(json, reasons);
    String plate = plate(json, reasons);
    BigDecimal confidence =
        number(json, "plateConfidence", BigDecimal.ZERO, new BigDecimal(100), reasons);
    if (confidence != null && plate == null && !json.containsKey("plate")) {
      reasons.add(Reason.of("plateConfidence", "event.reason.confidence.without.plate"));
    }
    String vehicleClass = text(json, "vehicleClass", false, reasons);
    if (vehicleClass != null) {
      vehicleClass = vehicleClass.toUpperCase(Locale.ROOT);
      if (!VEHICLE_CLASSES.contains(vehicleClass)) {
        reasons.add(Reason.of("vehicleClass", "event.reason.vehicle.class", vehicleClass));
      }
    }
    BigDecimal speed = number(json, "speedKmh", BigDecimal.ZERO, new BigDecimal(400), reasons);
    BigDecimal limit = number(json, "speedLimitKmh", BigDecimal.ONE, new BigDecimal(200), reasons);
    if (type == EventType.SPEEDING) {
      if (speed == null || limit == null) {
        reasons.add(Reason.of("speedKmh", "event.reason.speeding.needs.speed"));
      } else if (speed.compareTo(limit) <= 0) {
        reasons.add(Reason.of("speedKmh", "event.reason.speeding.not.over", speed, limit));
      }
    }
    String lane = text(json, "lane", false, reasons);
    if (lane != null && !LANE.matcher(lane).matches()) {
      reasons.add(Reason.of("lane", "event.reason.format", lane));
    }
    List<IncomingImage> images = images(json, reasons);
    Map<String, String> attributes = attributes(json, reasons);
    IncomingEvent event =
        reasons.isEmpty()
            ? new IncomingEvent(
                sourceId,
                sourceEventId,
                cameraCode,
                occurredAt,
                type,
                plate,
                confidence,
                vehicleClass,
                speed,
                limit,
                lane,
                images,
                attributes)
            : null;
    return new ReadEvent(index, json, sourceId, sourceEventId, cameraCode, event, reasons);
  }

  /** Letters and digits only, upper case: "81a-123.45" and "81A12345" are the same plate. */
  public static String normalisePlate(String printed) {
    StringBuilder plate = new StringBuilder();
    for (char c : printed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c != ' ' && c != '-' && c != '.') {
        plate.append(c);
      }
    }
    return plate.toString();
  }

  private static String identifier(JsonObject json, String field, List<Reason> reasons) {
    String value = text(json, field, true, reasons);
    if (value != null && !IDENTIFIER.matcher(value).matches()) {
      reasons.add(Reason.of(field, "event.reason.identifier"));
      return null;
    }
    return value;
  }

  private static String text(
      JsonObject json, String field, boolean required, List<Reason> reasons) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        reasons.add(Reason.of(field, "event.reason.required"));
      }
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      reasons.add(Reason.of(field, "event.reason.not.text"));
      return null;
    }
    String text = ((JsonString) value).getString().strip();
    if (text.isEmpty()) {
      if (required) {
        reasons.add(Reason.of(field, "event.reason.required"));
      }
      return null;
    }
    return text;
  }

  private static OffsetDateTime time(JsonObject json, List<Reason> reasons) {
    String text = text(json, "occurredAt", true, reasons);
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

  private static EventType type(JsonObject json, List<Reason> reasons) {
    String text = text(json, "type", true, reasons);
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

  private static String plate(JsonObject json, List<Reason> reasons) {
    String text = text(json, "plate", false, reasons);
    if (text == null) {
      return null;
    }
    String plate = normalisePlate(text);
    if (!PLATE.matcher(plate).matches()) {
      reasons.add(Reason.of("plate", "event.reason.plate", text));
      return null;
    }
    return plate;
  }

  private static BigDecimal number(
      JsonObject json, String field, BigDecimal min, BigDecimal max, List<Reason> reasons) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      reasons.add(Reason.of(field, "event.reason.not.number"));
      return null;
    }
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      reasons.add(Reason.of(field, "event.reason.range", min, max));
      return null;
    }
    return number;
  }

  private static List<IncomingImage> images(JsonObject json, List<Reason> reasons) {
    JsonValue value = json.get("images");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      reasons.add(Reason.of("images", "event.reason.not.list"));
      return List.of();
    }
    List<JsonValue> items = value.asJsonArray();
    if (items.size() > MAX_IMAGES) {
      reasons.add(Reason.of("images", "event.reason.images.too.many", MAX_IMAGES));
      return List.of();
    }
    List<IncomingImage> images = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = "images[" + i + "]";
      if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        reasons.add(Reason.of(field, "event.reason.not.object"));
        continue;
      }
      JsonObject image = items.get(i).asJsonObject();
      List<Reason> found = new ArrayList<>();
      String kind = text(image, "kind", true, found);
      String data = text(image, "data", false, found);
      String vms = text(image, "vms", false, found);
      String recording = text(image, "recordingId", false, found);
      String frame = text(image, "frame", false, found);
      found.replaceAll(r -> new Reason(field + "." + r.field(), r.messageKey(), r.args()));
      reasons.addAll(found);
      if (!found.isEmpty()) {
        continue;
      }
      if (data != null) {
        byte[] content;
        try {
          content = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
          reasons.add(Reason.of(field + ".data", "event.reason.image.base64"));
          continue;
        }
        if (content.length > MAX_INLINE_IMAGE_BYTES) {
          reasons.add(Reason.of(field + ".data", "event.reason.image.too.large", 2));
          continue;
        }
        String mediaType = MediaTypes.sniff(content);
        if (!MediaTypes.JPEG.equals(mediaType) && !MediaTypes.PNG.equals(mediaType)) {
          reasons.add(Reason.of(field + ".data", "event.reason.image.type"));
          continue;
        }
        images.add(new IncomingImage(kind, content, mediaType, null, null, null));
      } else if (vms != null && recording != null) {
        images.add(new IncomingImage(kind, null, null, vms, recording, frame));
      } else {
        reasons.add(Reason.of(field, "event.reason.image.source"));
      }
    }
    return images;
  }

  private static Map<String, String> attributes(JsonObject json, List<Reason> reasons) {
    JsonValue value = json.get("attributes");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      reasons.add(Reason.of("attributes", "event.reason.not.object"));
      return Map.of();
    }
    JsonObject object = value.asJsonObject();
    if (object.size() > MAX_ATTRIBUTES) {
      reasons.add(Reason.of("attributes", "event.reason.attributes.too.many", MAX_ATTRIBUTES));
      return Map.of();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      JsonValue.ValueType kind = entry.getValue().getValueType();
      String text =
          switch (kind) {
            case STRING -> ((JsonString) entry.getValue()).getString();
            case NUMBER, TRUE, FALSE -> entry.getValue().toString();
            default -> null;
          };
      if (text == null || entry.getKey().length() > 64 || text.length() > 500) {
        reasons.add(Reason.of("attributes." + entry.getKey(), "event.reason.attribute"));
      } else {
        attributes.put(entry.getKey(), text);
      }
    }
    return attributes;
  }
}
