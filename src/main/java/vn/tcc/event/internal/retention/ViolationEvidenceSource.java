package vn.tcc.event.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.ViolationCaseLinks;
import vn.tcc.event.internal.domain.EventRetentionStore;
import vn.tcc.event.internal.domain.EventRetentionStore.EvidenceFile;
import vn.tcc.event.internal.domain.EventRetentionStore.LinkedEvent;
import vn.tcc.event.internal.evidence.EvidenceStore;
import vn.tcc.retention.api.CameraPlaces;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionAuditEntries;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Evidence files (frames, clips) of violation events, each listed once however many events it
 * serves, with every case those events belong to and where each stands (the cases come from the
 * violation module through {@link ViolationCaseLinks}). Counted from capture; the retention rules
 * add the case periods. Item id: the file's SHA-256.
 *
 * <p>A file is deleted whole: its bytes, its index row and its ties to events. A file also tied to
 * an event that is no violation (the image of a plate read that is still kept) is left and answered
 * {@link DeletionOutcome.Result#LOCKED}: that event still uses it, and the plate read's own
 * deletion removes the file once nothing else is tied to it.
 */
@ApplicationScoped
@Transactional
public class ViolationEvidenceSource implements RetentionSource {
  static final List<String> VIOLATION_TYPES =
      Arrays.stream(EventType.values()).filter(EventType::isViolation).map(Enum::name).toList();

  private EventRetentionStore store;
  private EvidenceStore files;
  private CameraDirectory cameras;
  private ViolationCaseLinks caseLinks;
  private AuditTrail audit;

  ViolationEvidenceSource() {}

  @Inject
  ViolationEvidenceSource(
      EventRetentionStore store,
      EvidenceStore files,
      CameraDirectory cameras,
      ViolationCaseLinks caseLinks,
      AuditTrail audit) {
    this.store = store;
    this.files = files;
    this.cameras = cameras;
    this.caseLinks = caseLinks;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.VIOLATION_EVIDENCE;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    List<EvidenceFile> found =
        store.evidenceFiles(VIOLATION_TYPES, startedBefore, RetentionCursor.decode(cursor), limit);
    List<RetainedRecord> items = records(found);
    EvidenceFile last = found.isEmpty() ? null : found.get(found.size() - 1);
    return new CandidatePage(
        items,
        found.size() < limit ? null : RetentionCursor.encode(last.capturedAt(), last.sha256()));
  }

  /**
   * The same items as {@link #candidates} page after page, from one pass over the files and their
   * events (see {@link EventRetentionStore#eachEvidenceFile}); the cases and the cameras' places
   * are still asked per page, a few thousand at a time.
   */
  @Override
  public boolean eachPage(
      Instant startedBefore, int pageSize, Consumer<List<RetainedRecord>> pages) {
    Pages.<EvidenceFile>of(
        pageSize,
        each -> store.eachEvidenceFile(VIOLATION_TYPES, startedBefore, pageSize, each),
        page -> pages.accept(records(page)));
    return true;
  }

  private List<RetainedRecord> records(List<EvidenceFile> found) {
    List<Long> eventIds =
        found.stream().flatMap(f -> f.events().stream()).map(LinkedEvent::eventId).toList();
    Map<Long, CaseLink> cases = eventIds.isEmpty() ? Map.of() : caseLinks.casesOf(eventIds);
    CameraPlaces places =
        CameraPlaces.of(
            cameras,
            found.stream().flatMap(f -> f.events().stream()).map(LinkedEvent::cameraCode).toList());
    return found.stream().map(f -> record(f, cases, places)).toList();
  }

  /**
   * The file as retention sees it: its place (jurisdiction, camera) is that of the first violation
   * event it serves; it shows from the earliest to the latest of its events; its cases are those of
   * all its events, each once.
   */
  static RetainedRecord record(
      EvidenceFile file, Map<Long, CaseLink> casesByEvent, CameraPlaces places) {
    LinkedEvent first =
        file.events().stream()
            .filter(e -> VIOLATION_TYPES.contains(e.eventType()))
            .min(Comparator.comparingLong(LinkedEvent::eventId))
            .orElseThrow(
                () -> new IllegalStateException("Not violation evidence: " + file.sha256()));
    Map<String, CaseLink> cases = new LinkedHashMap<>();
    for (LinkedEvent event : file.events()) {
      CaseLink link = casesByEvent.get(event.eventId());
      if (link != null) {
        cases.putIfAbsent(link.caseNumber(), link);
      }
    }
    Instant from =
        file.events().stream()
            .map(LinkedEvent::occurredAt)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Instant to =
        file.events().stream()
            .map(LinkedEvent::occurredAt)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return new RetainedRecord(
        DataClass.VIOLATION_EVIDENCE,
        file.sha256(),
        file.sentTo() != null ? file.sentTo() : places.level(first.cameraCode()),
        first.jurisdiction(),
        places.ownerType(first.cameraCode()),
        file.capturedAt(),
        first.cameraCode(),
        from,
        to,
        new ArrayList<>(cases.values()),
        null,
        null,
        file.sizeBytes(),
        file.sha256(),
        file.mediaType() + " of event " + first.eventId() + " (" + first.eventType() + ")");
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      List<Long> keptOthers =
          store.eventsTiedTo(item.itemId()).stream()
              .filter(e -> !VIOLATION_TYPES.contains(e.eventType()))
              .map(LinkedEvent::eventId)
              .toList();
      if (!keptOthers.isEmpty()) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(),
                DeletionOutcome.Result.LOCKED,
                "Also the evidence of event(s) " + keptOthers + ", which are kept"));
      } else if (files.delete(item.itemId())) {
        outcomes.add(DeletionOutcome.deleted(item.itemId()));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("evidence", DataClass.VIOLATION_EVIDENCE, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  /** Files still at the commune store by their camera's level; files sent up at the province. */
  @Override
  public List<StoredVolume> volumes() {
    Map<String, StoredVolume> summed = new TreeMap<>();
    List<StoredVolume> all =
        new ArrayList<>(
            CameraVolume.sum(
                DataClass.VIOLATION_EVIDENCE, store.evidenceVolumes(VIOLATION_TYPES), cameras));
    for (CameraVolume sent : store.provincialEvidenceVolumes(VIOLATION_TYPES)) {
      if (sent.jurisdiction() != null) {
        all.add(
            new StoredVolume(
                DataClass.VIOLATION_EVIDENCE,
                StorageLevel.PROVINCIAL_CENTER,
                sent.jurisdiction(),
                sent.items(),
                sent.bytes()));
      }
    }
    for (StoredVolume volume : all) {
      summed.merge(
          volume.level() + "/" + volume.jurisdiction().value(),
          volume,
          (a, b) ->
              new StoredVolume(
                  a.dataClass(),
                  a.level(),
                  a.jurisdiction(),
                  a.items() + b.items(),
                  a.bytes() + b.bytes()));
    }
    return List.copyOf(summed.values());
  }
}
