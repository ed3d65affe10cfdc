package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tcc.retention.api.HoldReference;
import vn.tcc.retention.api.RetentionHolds;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.RetentionCalendar;

/** {@link RetentionHolds} over the stored holds, "today" being the local day in Vietnam. */
@ApplicationScoped
public class HoldQueries implements RetentionHolds {
  private LegalHolds holds;
  private Clock clock;

  HoldQueries() {}

  @Inject
  HoldQueries(LegalHolds holds, Clock clock) {
    this.holds = holds;
    this.clock = clock;
  }

  @Override
  public List<HoldReference> onCase(String caseNumber) {
    return references(holds.inForceOnCase(caseNumber, today()));
  }

  @Override
  public List<HoldReference> onCameraFootage(String cameraCode, Instant from, Instant to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("Footage runs from a time to a later one");
    }
    return references(holds.inForceOnCamera(cameraCode, from, to, today()));
  }

  @Override
  public List<HoldReference> onAgreement(String agreementId) {
    return references(holds.inForceOnAgreement(agreementId, today()));
  }

  private LocalDate today() {
    return RetentionCalendar.day(clock.instant());
  }

  private static List<HoldReference> references(List<LegalHold> inForce) {
    return inForce.stream()
        .map(h -> new HoldReference(h.id(), h.decisionNumber(), h.heldThrough()))
        .toList();
  }
}
