package vn.tcc.violation.internal.domain;

import java.time.LocalDate;
import vn.tcc.event.api.EventType;

/**
 * One line of the fine table as a legal text sets it, for the period it is in force: for a
 * violation by a vehicle class (and, for speeding, a band of km/h over the limit), the fine range
 * in VND and the licence points deducted (a licence carries 12).
 *
 * @param speedBand required for {@link EventType#SPEEDING}, absent (null) for every other type
 * @param legalReferenceVi the legal basis as shown in Vietnamese, e.g. "Nghị định 168/2024/NĐ-CP"
 * @param legalReferenceEn the same in English
 * @param effectiveFrom first day in force (local date in Vietnam)
 * @param effectiveUntil last day in force, included; null while no later text replaced it
 */
public record FineRule(
    EventType violationType,
    VehicleClass vehicleClass,
    SpeedBand speedBand,
    long minFineVnd,
    long maxFineVnd,
    int licencePoints,
    String legalReferenceVi,
    String legalReferenceEn,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {

  public static final int LICENCE_POINTS = 12;

  /**
   * @throws ViolationRuleException {@code violation.fine.rule.*} (422) for an inconsistent line
   */
  public FineRule {
    if (violationType == null || !violationType.isViolation() || vehicleClass == null) {
      throw ViolationRuleException.invalid("violation.fine.rule.type");
    }
    if ((violationType == EventType.SPEEDING) != (speedBand != null)) {
      throw ViolationRuleException.invalid("violation.fine.rule.band", violationType);
    }
    if (minFineVnd < 0 || maxFineVnd < minFineVnd) {
      throw ViolationRuleException.invalid("violation.fine.rule.amount", minFineVnd, maxFineVnd);
    }
    if (licencePoints < 0 || licencePoints > LICENCE_POINTS) {
      throw ViolationRuleException.invalid("violation.fine.rule.points", licencePoints);
    }
    if (effectiveFrom == null
        || (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom))) {
      throw ViolationRuleException.invalid("violation.fine.rule.dates");
    }
    if (legalReferenceVi == null
        || legalReferenceVi.isBlank()
        || legalReferenceEn == null
        || legalReferenceEn.isBlank()) {
      throw ViolationRuleException.invalid("violation.fine.rule.reference");
    }
  }

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
  }

  /**
   * True when both lines could answer for the same violation on the same day: same type and vehicle
   * class, speed bands that share a speed, periods that share a day.
   */
  public boolean conflictsWith(FineRule other) {
    return violationType == other.violationType
        && vehicleClass == other.vehicleClass
        && (speedBand == null || speedBand.overlaps(other.speedBand))
        && !endsBefore(this, other)
        && !endsBefore(other, this);
  }

  private static boolean endsBefore(FineRule a, FineRule b) {
    return a.effectiveUntil != null && a.effectiveUntil.isBefore(b.effectiveFrom);
  }
}
