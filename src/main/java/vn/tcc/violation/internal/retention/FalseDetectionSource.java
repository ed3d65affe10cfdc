package vn.tcc.violation.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.api.EventErasure;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.violation.internal.domain.CaseRetentionStore;
import vn.tcc.violation.internal.domain.CaseRetentionStore.EndedCase;
import vn.tcc.violation.internal.domain.CaseRetentionStore.Position;

/**
 * Cases rejected in review as false detections, counted from the rejection (the timeline's move to
 * REJECTED); item id: the case number. Paged in case id order, since the rejection time is on the
 * timeline, not on the case: the cursor's time is the last case's rejection, its id the position.
 * See {@link EndedCaseSource} for why a case is erased rather than removed: the camera's
 * false-detection rate still counts it.
 */
@ApplicationScoped
@Transactional
public class FalseDetectionSource extends EndedCaseSource {
  FalseDetectionSource() {}

  @Inject
  FalseDetectionSource(
      CaseRetentionStore store, EventErasure events, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.events = events;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.FALSE_DETECTION;
  }

  @Override
  String state() {
    return "REJECTED";
  }

  @Override
  CaseLink standing(EndedCase endedCase) {
    return CaseLink.rejected(endedCase.caseNumber());
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    Position after = RetentionCursor.decode(cursor);
    return page(
        store.rejectedCases(startedBefore, after == null ? null : after.id(), limit), limit);
  }
}
