package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tcc.shared.signing.DocumentSigner;

/**
 * The center's key and CMS signature, offered to other modules through {@link DocumentSigner}
 * (reporting signs the syntheses it submits with it), so every signed document of TCC verifies
 * against the one certificate.
 */
@ApplicationScoped
public class CenterDocumentSigner implements DocumentSigner {
  private CenterSigningKey key;

  CenterDocumentSigner() {}

  @Inject
  CenterDocumentSigner(CenterSigningKey key) {
    this.key = key;
  }

  @Override
  public SignedDocument sign(byte[] document) {
    SigningIdentity identity = key.current();
    return new SignedDocument(
        CmsDetachedSignature.sign(document, identity),
        identity.certificate().getSubjectX500Principal().getName(),
        identity.fingerprint());
  }

  @Override
  public boolean verify(byte[] document, byte[] signature) {
    return CmsDetachedSignature.verify(document, signature).valid();
  }
}
