package vn.tcc.event.internal.domain;

import java.time.Instant;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** A rejected event kept whole, with why, until an admin replays or dismisses it. */
public record QuarantineEntry(
    long id,
    String clientId,
    JurisdictionCode clientJurisdiction,
    String sourceId,
    String sourceEventId,
    String cameraCode,
    String payload,
    List<Reason> reasons,
    Instant receivedAt,
    int timesReceived,
    State state,
    String resolvedBy,
    Instant resolvedAt,
    String resolutionNote,
    Long eventId) {

  public enum State {
    WAITING,
    REPLAYED,
    DISMISSED
  }

  public QuarantineEntry {
    reasons = List.copyOf(reasons);
  }
}
