package vn.tcc.violation.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;

/** A violation case as stored: what was detected, where it stands, and what was decided. */
public record CaseRecord(
    long id,
    String number,
    JurisdictionCode jurisdiction,
    String cameraCode,
    String detectedType,
    String detectedPlate,
    BigDecimal plateConfidence,
    String vehicleClass,
    BigDecimal speedKmh,
    BigDecimal speedLimitKmh,
    long firstEventId,
    Instant occurredAt,
    Instant lastDetectedAt,
    int detections,
    CaseState state,
    CaseState escalatedFrom,
    String verifiedPlate,
    String verifiedType,
    Fine fine,
    LocalDate identificationDue,
    Instant ownerIdentifiedAt,
    Instant noticeIssuedAt,
    Instant penaltyDecidedAt,
    Instant paidAt,
    Instant closedAt,
    Instant openedAt,
    int version,
    Long fineVnd,
    java.time.LocalDate responseDue,
    java.time.LocalDate paymentDue) {

  public CaseLifecycle lifecycle() {
    return new CaseLifecycle(state, escalatedFrom);
  }

  /** The rule in force on the violation date, as copied when the case was verified. */
  public record Fine(
      String outcome,
      Long minVnd,
      Long maxVnd,
      Integer licencePoints,
      String legalReferenceVi,
      String legalReferenceEn,
      LocalDate effectiveFrom) {}
}
