package vn.tcc.command.internal.incident.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An incident to open, from an event ({@code eventId}) or a camera fault ({@code offlineSince}).
 */
public record NewIncident(
    String kind,
    Severity severity,
    Long eventId,
    Instant offlineSince,
    String cameraCode,
    String cameraName,
    String jurisdiction,
    BigDecimal latitude,
    BigDecimal longitude,
    String address,
    Instant occurredAt,
    String evidenceRef,
    List<String> nearbyCameras) {

  public NewIncident {
    nearbyCameras = List.copyOf(nearbyCameras);
  }
}
