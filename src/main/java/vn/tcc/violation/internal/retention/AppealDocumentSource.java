package vn.tcc.violation.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.retention.api.CameraPlaces;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionAuditEntries;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.violation.internal.domain.CaseRetentionStore;
import vn.tcc.violation.internal.domain.CaseRetentionStore.AppealDocument;

/**
 * The documents filed with the appeal of a closed case ({@code violation.appeal_document}), counted
 * from the case's closure; item id: the document's id. The appeal itself (grounds, decision)
 * belongs to the case and goes with its erasure.
 */
@ApplicationScoped
@Transactional
public class AppealDocumentSource implements RetentionSource {
  private CaseRetentionStore store;
  private CameraDirectory cameras;
  private AuditTrail audit;

  AppealDocumentSource() {}

  @Inject
  AppealDocumentSource(CaseRetentionStore store, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.APPEAL_DOCUMENT;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    List<AppealDocument> documents =
        store.appealDocuments(startedBefore, RetentionCursor.decode(cursor), limit);
    CameraPlaces places =
        CameraPlaces.of(cameras, documents.stream().map(AppealDocument::cameraCode).toList());
    List<RetainedRecord> items = documents.stream().map(d -> record(d, places)).toList();
    AppealDocument last = documents.isEmpty() ? null : documents.get(documents.size() - 1);
    return new CandidatePage(
        items,
        documents.size() < limit ? null : RetentionCursor.encode(last.closedAt(), last.id()));
  }

  static RetainedRecord record(AppealDocument document, CameraPlaces places) {
    return new RetainedRecord(
        DataClass.APPEAL_DOCUMENT,
        Long.toString(document.id()),
        places.level(document.cameraCode()),
        document.jurisdiction(),
        places.ownerType(document.cameraCode()),
        document.closedAt(),
        document.cameraCode(),
        null,
        null,
        List.of(CaseLink.closed(document.caseNumber(), document.closedAt())),
        null,
        null,
        document.sizeBytes(),
        document.sha256(),
        document.mediaType() + " filed with the appeal of case " + document.caseNumber());
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    List<Long> ids = new ArrayList<>();
    for (RetainedRecord item : items) {
      if (item.itemId().matches("[0-9]{1,18}")) {
        ids.add(Long.valueOf(item.itemId()));
      }
    }
    Set<Long> deleted = store.deleteAppealDocuments(ids);
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      if (!item.itemId().matches("[0-9]{1,18}")) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(),
                DeletionOutcome.Result.FAILED,
                "Not an appeal document id: " + item.itemId()));
      } else if (deleted.contains(Long.valueOf(item.itemId()))) {
        outcomes.add(DeletionOutcome.deleted(item.itemId()));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("appeal_document", DataClass.APPEAL_DOCUMENT, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    return CameraVolume.sum(DataClass.APPEAL_DOCUMENT, store.appealDocumentVolumes(), cameras);
  }
}
