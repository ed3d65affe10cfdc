package vn.tcc.sharing.internal.domain;

import java.time.Instant;

/**
 * A document sharing hands the provider, as issued: the receipt at signing or the destruction
 * certificate, its Word bytes and their SHA-256. Issued once per agreement and kind; never changed.
 * The destruction certificate is also signed with the center's key ({@link Signature}); a receipt
 * carries no signature (null).
 */
public record AgreementDocument(
    Long id,
    long agreementId,
    Kind kind,
    String documentId,
    byte[] content,
    String sha256,
    String issuedBy,
    Instant issuedAt,
    Signature signature) {

  public enum Kind {
    RECEIPT,
    DESTRUCTION_CERTIFICATE
  }

  /**
   * The center's signature over a certificate: the exact text signed (UTF-8), the detached CMS
   * signature over it (DER), and the signer certificate's subject and SHA-256 fingerprint.
   */
  public record Signature(
      String signedContent, byte[] value, String signerSubject, String signerFingerprint) {}
}
