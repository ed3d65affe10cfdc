package vn.tcc.violation.internal.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.api.EventErasure;
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
import vn.tcc.violation.internal.domain.CaseRetentionStore.EndedCase;

/**
 * Closed or rejected cases, whose deletion is an erasure: the case keeps its number, camera, dates,
 * violation, fine and state, and loses everything that identifies a person (its plates, the owner,
 * the notice, the appeal's grounds and documents, the reviewers' plates and the reasons on its
 * timeline). Why not remove the rows: the periodic reports to the Provincial People's Committee and
 * a camera's false-detection rate count cases, the audit trail and the signed deletion record name
 * them, and the evidence of a case is kept on its own schedule and still asks where its case
 * stands. The events that made the case lose their plates too (the event module erases them), or
 * the plate would outlive its case. Erasing is idempotent: an erased case is not listed again and
 * answers ALREADY_GONE.
 */
abstract class EndedCaseSource implements RetentionSource {
  CaseRetentionStore store;
  EventErasure events;
  CameraDirectory cameras;
  AuditTrail audit;

  /** The state the cases of this source are in. */
  abstract String state();

  abstract CaseLink standing(EndedCase endedCase);

  /** The retained record of one case of this source. */
  static RetainedRecord record(
      DataClass dataClass, EndedCase ended, CaseLink standing, CameraPlaces places) {
    return new RetainedRecord(
        dataClass,
        ended.caseNumber(),
        places.level(ended.cameraCode()),
        ended.jurisdiction(),
        places.ownerType(ended.cameraCode()),
        ended.endedAt(),
        ended.cameraCode(),
        ended.occurredAt(),
        ended.lastDetectedAt(),
        List.of(standing),
        null,
        null,
        ended.documentBytes(),
        null,
        (dataClass == DataClass.FALSE_DETECTION ? "Rejected case " : "Closed case ")
            + ended.caseNumber());
  }

  CandidatePage page(List<EndedCase> cases, int limit) {
    CameraPlaces places =
        CameraPlaces.of(cameras, cases.stream().map(EndedCase::cameraCode).toList());
    List<RetainedRecord> items =
        cases.stream().map(c -> record(dataClass(), c, standing(c), places)).toList();
    EndedCase last = cases.isEmpty() ? null : cases.get(cases.size() - 1);
    return new CandidatePage(
        items, cases.size() < limit ? null : RetentionCursor.encode(last.endedAt(), last.id()));
  }

  @Override
  public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
    Set<String> erased = store.erase(items.stream().map(RetainedRecord::itemId).toList(), state());
    events.erasePlates(store.eventsOf(erased));
    List<DeletionOutcome> outcomes = new ArrayList<>();
    List<RetainedRecord> gone = new ArrayList<>();
    for (RetainedRecord item : items) {
      if (erased.contains(item.itemId())) {
        outcomes.add(
            new DeletionOutcome(
                item.itemId(),
                DeletionOutcome.Result.DELETED,
                "Personal data and documents erased; the case number and figures stay"));
        gone.add(item);
      } else {
        outcomes.add(DeletionOutcome.alreadyGone(item.itemId()));
      }
    }
    DeletionAuditEntries.entries("violation_case", dataClass(), gone, context)
        .forEach(audit::record);
    return outcomes;
  }

  @Override
  public List<StoredVolume> volumes() {
    return CameraVolume.sum(dataClass(), store.endedCaseVolumes(state()), cameras);
  }
}
