package vn.tcc.command.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.command.internal.live.Snapshot;
import vn.tcc.command.internal.live.SnapshotStore;
import vn.tcc.event.api.EvidenceFiles;
import vn.tcc.retention.api.CameraPlaces;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionAuditEntries;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.shared.audit.AuditTrail;

/**
 * The command room's snapshots as retention sees them: one item per snapshot (id), counted from its
 * taking, at the keeping level of its camera. Deleting one removes its reference, and its file when
 * no other snapshot names the same bytes and no event holds them as its own evidence.
 */
@ApplicationScoped
@Transactional
public class CommandSnapshotSource implements RetentionSource {
  private SnapshotStore store;
  private EvidenceFiles files;
  private CameraDirectory cameras;
  private AuditTrail audit;

  CommandSnapshotSource() {}

  @Inject
  CommandSnapshotSource(
      SnapshotStore store, EvidenceFiles files, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.files = files;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.COMMAND_SNAPSHOT;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    Instant afterAt = Instant.EPOCH.minusSeconds(1);
    long afterId = 0;
    if (cursor != null) {
      int bar = cursor.indexOf('|');
      try {
        afterAt = Instant.parse(cursor.substring(0, Math.max(0, bar)));
        afterId = Long.parseLong(cursor.substring(bar + 1));
      } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("Not a retention cursor: " + cursor, e);
      }
    }
    List<Snapshot> found = store.takenBefore(startedBefore, afterAt, afterId, limit);
    CameraPlaces places =
        CameraPlaces.of(cameras, found.stream().map(Snapshot::cameraCode).toList());
    List<RetainedRecord> items = found.stream().map(s -> record(s, places)).toList();
    Snapshot last = found.isEmpty() ? null : found.get(found.size() - 1);
    return new CandidatePage(items, found.size() < limit ? null : last.takenAt() + "|" + last.id());
  }

  static RetainedRecord record(Snapshot snapshot, CameraPlaces places) {
    return new RetainedRecord(
        DataClass.COMMAND_SNAPSHOT,
        Long.toString(snapshot.id()),
        places.level(snapshot.cameraCode()),
        snapshot.jurisdiction(),
        places.ownerType(snapshot.cameraCode()),
        snapshot.takenAt(),
        snapshot.cameraCode(),
        snapshot.takenAt(),
        snapshot.takenAt(),
        List.of(),
        null,
        null,
        snapshot.sizeBytes(),
        snapshot.sha256(),
        snapshot.mediaType()
            + " taken from camera "
            + snapshot.cameraCode()
            + (snapshot.incidentId() == null ? "" : " for incident " + snapshot.incidentId()));
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      long id;
      try {
        id = Long.parseLong(item.itemId());
      } catch (NumberFormatException e) {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
        continue;
      }
      if (!store.remove(id)) {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
        continue;
      }
      if (item.sha256() != null && !store.namesFile(item.sha256())) {
        // Kept when an event holds the same bytes as its evidence: that event's retention decides.
        files.deleteUnlessTied(item.sha256());
      }
      outcomes.add(DeletionOutcome.deleted(item.itemId()));
      gone.add(item);
    }
    DeletionAuditEntries.entries("snapshot", DataClass.COMMAND_SNAPSHOT, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    List<CameraVolume> perCamera = store.volumes();
    return CameraVolume.sum(DataClass.COMMAND_SNAPSHOT, perCamera, cameras);
  }
}
