package vn.tcc.command.internal.incident.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Something on the road (or a camera gone dark) that the command room must handle: opened from an
 * accepted analytics event or a camera fault, placed at its camera, with the frame that shows it
 * and the cameras nearby, and then taken, handled and closed by one operator.
 *
 * @param kind the event type that opened it (ACCIDENT, CONGESTION, ...) or CAMERA_OFFLINE
 * @param eventId the accepted event, null for a camera fault
 * @param evidenceRef where the evidence frame is: an inline image's SHA-256 or a VMS recording
 */
public record Incident(
    long id,
    String kind,
    Severity severity,
    Long eventId,
    String cameraCode,
    String cameraName,
    String jurisdiction,
    String jurisdictionName,
    BigDecimal latitude,
    BigDecimal longitude,
    String address,
    Instant occurredAt,
    Instant openedAt,
    String evidenceRef,
    List<String> nearbyCameras,
    IncidentState state,
    Instant escalatedAt,
    String acknowledgedBy,
    String acknowledgedName,
    Instant acknowledgedAt,
    String closedBy,
    String closedName,
    Instant closedAt,
    IncidentOutcome outcome,
    String closeNote) {

  public Incident {
    nearbyCameras = List.copyOf(nearbyCameras);
  }

  public boolean wasEscalated() {
    return escalatedAt != null;
  }
}
