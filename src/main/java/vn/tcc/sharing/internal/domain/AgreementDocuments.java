package vn.tcc.sharing.internal.domain;

import java.util.List;
import java.util.Optional;

/** The issued receipts and certificates, and what writing them needs to read (repository port). */
public interface AgreementDocuments {
  /**
   * Stores the document unless one of its kind exists for the agreement; returns the stored one.
   */
  AgreementDocument issue(AgreementDocument document);

  Optional<AgreementDocument> find(long agreementId, AgreementDocument.Kind kind);

  /** The kinds issued for the agreement. */
  List<AgreementDocument.Kind> kinds(long agreementId);

  /** A unit's name in Vietnamese (the code when unknown). */
  String unitName(String jurisdictionCode);

  /** How many looks at the agreement's cameras it allowed (the data received under it). */
  long allowedAccesses(long agreementId);
}
