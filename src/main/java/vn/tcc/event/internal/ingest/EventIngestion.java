package vn.tcc.event.internal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EventIntake;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.ReportedEvent;
import vn.tcc.event.api.UrgentEventTypes;
import vn.tcc.event.internal.domain.EventRules;
import vn.tcc.event.internal.domain.EventStore;
import vn.tcc.event.internal.domain.EventToStore;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.IncomingImage;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.event.internal.domain.Rejection;
import vn.tcc.event.internal.evidence.EvidenceStore;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Takes a batch of events from a machine client, posted as JSON or reported typed by another module
 * ({@link EventIntake}): every item is read and checked, new ones are stored with their handover in
 * one transaction, resends are recognised, rejected ones are kept in the quarantine. Either the
 * whole batch's outcome is stored or nothing is.
 */
@ApplicationScoped
public class EventIngestion implements EventIntake {
  public static final int MAX_BATCH = EventIntake.MAX_EVENTS;
  public static final String AUDIT_ACTION = "EVENTS_INGESTED";

  @Inject CameraDirectory cameras;
  @Inject EventStore store;
  @Inject EvidenceStore evidence;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject Instance<UrgentEventTypes> urgency;
  @Inject Event<UrgentEventsAccepted> urgentAccepted;

  @Transactional
  public BatchResult ingest(String clientId, JurisdictionCode clientJurisdiction, JsonArray batch) {
    return process(clientId, clientJurisdiction, read(batch), true);
  }

  /** For a replay from the quarantine: a rejected item stays in its entry instead of a new one. */
  @Transactional
  public BatchResult ingestWithoutQuarantine(
      String clientId, JurisdictionCode clientJurisdiction, JsonArray batch) {
    return process(clientId, clientJurisdiction, read(batch), false);
  }

  @Override
  @Transactional
  public IntakeOutcome report(
      String clientId, JurisdictionCode servedArea, List<ReportedEvent> events) {
    checkSize(events.size());
    List<ReadEvent> items = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      items.add(ReportedEventReader.read(i, events.get(i)));
    }
    BatchResult result = process(clientId, servedArea, items, true);
    return new IntakeOutcome(result.accepted(), result.duplicates(), result.rejected());
  }

  private static List<ReadEvent> read(JsonArray batch) {
    checkSize(batch.size());
    List<ReadEvent> items = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      items.add(EventReader.read(i, batch.get(i)));
    }
    return items;
  }

  private static void checkSize(int size) {
    if (size == 0) {
      throw new ProblemException(422, "problem.events.empty");
    }
    if (size > MAX_BATCH) {
      throw new ProblemException(413, "problem.events.too.many", size, MAX_BATCH);
    }
  }

  private BatchResult process(
      String clientId,
      JurisdictionCode clientJurisdiction,
      List<ReadEvent> items,
      boolean quarantine) {
    Set<String> cameraCodes = new HashSet<>();
    for (ReadEvent item : items) {
      if (item.readable()) {
        cameraCodes.add(item.event().cameraCode());
      }
    }
    Map<String, CameraReference> known = cameras.byCodes(cameraCodes);

    ItemResult[] results = new ItemResult[items.size()];
    List<EventToStore> toStore = new ArrayList<>();
    List<ReadEvent> toStoreItems = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<ReadEvent> rejectedItems = new ArrayList<>();
    Set<String> keysInBatch = new HashSet<>();
    for (ReadEvent item : items) {
      List<Reason> reasons = new ArrayList<>(item.reasons());
      CameraReference camera = null;
      if (item.readable()) {
        camera = known.get(item.event().cameraCode());
        reasons.addAll(EventRules.check(item.event(), camera, clientJurisdiction, clock.instant()));
      }
      if (!reasons.isEmpty()) {
        rejections.add(
            new Rejection(
                item.sourceId(), item.sourceEventId(), item.cameraCode(), item.raw(), reasons));
        rejectedItems.add(item);
        results[item.index()] =
            new ItemResult(
                item.index(),
                item.sourceId(),
                item.sourceEventId(),
                ItemResult.Outcome.REJECTED,
                null,
                null,
                reasons);
      } else if (!keysInBatch.add(item.event().key())) {
        results[item.index()] = duplicate(item); // sent twice in the same batch
      } else {
        toStore.add(
            new EventToStore(item.event(), camera.jurisdiction(), images(item.event(), clientId)));
        toStoreItems.add(item);
      }
    }

    Set<EventType> urgent = urgentTypes();
    Map<String, Long> inserted = store.insertNew(clientId, toStore, urgent);
    int urgentInserted = 0;
    for (EventToStore stored : toStore) {
      if (urgent.contains(stored.event().type()) && inserted.containsKey(stored.event().key())) {
        urgentInserted++;
      }
    }
    if (urgentInserted > 0) {
      // Observed after the commit: the urgent lane's worker starts then, not at its next tick.
      urgentAccepted.fire(new UrgentEventsAccepted(urgentInserted));
    }
    for (ReadEvent item : toStoreItems) {
      Long id = inserted.get(item.event().key());
      results[item.index()] =
          id == null
              ? duplicate(item)
              : new ItemResult(
                  item.index(),
                  item.sourceId(),
                  item.sourceEventId(),
                  ItemResult.Outcome.ACCEPTED,
                  id,
                  null,
                  List.of());
    }
    if (!inserted.isEmpty()) {
      store.resolveQuarantinedByResend(clientId, inserted);
    }
    List<Long> quarantineIds =
        quarantine ? store.quarantine(clientId, clientJurisdiction, rejections) : List.of();
    for (int i = 0; i < quarantineIds.size(); i++) {
      ItemResult rejected = results[rejectedItems.get(i).index()];
      results[rejected.index()] =
          new ItemResult(
              rejected.index(),
              rejected.sourceId(),
              rejected.sourceEventId(),
              rejected.outcome(),
              null,
              quarantineIds.get(i),
              rejected.reasons());
    }
    BatchResult result = BatchResult.of(List.of(results));
    auditTrail.record(
        new AuditRecord(
            AUDIT_ACTION,
            "event-batch",
            clientId,
            clientJurisdiction,
            null,
            false,
            AuditOutcome.SUCCESS,
            "accepted=%d duplicates=%d rejected=%d"
                .formatted(result.accepted(), result.duplicates(), result.rejected())));
    return result;
  }

  private List<EventImage> images(IncomingEvent event, String clientId) {
    List<EventImage> images = new ArrayList<>();
    for (IncomingImage image : event.images()) {
      if (image.isInline()) {
        String sha256 = evidence.put(image.content(), image.mediaType(), clientId).sha256();
        images.add(new EventImage(image.kind(), sha256, image.mediaType(), null, null, null));
      } else {
        images.add(
            new EventImage(
                image.kind(), null, null, image.vmsCode(), image.vmsRecordingId(), image.frame()));
      }
    }
    return images;
  }

  private static ItemResult duplicate(ReadEvent item) {
    return new ItemResult(
        item.index(),
        item.sourceId(),
        item.sourceEventId(),
        ItemResult.Outcome.DUPLICATE,
        null,
        null,
        List.of());
  }

  /** What the modules that act on events at once want handed over ahead of the rest. */
  private Set<EventType> urgentTypes() {
    Set<EventType> urgent = EnumSet.noneOf(EventType.class);
    for (UrgentEventTypes provider : urgency) {
      urgent.addAll(provider.urgentTypes());
    }
    return urgent;
  }
}
