package vn.tcc.event.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.internal.domain.EventRetentionStore;
import vn.tcc.event.internal.domain.EventRetentionStore.QuarantinedEvent;
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
 * Events ingestion refused ({@code vms.quarantine}), whatever became of them (waiting, replayed,
 * dismissed): the entry is the refused copy, a replayed event lives on as an event of its own.
 * Counted from its arrival: {@code received_at}, which a resend of a waiting entry moves to the
 * latest arrival, since the device is still sending it. Its jurisdiction is the sending client's.
 */
@ApplicationScoped
@Transactional
public class QuarantinedEventSource implements RetentionSource {
  private EventRetentionStore store;
  private CameraDirectory cameras;
  private AuditTrail audit;

  QuarantinedEventSource() {}

  @Inject
  QuarantinedEventSource(EventRetentionStore store, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.QUARANTINED_EVENT;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    List<QuarantinedEvent> entries =
        store.quarantined(startedBefore, RetentionCursor.decodeNumeric(cursor), limit);
    CameraPlaces places =
        CameraPlaces.of(cameras, entries.stream().map(QuarantinedEvent::cameraCode).toList());
    List<RetainedRecord> items = entries.stream().map(e -> record(e, places)).toList();
    QuarantinedEvent last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
    return new CandidatePage(
        items,
        entries.size() < limit
            ? null
            : RetentionCursor.encode(last.receivedAt(), Long.toString(last.id())));
  }

  /**
   * The camera it named, if the registry knows it, gives the level; an entry naming none (or a
   * client whose jurisdiction no longer reads) is the province's, where ingestion runs.
   */
  static RetainedRecord record(QuarantinedEvent entry, CameraPlaces places) {
    return new RetainedRecord(
        DataClass.QUARANTINED_EVENT,
        Long.toString(entry.id()),
        places.level(entry.cameraCode()),
        entry.clientJurisdiction(),
        places.ownerType(entry.cameraCode()),
        entry.receivedAt(),
        entry.cameraCode(),
        null,
        null,
        List.of(),
        null,
        null,
        entry.payloadBytes(),
        null,
        "Quarantined event " + entry.id() + " (" + entry.state() + ")");
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
    Set<Long> deleted = store.deleteQuarantined(ids);
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      Long id = EventIds.parse(item.itemId());
      if (id == null) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(),
                DeletionOutcome.Result.FAILED,
                "Not a quarantine entry id: " + item.itemId()));
      } else if (deleted.contains(id)) {
        outcomes.add(DeletionOutcome.deleted(item.itemId()));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("quarantine_entry", DataClass.QUARANTINED_EVENT, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    return CameraVolume.sum(DataClass.QUARANTINED_EVENT, store.quarantineVolumes(), cameras);
  }
}
