package vn.tcc.event.internal.ingest;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.ReportedEvent;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.IncomingImage;
import vn.tcc.event.internal.domain.Reason;

/**
 * Reads a typed report of an event with the same field checks, in the same order, as {@link
 * EventReader} reads a JSON item, so a report gets the reasons the same event posted as JSON would.
 */
public final class ReportedEventReader {
  private ReportedEventReader() {}

  public static ReadEvent read(int index, ReportedEvent reported) {
    List<Reason> reasons = new ArrayList<>();
    String sourceId = EventFields.identifier("sourceId", reported.sourceId(), reasons);
    String sourceEventId =
        EventFields.identifier("sourceEventId", reported.sourceEventId(), reasons);
    String cameraCode = EventFields.cameraCode(reported.cameraCode(), reasons);
    OffsetDateTime occurredAt = EventFields.occurredAt(reported.occurredAt(), reasons);
    EventType type = EventFields.type(reported.type(), reasons);
    String plate = EventFields.plate(reported.plate(), reasons);
    BigDecimal speed =
        EventFields.number(
            "speedKmh", reported.speedKmh(), EventFields.MIN_SPEED, EventFields.MAX_SPEED, reasons);
    BigDecimal limit =
        EventFields.number(
            "speedLimitKmh",
            reported.speedLimitKmh(),
            EventFields.MIN_SPEED_LIMIT,
            EventFields.MAX_SPEED_LIMIT,
            reasons);
    EventFields.speeding(type, speed, limit, reasons);
    List<IncomingImage> images = images(reported.images(), reasons);
    Map<String, String> attributes = EventFields.attributes(reported.attributes(), reasons);
    IncomingEvent event =
        reasons.isEmpty()
            ? new IncomingEvent(
                sourceId,
                sourceEventId,
                cameraCode,
                occurredAt,
                type,
                plate,
                null,
                null,
                speed,
                limit,
                null,
                images,
                attributes)
            : null;
    return new ReadEvent(
        index, () -> asSent(reported), sourceId, sourceEventId, cameraCode, event, reasons);
  }

  private static List<IncomingImage> images(
      List<ReportedEvent.VmsImage> reported, List<Reason> reasons) {
    if (!EventFields.imageCount(reported.size(), reasons)) {
      return List.of();
    }
    List<IncomingImage> images = new ArrayList<>();
    for (int i = 0; i < reported.size(); i++) {
      String field = "images[" + i + "]";
      ReportedEvent.VmsImage image = reported.get(i);
      List<Reason> found = new ArrayList<>();
      String kind = EventFields.text("kind", image.kind(), true, found);
      String vms = EventFields.text("vms", image.vmsCode(), false, found);
      String recording = EventFields.text("recordingId", image.recordingId(), false, found);
      reasons.addAll(EventFields.ofImage(field, found));
      if (found.isEmpty()) {
        IncomingImage inVms = EventFields.inVms(field, kind, vms, recording, null, reasons);
        if (inVms != null) {
          images.add(inVms);
        }
      }
    }
    return images;
  }

  /**
   * The report as the JSON item a source would have posted, in the quarantine's format: what a
   * replay reads back with {@link EventReader}. Missing fields are left out, as a source would.
   */
  static JsonObject asSent(ReportedEvent reported) {
    JsonObjectBuilder item = JSON.createObjectBuilder();
    addIfPresent(item, "sourceId", reported.sourceId());
    addIfPresent(item, "sourceEventId", reported.sourceEventId());
    addIfPresent(item, "cameraCode", reported.cameraCode());
    if (reported.occurredAt() != null) {
      item.add("occurredAt", reported.occurredAt().toString());
    }
    addIfPresent(item, "type", reported.type());
    addIfPresent(item, "plate", reported.plate());
    if (reported.speedKmh() != null) {
      item.add("speedKmh", reported.speedKmh());
    }
    if (reported.speedLimitKmh() != null) {
      item.add("speedLimitKmh", reported.speedLimitKmh());
    }
    JsonArrayBuilder images = JSON.createArrayBuilder();
    for (ReportedEvent.VmsImage image : reported.images()) {
      JsonObjectBuilder json = JSON.createObjectBuilder();
      addIfPresent(json, "kind", image.kind());
      addIfPresent(json, "vms", image.vmsCode());
      addIfPresent(json, "recordingId", image.recordingId());
      images.add(json);
    }
    JsonObjectBuilder attributes = JSON.createObjectBuilder();
    reported.attributes().forEach(attributes::add);
    return item.add("images", images).add("attributes", attributes).build();
  }

  private static void addIfPresent(JsonObjectBuilder json, String field, String value) {
    if (value != null) {
      json.add(field, value);
    }
  }
}
