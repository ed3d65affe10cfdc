package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * The access check on a private camera: allowed when one of the agreements covering the camera
 * allows it. Each agreement is asked in this order, and the first "no" is its answer:
 *
 * <ol>
 *   <li>state: only ACTIVE shares (a draft, a suspended, expired or revoked one does not);
 *   <li>term: the check happens within the term, and the data was taken within it; a compulsory
 *       grant past its short term says so ({@link AccessReason#COMPULSORY_GRANT_ENDED});
 *   <li>unit: the requesting unit is the receiving unit or inside it (the province's agreement
 *       serves its communes; a commune's does not serve another commune);
 *   <li>data type, then purpose;
 *   <li>hours: the data's time of day and day of week in Vietnam's time ({@link SharingWindow}).
 * </ol>
 *
 * The term is checked against the clock, not the stored state alone, so an agreement stops sharing
 * at the end of its last day even before the expiry timer marks it EXPIRED. When every agreement
 * refuses, the answer is the refusal of the one that got furthest down the list: it tells the user
 * what to fix ("outside the hours" rather than "suspended" when another agreement is suspended).
 */
public final class AccessRules {
  private AccessRules() {}

  /**
   * @param covering the agreements that name this camera, in any state
   * @param now when the check happens
   * @param dataTime when the data was taken (now for a live view)
   */
  public static SharedAccessDecision decide(
      List<SharingAgreement> covering,
      SharedDataType dataType,
      SharingPurpose purpose,
      JurisdictionCode unit,
      Instant now,
      Instant dataTime) {
    if (covering.isEmpty()) {
      return new SharedAccessDecision(false, AccessReason.NO_AGREEMENT, null);
    }
    AccessReason best = null;
    Long bestId = null;
    int bestDepth = -1;
    for (SharingAgreement agreement : covering) {
      AccessReason reason = ask(agreement, dataType, purpose, unit, now, dataTime);
      if (reason == AccessReason.AGREEMENT) {
        return new SharedAccessDecision(true, reason, agreement.id());
      }
      int depth = depth(reason);
      if (depth > bestDepth) {
        best = reason;
        bestId = agreement.id();
        bestDepth = depth;
      }
    }
    return new SharedAccessDecision(false, best, bestId);
  }

  /** One agreement's answer: {@link AccessReason#AGREEMENT} or the first reason it refuses. */
  static AccessReason ask(
      SharingAgreement agreement,
      SharedDataType dataType,
      SharingPurpose purpose,
      JurisdictionCode unit,
      Instant now,
      Instant dataTime) {
    AccessReason byState = byState(agreement);
    if (byState != null) {
      return byState;
    }
    AgreementTerm term = agreement.term();
    if (term.hasEndedAt(now) || term.hasEndedAt(dataTime)) {
      return agreement.isCompulsory()
          ? AccessReason.COMPULSORY_GRANT_ENDED
          : AccessReason.TERM_ENDED;
    }
    if (!term.hasBegunAt(now) || !term.hasBegunAt(dataTime)) {
      return AccessReason.TERM_NOT_STARTED;
    }
    if (unit == null || !agreement.receivingUnit().covers(unit)) {
      return AccessReason.WRONG_UNIT;
    }
    if (!agreement.dataTypes().contains(dataType)) {
      return AccessReason.WRONG_DATA_TYPE;
    }
    if (!agreement.purposes().contains(purpose)) {
      return AccessReason.WRONG_PURPOSE;
    }
    if (!agreement.window().covers(dataTime)) {
      return AccessReason.OUTSIDE_HOURS;
    }
    return AccessReason.AGREEMENT;
  }

  private static AccessReason byState(SharingAgreement agreement) {
    return switch (agreement.state()) {
      case ACTIVE -> null;
      case DRAFT -> AccessReason.NOT_ACTIVE;
      case SUSPENDED -> AccessReason.SUSPENDED;
      case EXPIRED ->
          agreement.isCompulsory() ? AccessReason.COMPULSORY_GRANT_ENDED : AccessReason.EXPIRED;
      case REVOKED, DATA_DESTROYED, PROVIDER_NOTIFIED ->
          agreement.endedAs() == AgreementState.EXPIRED
              ? (agreement.isCompulsory()
                  ? AccessReason.COMPULSORY_GRANT_ENDED
                  : AccessReason.EXPIRED)
              : AccessReason.REVOKED;
    };
  }

  /** How far down the list a refusal came: the further, the more useful to the user. */
  private static int depth(AccessReason reason) {
    return switch (reason) {
      case REVOKED, EXPIRED, COMPULSORY_GRANT_ENDED -> 0;
      case NOT_ACTIVE -> 1;
      case SUSPENDED -> 2;
      case TERM_ENDED -> 3;
      case TERM_NOT_STARTED -> 4;
      case WRONG_UNIT -> 5;
      case WRONG_DATA_TYPE -> 6;
      case WRONG_PURPOSE -> 7;
      case OUTSIDE_HOURS -> 8;
      default -> -1;
    };
  }
}
