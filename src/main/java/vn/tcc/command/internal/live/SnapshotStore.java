package vn.tcc.command.internal.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.retention.api.CameraVolume;

/** The snapshots' references ({@code command.snapshot}); the bytes are in the evidence store. */
public interface SnapshotStore {
  Snapshot add(Snapshot snapshot);

  Optional<Snapshot> byId(long id);

  /** The camera's snapshots, newest first. */
  List<Snapshot> ofCamera(String cameraCode, int limit);

  /** The snapshots taken for an incident, oldest first. */
  List<Snapshot> ofIncident(long incidentId);

  /** Taken before {@code before}, after the position (taken_at, id), oldest first. */
  List<Snapshot> takenBefore(Instant before, Instant afterAt, long afterId, int limit);

  /** Removes the reference; true when there was one. */
  boolean remove(long id);

  /** Whether another snapshot still names these bytes. */
  boolean namesFile(String sha256);

  List<CameraVolume> volumes();
}
