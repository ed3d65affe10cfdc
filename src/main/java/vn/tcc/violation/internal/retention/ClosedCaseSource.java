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

/** Closed cases, counted from closure; item id: the case number. See {@link EndedCaseSource}. */
@ApplicationScoped
@Transactional
public class ClosedCaseSource extends EndedCaseSource {
  ClosedCaseSource() {}

  @Inject
  ClosedCaseSource(
      CaseRetentionStore store, EventErasure events, CameraDirectory cameras, AuditTrail audit) {
    this.store = store;
    this.events = events;
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public DataClass dataClass() {
    return DataClass.CLOSED_CASE;
  }

  @Override
  String state() {
    return "CLOSED";
  }

  @Override
  CaseLink standing(EndedCase endedCase) {
    return CaseLink.closed(endedCase.caseNumber(), endedCase.endedAt());
  }

  @Override
  public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
    return page(store.closedCases(startedBefore, RetentionCursor.decode(cursor), limit), limit);
  }
}
