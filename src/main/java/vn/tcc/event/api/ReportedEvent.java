package vn.tcc.event.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An event as its source reported it, before any check: any field may be missing or wrong, and the
 * intake says which (the same reasons as for a batch posted as JSON). {@code type} is the source's
 * own name for it (e.g. {@code "speeding"}), matched to an {@link EventType}; the plate is
 * normalised there too.
 */
public record ReportedEvent(
    String sourceId,
    String sourceEventId,
    String cameraCode,
    OffsetDateTime occurredAt,
    String type,
    String plate,
    BigDecimal speedKmh,
    BigDecimal speedLimitKmh,
    List<VmsImage> images,
    Map<String, String> attributes) {

  public ReportedEvent {
    images = images == null ? List.of() : List.copyOf(images);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** An image the event's evidence is in a VMS: which VMS, its recording, and what it shows. */
  public record VmsImage(String kind, String vmsCode, String recordingId) {}
}
