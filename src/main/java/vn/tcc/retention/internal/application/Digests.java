package vn.tcc.retention.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import vn.tcc.retention.internal.domain.RecordDocument;

/** SHA-256 in lower-case hex, as records and certificates are named by it, and PEM text. */
public final class Digests {
  private Digests() {}

  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The SHA-256 of a document read as it streams by. */
  public static String sha256Hex(RecordDocument document) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(document.open(), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a deletion record's document", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  public static String fingerprint(X509Certificate certificate) {
    return sha256Hex(der(certificate));
  }

  public static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("A certificate that cannot be encoded", e);
    }
  }

  /** The certificate as PEM, what {@code openssl cms -verify -CAfile} reads. */
  public static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }
}
