package vn.tcc.sharing.internal.domain;

import java.time.Instant;

/**
 * A document sharing hands the provider, as issued: the receipt at signing or the destruction
 * certificate, its Word bytes and their SHA-256. Issued once per agreement and kind; never changed.
 */
public record AgreementDocument(
    Long id,
    long agreementId,
    Kind kind,
    String documentId,
    byte[] content,
    String sha256,
    String issuedBy,
    Instant issuedAt) {

  public enum Kind {
    RECEIPT,
    DESTRUCTION_CERTIFICATE
  }
}
