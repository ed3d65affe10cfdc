package vn.tcc.event.internal.ingest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.tcc.event.api.EventType;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.IncomingImage;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.shared.media.MediaTypes;

/**
 * Reads one item of an event batch field by field. A wrong field rejects that item only, with a
 * reason naming the field; the batch as a whole is never refused for one bad item. Here only the
 * JSON shape of each field is checked (text, number, list, object); its value goes through {@link
 * EventFields}, as a typed report's does ({@link ReportedEventReader}).
 */
public final class EventReader {
  public static final int MAX_IMAGES = 4;
  public static final int MAX_INLINE_IMAGE_BYTES = 2 * 1024 * 1024;
  public static final int MAX_ATTRIBUTES = 50;

  private EventReader() {}

  public static ReadEvent read(int index, JsonValue item) {
    if (item == null || item.getValueType() != JsonValue.ValueType.OBJECT) {
      return new ReadEvent(
          index,
          () -> null,
          null,
          null,
          null,
          null,
          List.of(Reason.of("", "event.reason.not.object")));
    }
    JsonObject json = item.asJsonObject();
    List<Reason> reasons = new ArrayList<>();
    String sourceId =
        ifText(
            json, "sourceId", reasons, sent -> EventFields.identifier("sourceId", sent, reasons));
    String sourceEventId =
        ifText(
            json,
            "sourceEventId",
            reasons,
            sent -> EventFields.identifier("sourceEventId", sent, reasons));
    String cameraCode =
        ifText(json, "cameraCode", reasons, sent -> EventFields.cameraCode(sent, reasons));
    OffsetDateTime occurredAt =
        ifText(json, "occurredAt", reasons, sent -> EventFields.occurredAt(sent, reasons));
    EventType type = ifText(json, "type", reasons, sent -> EventFields.type(sent, reasons));
    String plate = ifText(json, "plate", reasons, sent -> EventFields.plate(sent, reasons));
    BigDecimal confidence =
        number(json, "plateConfidence", BigDecimal.ZERO, new BigDecimal(100), reasons);
    if (confidence != null && plate == null && !json.containsKey("plate")) {
      reasons.add(Reason.of("plateConfidence", "event.reason.confidence.without.plate"));
    }
    String vehicleClass =
        ifText(json, "vehicleClass", reasons, sent -> EventFields.vehicleClass(sent, reasons));
    BigDecimal speed =
        number(json, "speedKmh", EventFields.MIN_SPEED, EventFields.MAX_SPEED, reasons);
    BigDecimal limit =
        number(
            json,
            "speedLimitKmh",
            EventFields.MIN_SPEED_LIMIT,
            EventFields.MAX_SPEED_LIMIT,
            reasons);
    EventFields.speeding(type, speed, limit, reasons);
    String lane = ifText(json, "lane", reasons, sent -> EventFields.lane(sent, reasons));
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
    return new ReadEvent(index, () -> json, sourceId, sourceEventId, cameraCode, event, reasons);
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

  /**
   * The field's value checked by {@code check} when it is text, missing or null (which the check
   * treats as not sent); any other JSON value is refused here and the check is not run.
   */
  private static <T> T ifText(
      JsonObject json, String field, List<Reason> reasons, Function<String, T> check) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return check.apply(null);
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      reasons.add(Reason.of(field, "event.reason.not.text"));
      return null;
    }
    return check.apply(((JsonString) value).getString());
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
    return EventFields.number(field, ((JsonNumber) value).bigDecimalValue(), min, max, reasons);
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
    if (!EventFields.imageCount(items.size(), reasons)) {
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
      String kind =
          ifText(image, "kind", found, sent -> EventFields.text("kind", sent, true, found));
      String data =
          ifText(image, "data", found, sent -> EventFields.text("data", sent, false, found));
      String vms = ifText(image, "vms", found, sent -> EventFields.text("vms", sent, false, found));
      String recording =
          ifText(
              image,
              "recordingId",
              found,
              sent -> EventFields.text("recordingId", sent, false, found));
      String frame =
          ifText(image, "frame", found, sent -> EventFields.text("frame", sent, false, found));
      reasons.addAll(EventFields.ofImage(field, found));
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
      } else {
        IncomingImage inVms = EventFields.inVms(field, kind, vms, recording, frame, reasons);
        if (inVms != null) {
          images.add(inVms);
        }
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
    // Numbers and booleans are kept as their JSON text; nested values become null and are refused.
    Map<String, String> sent = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
      sent.put(
          entry.getKey(),
          switch (entry.getValue().getValueType()) {
            case STRING -> ((JsonString) entry.getValue()).getString();
            case NUMBER, TRUE, FALSE -> entry.getValue().toString();
            default -> null;
          });
    }
    return EventFields.attributes(sent, reasons);
  }
}
