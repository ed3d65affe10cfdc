package vn.tcc.shared.signing;

/**
 * The center's signature over a document: a detached CMS (PKCS#7) SignedData made with the center's
 * key, the same signature the retention module puts on deletion records. It lives here, in shared,
 * because more than one module signs (retention its deletion records, reporting the syntheses
 * submitted to the Provincial People's Committee) and reporting may use no other module: retention
 * implements it with its key and CMS code, reporting asks for it by this type.
 */
public interface DocumentSigner {
  /** The DER-encoded detached signature over {@code document}, and who signed. */
  SignedDocument sign(byte[] document);

  /** Whether {@code signature} is one valid signature over exactly {@code document}. */
  boolean verify(byte[] document, byte[] signature);

  /**
   * A signature and its signer.
   *
   * @param signature DER-encoded CMS SignedData, detached ({@code openssl cms -verify -binary
   *     -inform DER})
   * @param signerSubject the signer certificate's subject
   * @param signerFingerprint SHA-256 of the signer certificate's DER, lower-case hex
   */
  record SignedDocument(byte[] signature, String signerSubject, String signerFingerprint) {}
}
