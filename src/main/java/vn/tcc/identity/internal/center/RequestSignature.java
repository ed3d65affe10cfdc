package vn.tcc.identity.internal.center;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The center's request signature: HMAC-SHA256, keyed with the agency's secret, over the canonical
 * text {@code METHOD \n path \n timestamp \n nonce \n hex(sha256(body))}, sent base64-encoded as
 * {@code X-Signature}. The path is the request's path as sent, without the query; the timestamp is
 * the {@code X-Timestamp} header (an ISO-8601 instant) and the nonce the {@code X-Nonce} header, so
 * a captured request can neither be altered nor replayed later.
 */
final class RequestSignature {
  static final String AGENCY_HEADER = "X-Agency-Id";
  static final String TIMESTAMP_HEADER = "X-Timestamp";
  static final String NONCE_HEADER = "X-Nonce";
  static final String SIGNATURE_HEADER = "X-Signature";
  static final String REQUEST_ID_HEADER = "X-Request-Id";

  private RequestSignature() {}

  static String canonical(String method, String path, String timestamp, String nonce, byte[] body) {
    return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
  }

  static String sign(String secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
