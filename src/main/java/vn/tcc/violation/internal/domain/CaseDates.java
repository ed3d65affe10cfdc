package vn.tcc.violation.internal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The moments of a case that its deadlines run from or stop at; null where it has not happened yet.
 * {@link CaseDeadlines} reads them.
 *
 * @param vehicleClass decides who is warned when the notice goes unanswered
 * @param respondedAt the violator answered the notice (came forward, replied online)
 * @param closedAt rejected or closed: from then no deadline runs
 */
public record CaseDates(
    VehicleClass vehicleClass,
    Instant detectedAt,
    Instant ownerIdentifiedAt,
    Instant noticeIssuedAt,
    Instant respondedAt,
    Instant penaltyDecidedAt,
    Instant paidAt,
    Instant closedAt) {

  public CaseDates {
    Objects.requireNonNull(vehicleClass, "vehicleClass");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }

  /** A case just detected. */
  public static CaseDates detected(VehicleClass vehicleClass, Instant detectedAt) {
    return new CaseDates(vehicleClass, detectedAt, null, null, null, null, null, null);
  }

  public CaseDates withOwnerIdentifiedAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        at,
        noticeIssuedAt,
        respondedAt,
        penaltyDecidedAt,
        paidAt,
        closedAt);
  }

  public CaseDates withNoticeIssuedAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        ownerIdentifiedAt,
        at,
        respondedAt,
        penaltyDecidedAt,
        paidAt,
        closedAt);
  }

  public CaseDates withRespondedAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        ownerIdentifiedAt,
        noticeIssuedAt,
        at,
        penaltyDecidedAt,
        paidAt,
        closedAt);
  }

  public CaseDates withPenaltyDecidedAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        ownerIdentifiedAt,
        noticeIssuedAt,
        respondedAt,
        at,
        paidAt,
        closedAt);
  }

  public CaseDates withPaidAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        ownerIdentifiedAt,
        noticeIssuedAt,
        respondedAt,
        penaltyDecidedAt,
        at,
        closedAt);
  }

  public CaseDates withClosedAt(Instant at) {
    return new CaseDates(
        vehicleClass,
        detectedAt,
        ownerIdentifiedAt,
        noticeIssuedAt,
        respondedAt,
        penaltyDecidedAt,
        paidAt,
        at);
  }
}
