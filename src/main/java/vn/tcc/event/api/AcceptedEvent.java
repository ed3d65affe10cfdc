package vn.tcc.event.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * An event TCC accepted from a source, as handed over to the modules that act on it. {@code
 * occurredAt} keeps the offset the source sent. Plate, speed and lane are null where the source did
 * not measure them.
 */
public record AcceptedEvent(
    long id,
    String sourceId,
    String sourceEventId,
    String cameraCode,
    JurisdictionCode jurisdiction,
    OffsetDateTime occurredAt,
    EventType type,
    String plate,
    BigDecimal plateConfidence,
    String vehicleClass,
    BigDecimal speedKmh,
    BigDecimal speedLimitKmh,
    String lane,
    List<EventImage> images,
    Map<String, String> attributes) {

  public AcceptedEvent {
    images = List.copyOf(images);
    attributes = Map.copyOf(attributes);
  }
}
