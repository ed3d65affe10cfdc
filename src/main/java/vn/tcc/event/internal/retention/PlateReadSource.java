package vn.tcc.event.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.internal.domain.EventRetentionStore;
import vn.tcc.event.internal.domain.EventRetentionStore.EventsDeleted;
import vn.tcc.event.internal.domain.EventRetentionStore.PlateRead;
import vn.tcc.event.internal.evidence.EvidenceStore;
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
 * Plate reads that are no violation ({@code vms.event} of type PLATE_READ), counted from the read.
 * Deleting one removes the event with the rows that refer to it and the image files no other event
 * is tied to; a file another event still uses stays.
 */
@ApplicationScoped
@Transactional
public class PlateReadSource implements RetentionSource {
  private EventRetentionStore store;
  private EvidenceStore files;
  private CameraDirectory cameras;
  private AuditTrail audit;

  PlateReadSource() {}

  @Inject
  PlateReadSource(
      EventRetentionStore store, EvidenceStore files, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.files = files;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.PLATE_READ;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    List<PlateRead> reads =
        store.plateReads(startedBefore, RetentionCursor.decodeNumeric(cursor), limit);
    List<RetainedRecord> items = records(reads);
    PlateRead last = reads.isEmpty() ? null : reads.get(reads.size() - 1);
    return new CandidatePage(
        items,
        reads.size() < limit
            ? null
            : RetentionCursor.encode(last.occurredAt(), Long.toString(last.id())));
  }

  /** The same items as {@link #candidates} page after page, from one pass over the reads. */
  @Override
  public boolean eachPage(
      Instant startedBefore, int pageSize, Consumer<List<RetainedRecord>> pages) {
    Pages.<PlateRead>of(
        pageSize,
        each -> store.eachPlateRead(startedBefore, pageSize, each),
        page -> pages.accept(records(page)));
    return true;
  }

  private List<RetainedRecord> records(List<PlateRead> reads) {
    CameraPlaces places =
        CameraPlaces.of(cameras, reads.stream().map(PlateRead::cameraCode).toList());
    return reads.stream().map(read -> record(read, places)).toList();
  }

  static RetainedRecord record(PlateRead read, CameraPlaces places) {
    return new RetainedRecord(
        DataClass.PLATE_READ,
        Long.toString(read.id()),
        places.level(read.cameraCode()),
        read.jurisdiction(),
        places.ownerType(read.cameraCode()),
        read.occurredAt(),
        read.cameraCode(),
        read.occurredAt(),
        read.occurredAt(),
        List.of(),
        null,
        null,
        read.ownFileBytes(),
        null,
        "Plate read " + read.id() + " by camera " + read.cameraCode());
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    List<Long> ids = new ArrayList<>();
    for (RetainedRecord item : items) {
      Long id = EventIds.parse(item.itemId());
      if (id != null) {
        ids.add(id);
      }
    }
    EventsDeleted deleted = store.deletePlateReads(ids);
    files.deleteAll(deleted.untiedFiles());
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      Long id = EventIds.parse(item.itemId());
      if (id == null) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(), DeletionOutcome.Result.FAILED, "Not an event id: " + item.itemId()));
      } else if (deleted.deletedIds().contains(id)) {
        outcomes.add(DeletionOutcome.deleted(item.itemId()));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("event", DataClass.PLATE_READ, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    return CameraVolume.sum(DataClass.PLATE_READ, store.plateReadVolumes(), cameras);
  }
}
