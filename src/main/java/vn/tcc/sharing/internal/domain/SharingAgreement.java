package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * An agreement under which a provider shares some of his cameras with a police unit (Law on Data
 * 60/2024, Art. 18): which cameras, which data, at which hours, for which purposes, on what legal
 * basis, where the received data is kept and for how many days, for what term, and the SHA-256 of
 * the signed document. Its content is fixed once drafted; only its state moves ({@link
 * AgreementLifecycle}), so what was agreed when an access was allowed never changes afterwards.
 *
 * @param id null until stored
 * @param receivingUnit the police unit the data is shared with: a commune/ward, or the province
 * @param decisionNumber the decision that makes sharing compulsory; only with a compulsory basis
 * @param endedAs EXPIRED or REVOKED once it ended that way, kept through destruction and notice
 * @param version optimistic lock of the stored row
 */
public record SharingAgreement(
    Long id,
    long providerId,
    String title,
    JurisdictionCode receivingUnit,
    Set<String> cameraCodes,
    Set<SharedDataType> dataTypes,
    Set<SharingPurpose> purposes,
    SharingWindow window,
    LegalBasis legalBasis,
    String decisionNumber,
    StoragePlace storagePlace,
    int retentionDays,
    AgreementTerm term,
    String documentSha256,
    AgreementState state,
    AgreementState endedAs,
    long version,
    String createdBy,
    Instant createdAt) {

  /**
   * A compulsory grant lasts at most this many days: an emergency is not a standing arrangement.
   */
  public static final int MAX_COMPULSORY_DAYS = 30;

  public static final int MAX_RETENTION_DAYS = 3650;

  public static final int MAX_CAMERAS = 500;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public SharingAgreement {
    Objects.requireNonNull(receivingUnit, "receivingUnit");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(storagePlace, "storagePlace");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    if (title == null || title.isBlank()) {
      throw SharingRuleException.invalid("sharing.agreement.titleRequired");
    }
    if (cameraCodes == null || cameraCodes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.camerasRequired");
    }
    if (cameraCodes.size() > MAX_CAMERAS) {
      throw SharingRuleException.invalid("sharing.agreement.tooManyCameras", MAX_CAMERAS);
    }
    if (dataTypes == null || dataTypes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.dataTypesRequired");
    }
    if (purposes == null || purposes.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.purposesRequired");
    }
    cameraCodes = Set.copyOf(new TreeSet<>(cameraCodes));
    dataTypes = Set.copyOf(EnumSet.copyOf(dataTypes));
    purposes = Set.copyOf(EnumSet.copyOf(purposes));
    boolean hasDecision = decisionNumber != null && !decisionNumber.isBlank();
    if (legalBasis.isCompulsory() && !hasDecision) {
      throw SharingRuleException.invalid("sharing.agreement.decisionRequired");
    }
    if (!legalBasis.isCompulsory() && hasDecision) {
      throw SharingRuleException.invalid("sharing.agreement.decisionOnlyCompulsory");
    }
    if (legalBasis.isCompulsory() && term.days() > MAX_COMPULSORY_DAYS) {
      throw SharingRuleException.invalid(
          "sharing.agreement.compulsoryTooLong", MAX_COMPULSORY_DAYS);
    }
    if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
      throw SharingRuleException.invalid("sharing.agreement.retentionDays", 1, MAX_RETENTION_DAYS);
    }
    if (documentSha256 != null && !SHA256.matcher(documentSha256).matches()) {
      throw SharingRuleException.invalid("sharing.agreement.sha256");
    }
    if ((state == AgreementState.ACTIVE || state == AgreementState.SUSPENDED)
        && documentSha256 == null) {
      throw SharingRuleException.invalid("sharing.agreement.documentRequired");
    }
  }

  /** A new draft; nothing is shared until an administrator activates it. */
  public static SharingAgreement draft(
      long providerId,
      String title,
      JurisdictionCode receivingUnit,
      Set<String> cameraCodes,
      Set<SharedDataType> dataTypes,
      Set<SharingPurpose> purposes,
      SharingWindow window,
      LegalBasis legalBasis,
      String decisionNumber,
      StoragePlace storagePlace,
      int retentionDays,
      AgreementTerm term,
      String documentSha256,
      String createdBy,
      Instant createdAt) {
    return new SharingAgreement(
        null,
        providerId,
        title,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        window,
        legalBasis,
        decisionNumber,
        storagePlace,
        retentionDays,
        term,
        documentSha256,
        AgreementState.DRAFT,
        null,
        0,
        createdBy,
        createdAt);
  }

  /**
   * The agreement moved to {@code to} by this kind of actor at {@code at}: the lifecycle's rule,
   * plus what a move needs. Activation needs the signed document (given now or at drafting) and a
   * term not yet over; expiry needs the term over.
   *
   * @param document the signed document's SHA-256 given on activation; null otherwise
   * @throws SharingRuleException 409, 403 or 422 as the rule says
   */
  public SharingAgreement moveTo(AgreementState to, ActorKind by, Instant at, String document) {
    AgreementLifecycle.check(state, to, by);
    String sha = documentSha256;
    if (to == AgreementState.ACTIVE) {
      if (document != null) {
        if (sha != null && !sha.equals(document)) {
          throw SharingRuleException.conflict("sharing.agreement.otherDocument");
        }
        sha = document;
      }
      if (sha == null) {
        throw SharingRuleException.invalid("sharing.agreement.documentRequired");
      }
      if (term.hasEndedAt(at)) {
        throw SharingRuleException.conflict("sharing.agreement.termOver", term.endsOn());
      }
    }
    if (to == AgreementState.EXPIRED && !term.hasEndedAt(at)) {
      throw SharingRuleException.conflict("sharing.agreement.termNotOver", term.endsOn());
    }
    AgreementState ended =
        to == AgreementState.EXPIRED || to == AgreementState.REVOKED ? to : endedAs;
    return new SharingAgreement(
        id,
        providerId,
        title,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        window,
        legalBasis,
        decisionNumber,
        storagePlace,
        retentionDays,
        term,
        sha,
        to,
        ended,
        version,
        createdBy,
        createdAt);
  }

  public SharingAgreement withId(long storedId) {
    return new SharingAgreement(
        storedId,
        providerId,
        title,
        receivingUnit,
        cameraCodes,
        dataTypes,
        purposes,
        window,
        legalBasis,
        decisionNumber,
        storagePlace,
        retentionDays,
        term,
        documentSha256,
        state,
        endedAs,
        version,
        createdBy,
        createdAt);
  }

  public boolean isCompulsory() {
    return legalBasis.isCompulsory();
  }
}
