package vn.tcc.command.internal.live;

import java.time.Instant;

/** A kept frame as the API and the pages show it (the bytes come from their own address). */
public record SnapshotView(
    long id,
    String cameraCode,
    String jurisdiction,
    Long incidentId,
    String sha256,
    String mediaType,
    long sizeBytes,
    Instant takenAt,
    String takenBy,
    String takenName,
    String note) {

  public static SnapshotView of(Snapshot s) {
    return new SnapshotView(
        s.id(),
        s.cameraCode(),
        s.jurisdiction() == null ? null : s.jurisdiction().value(),
        s.incidentId(),
        s.sha256(),
        s.mediaType(),
        s.sizeBytes(),
        s.takenAt(),
        s.takenBy(),
        s.takenName(),
        s.note());
  }
}
