package vn.tcc.retention.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.tcc.retention.internal.domain.RecordDocument;

/**
 * A CMS (PKCS#7) SignedData, detached: the signature over a document's bytes, with the signer's
 * certificate (and chain) inside and the document outside, as {@code openssl cms -verify -binary
 * -inform DER -in record.p7s -content record.json -CAfile center.pem -purpose any} checks it.
 * Signed attributes (content type, signing time, message digest) are included, as CMS does by
 * default. The JDK's own providers do the cryptography; BouncyCastle only builds and reads the CMS
 * structure, so no security provider is registered in the server.
 */
public final class CmsDetachedSignature {
  private CmsDetachedSignature() {}

  /** What checking a signature found: valid or not, and the signer's certificate if readable. */
  public record Check(boolean valid, X509Certificate signer, String problem) {}

  /** The DER-encoded SignedData over {@code document}. */
  public static byte[] sign(byte[] document, SigningIdentity identity) {
    return sign(RecordDocument.of(document), identity);
  }

  /** The same, over a document read as it streams by (only its digest is signed). */
  public static byte[] sign(RecordDocument document, SigningIdentity identity) {
    String algorithm = identity.key() instanceof ECKey ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(
                  new JcaContentSignerBuilder(algorithm).build(identity.key()),
                  identity.certificate()));
      generator.addCertificates(new JcaCertStore(identity.chain()));
      CMSSignedData signed = generator.generate(new StreamedContent(document), false);
      return signed.getEncoded(ASN1Encoding.DER);
    } catch (OperatorCreationException | CMSException | GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Signing a deletion record failed", e);
    }
  }

  /**
   * Checks that {@code signature} is one valid signature over exactly {@code document}, by the
   * certificate it carries. Whose certificate that is, is the caller's question.
   */
  public static Check verify(byte[] document, byte[] signature) {
    return verify(RecordDocument.of(document), signature);
  }

  /** The same, reading the document as it streams by. */
  public static Check verify(RecordDocument document, byte[] signature) {
    CMSSignedData signed;
    try {
      signed = new CMSSignedData(new StreamedContent(document), signature);
    } catch (CMSException | RuntimeException e) {
      return new Check(false, null, "the signature is not a readable CMS SignedData");
    }
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return new Check(false, null, "the signature has " + signers.size() + " signers, not one");
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches =
        signed.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      return new Check(false, null, "the signature carries no signer certificate");
    }
    X509CertificateHolder holder = matches.iterator().next();
    X509Certificate certificate;
    try {
      certificate = new JcaX509CertificateConverter().getCertificate(holder);
    } catch (GeneralSecurityException e) {
      return new Check(false, null, "the signer certificate is not readable");
    }
    try {
      boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
      return valid
          ? new Check(true, certificate, null)
          : new Check(false, certificate, "the signature does not match the document");
    } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
      // A changed document gives a digest mismatch, which BouncyCastle reports as an exception.
      return new Check(false, certificate, "the signature does not match the document");
    } catch (RuntimeException e) {
      return new Check(false, certificate, "the signature cannot be checked: " + e.getMessage());
    }
  }

  /** Detached content of type data, written to the digest from its stream when asked. */
  private record StreamedContent(RecordDocument document) implements CMSTypedData {
    @Override
    public ASN1ObjectIdentifier getContentType() {
      return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
      try (InputStream in = document.open()) {
        in.transferTo(out);
      }
    }

    @Override
    public Object getContent() {
      return document;
    }
  }
}
