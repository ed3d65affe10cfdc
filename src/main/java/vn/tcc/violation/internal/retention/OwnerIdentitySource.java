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
import vn.tcc.violation.internal.domain.CaseRetentionStore.OwnerAnswer;

/**
 * What the population database answered about the owner of a closed case ({@code
 * violation.case_owner}: name, ID number, address, vehicle), counted from the case's closure; item
 * id: the case number (a case has one answer). Deleting it removes the answer; the access record
 * ({@code violation.identity_request}: who asked, for which case, why, which fields, the center's
 * access id) stays, since it holds no answer and is what an inspection of the access asks for.
 */
@ApplicationScoped
@Transactional
public class OwnerIdentitySource implements RetentionSource {
  private CaseRetentionStore store;
  private CameraDirectory cameras;
  private AuditTrail audit;

  OwnerIdentitySource() {}

  @Inject
  OwnerIdentitySource(CaseRetentionStore store, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.OWNER_IDENTITY;
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    List<OwnerAnswer> answers =
        store.ownerAnswers(startedBefore, RetentionCursor.decode(cursor), limit);
    CameraPlaces places =
        CameraPlaces.of(cameras, answers.stream().map(OwnerAnswer::cameraCode).toList());
    List<RetainedRecord> items = answers.stream().map(a -> record(a, places)).toList();
    OwnerAnswer last = answers.isEmpty() ? null : answers.get(answers.size() - 1);
    return new CandidatePage(
        items,
        answers.size() < limit ? null : RetentionCursor.encode(last.closedAt(), last.caseId()));
  }

  static RetainedRecord record(OwnerAnswer answer, CameraPlaces places) {
    return new RetainedRecord(
        DataClass.OWNER_IDENTITY,
        answer.caseNumber(),
        places.level(answer.cameraCode()),
        answer.jurisdiction(),
        places.ownerType(answer.cameraCode()),
        answer.closedAt(),
        answer.cameraCode(),
        null,
        null,
        List.of(CaseLink.closed(answer.caseNumber(), answer.closedAt())),
        null,
        null,
        answer.answerBytes(),
        null,
        "Owner answer of case " + answer.caseNumber());
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    Set<String> erased =
        store.eraseOwnerAnswers(items.stream().map(RetainedRecord::itemId).toList());
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      if (erased.contains(item.itemId())) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(),
                DeletionOutcome.Result.DELETED,
                "Owner answer erased; the access record stays"));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("case_owner", DataClass.OWNER_IDENTITY, gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    return CameraVolume.sum(DataClass.OWNER_IDENTITY, store.ownerAnswerVolumes(), cameras);
  }
}
