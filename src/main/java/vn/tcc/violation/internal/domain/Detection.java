package vn.tcc.violation.internal.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tcc.event.api.EventType;

/**
 * One accepted event as the case grouping sees it.
 *
 * @param eventId the accepted event's id ({@code AcceptedEvent.id})
 * @param plate as recognised; null or blank when the camera read none
 * @param siteCode the site the camera reports to (from the camera registry); null when unknown
 */
public record Detection(
    long eventId,
    Instant occurredAt,
    EventType type,
    String plate,
    String cameraCode,
    String siteCode) {

  public Detection {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameraCode, "cameraCode");
  }

  /** The plate normalised ({@link PlateNumber}); empty when none was read. */
  public String normalisedPlate() {
    return PlateNumber.normalise(plate);
  }

  public boolean hasPlate() {
    return !normalisedPlate().isEmpty();
  }

  /** Violations open cases; plate reads and traffic counts are analytics only. */
  public boolean opensCase() {
    return type.isViolation();
  }
}
