package vn.tcc.sharing.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * Compulsory access (the emergency bases of Law on Data 60/2024, Art. 18: emergency, threat to
 * national security, disaster, riot, terrorism) to a provider's cameras without, or beyond, his
 * agreement: its own decision number, a short term of its own, the cameras, data types and purposes
 * it opens, the unit it serves. An officer or supervisor requests it; a supervisor other than the
 * requester approves it (four eyes); the provider sees it afterwards on his page.
 *
 * @param id null until stored
 * @param validFrom the first moment it allows access
 * @param validUntil the first moment it no longer does (the end is excluded)
 * @param decidedBy the supervisor who approved or rejected it; null while requested
 */
public record CompulsoryGrant(
    Long id,
    long providerId,
    LegalBasis legalBasis,
    String decisionNumber,
    JurisdictionCode receivingUnit,
    Set<String> cameraCodes,
    Set<SharedDataType> dataTypes,
    Set<SharingPurpose> purposes,
    Instant validFrom,
    Instant validUntil,
    String reason,
    GrantState state,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    long version) {

  /** An emergency is not a standing arrangement: at most as long as a compulsory agreement. */
  public static final Duration MAX_TERM = Duration.ofDays(SharingAgreement.MAX_COMPULSORY_DAYS);

  public CompulsoryGrant {
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(receivingUnit, "receivingUnit");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(state, "state");
    if (!legalBasis.isCompulsory()) {
      throw SharingRuleException.invalid("sharing.grant.basisNotCompulsory");
    }
    if (decisionNumber == null || decisionNumber.isBlank()) {
      throw SharingRuleException.invalid("sharing.grant.decisionRequired");
    }
    if (cameraCodes == null || cameraCodes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.camerasRequired");
    }
    if (cameraCodes.size() > SharingAgreement.MAX_CAMERAS) {
      throw SharingRuleException.invalid(
          "sharing.agreement.tooManyCameras", SharingAgreement.MAX_CAMERAS);
    }
    if (dataTypes == null || dataTypes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.dataTypesRequired");
    }
    if (purposes == null || purposes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.purposesRequired");
    }
    if (!validUntil.isAfter(validFrom)) {
      throw SharingRuleException.invalid("sharing.grant.termOrder");
    }
    if (Duration.between(validFrom, validUntil).compareTo(MAX_TERM) > 0) {
      throw SharingRuleException.invalid(
          "sharing.grant.termTooLong", SharingAgreement.MAX_COMPULSORY_DAYS);
    }
    if ((state == GrantState.APPROVED || state == GrantState.REJECTED)
        && (decidedBy == null || decidedBy.equals(requestedBy))) {
      throw SharingRuleException.forbidden("sharing.grant.fourEyes");
    }
    cameraCodes = Set.copyOf(cameraCodes);
    dataTypes = Set.copyOf(dataTypes);
    purposes = Set.copyOf(purposes);
  }

  /**
   * The supervisor's decision: approve or reject a requested grant. The requester may not decide
   * his own request (four eyes), nor may anyone but a supervisor.
   */
  public CompulsoryGrant decide(
      boolean approve, String supervisor, boolean isSupervisor, String note, Instant at) {
    if (state != GrantState.REQUESTED) {
      throw SharingRuleException.conflict("sharing.grant.notRequested");
    }
    if (!isSupervisor) {
      throw SharingRuleException.forbidden("sharing.grant.supervisorOnly");
    }
    if (supervisor == null || supervisor.equals(requestedBy)) {
      throw SharingRuleException.forbidden("sharing.grant.fourEyes");
    }
    if (approve && !validUntil.isAfter(at)) {
      // Approving a grant whose term is already over would open nothing: say so.
      throw SharingRuleException.conflict("sharing.grant.alreadyOver");
    }
    return new CompulsoryGrant(
        id,
        providerId,
        legalBasis,
        decisionNumber,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        validFrom,
        validUntil,
        reason,
        approve ? GrantState.APPROVED : GrantState.REJECTED,
        requestedBy,
        requestedAt,
        supervisor,
        at,
        note,
        version);
  }

  /** The requester takes back his request before anyone decided it. */
  public CompulsoryGrant withdraw(String who, Instant at) {
    if (state != GrantState.REQUESTED) {
      throw SharingRuleException.conflict("sharing.grant.notRequested");
    }
    if (!Objects.equals(who, requestedBy)) {
      throw SharingRuleException.forbidden("sharing.grant.requesterOnly");
    }
    return new CompulsoryGrant(
        id,
        providerId,
        legalBasis,
        decisionNumber,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        validFrom,
        validUntil,
        reason,
        GrantState.WITHDRAWN,
        requestedBy,
        requestedAt,
        who,
        at,
        null,
        version);
  }

  public CompulsoryGrant withId(long storedId) {
    return new CompulsoryGrant(
        storedId,
        providerId,
        legalBasis,
        decisionNumber,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        validFrom,
        validUntil,
        reason,
        state,
        requestedBy,
        requestedAt,
        decidedBy,
        decidedAt,
        decisionNote,
        version);
  }

  /** In force at this moment: approved, begun, not ended (the end is excluded). */
  public boolean inForceAt(Instant at) {
    return state == GrantState.APPROVED && !at.isBefore(validFrom) && at.isBefore(validUntil);
  }

  /**
   * This grant's answer for a look at one of its cameras: {@link AccessReason#COMPULSORY_GRANT} or
   * why not. The term is checked against the clock of the look (an emergency opens the cameras
   * while it lasts, including their recordings from before it), then unit, data type and purpose.
   */
  public AccessReason ask(
      String cameraCode,
      SharedDataType dataType,
      SharingPurpose purpose,
      JurisdictionCode unit,
      Instant now) {
    if (state != GrantState.APPROVED || !cameraCodes.contains(cameraCode)) {
      return AccessReason.NO_AGREEMENT;
    }
    if (now.isBefore(validFrom)) {
      return AccessReason.TERM_NOT_STARTED;
    }
    if (!now.isBefore(validUntil)) {
      return AccessReason.COMPULSORY_GRANT_ENDED;
    }
    if (unit == null || !receivingUnit.covers(unit)) {
      return AccessReason.WRONG_UNIT;
    }
    if (!dataTypes.contains(dataType)) {
      return AccessReason.WRONG_DATA_TYPE;
    }
    if (!purposes.contains(purpose)) {
      return AccessReason.WRONG_PURPOSE;
    }
    return AccessReason.COMPULSORY_GRANT;
  }
}
