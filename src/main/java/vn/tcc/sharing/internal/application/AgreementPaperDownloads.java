package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.SharingAgreements;

/**
 * Downloading an agreement's receipt or destruction certificate: whoever may see the agreement (its
 * provider, staff it serves; {@link AgreementAdministration#one}, which answers 404 to anyone else
 * and audits the refusal); the download itself is audited.
 */
@ApplicationScoped
public class AgreementPaperDownloads {
  @Inject AgreementAdministration administration;
  @Inject SharingAgreements agreements;
  @Inject AgreementPapers papers;

  /**
   * @param kind RECEIPT or DESTRUCTION_CERTIFICATE
   */
  @Transactional
  public AgreementDocument download(Caller caller, long agreementId, String kind) {
    AgreementDocument.Kind wanted;
    try {
      wanted = AgreementDocument.Kind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException unknown) {
      throw new ProblemException(404, "problem.404.detail");
    }
    administration.one(caller, agreementId);
    return papers.read(caller, agreements.find(agreementId).orElseThrow(), wanted);
  }

  /**
   * The destruction certificate's signature as the pages and the API show it: the signer, his
   * certificate's fingerprint, and whether the stored signature still verifies over the stored text
   * (checked again on every call).
   */
  public record CertificateSignature(
      String documentId,
      String sha256,
      String signerSubject,
      String signerFingerprint,
      java.time.Instant issuedAt,
      boolean valid) {}

  /**
   * The signature of the agreement's destruction certificate, for a caller who may see the
   * agreement; empty when no certificate was issued or it carries no signature (issued before
   * certificates were signed).
   */
  public Optional<CertificateSignature> certificateSignature(Caller caller, long agreementId) {
    administration.one(caller, agreementId);
    return papers
        .stored(agreementId, AgreementDocument.Kind.DESTRUCTION_CERTIFICATE)
        .filter(d -> d.signature() != null)
        .map(
            d ->
                new CertificateSignature(
                    d.documentId(),
                    d.sha256(),
                    d.signature().signerSubject(),
                    d.signature().signerFingerprint(),
                    d.issuedAt(),
                    papers.signatureValid(d)));
  }

  /** The kinds issued for an agreement the caller may see. */
  public List<String> kinds(Caller caller, long agreementId) {
    administration.one(caller, agreementId);
    return papers.kinds(agreementId).stream().map(Enum::name).toList();
  }
}
