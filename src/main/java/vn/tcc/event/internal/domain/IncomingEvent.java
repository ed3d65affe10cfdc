package vn.tcc.event.internal.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.tcc.event.api.EventType;

/** One event of a batch once read and checked field by field; plate already normalised. */
public record IncomingEvent(
    String sourceId,
    String sourceEventId,
    String cameraCode,
    OffsetDateTime occurredAt,
    EventType type,
    String plate,
    BigDecimal plateConfidence,
    String vehicleClass,
    BigDecimal speedKmh,
    BigDecimal speedLimitKmh,
    String lane,
    List<IncomingImage> images,
    Map<String, String> attributes) {

  public IncomingEvent {
    images = List.copyOf(images);
    attributes = Map.copyOf(attributes);
  }

  /** The idempotency key within one client: the source and its own id for the event. */
  public String key() {
    return sourceId + "\u0000" + sourceEventId;
  }
}
