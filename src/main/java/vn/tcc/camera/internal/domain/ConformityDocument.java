package vn.tcc.camera.internal.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The scanned QCVN 05:2024/BCA conformity certificate attached to a camera (PDF or image), known by
 * the SHA-256 of its bytes so a copy can be checked against the one on file.
 */
public record ConformityDocument(
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * The media type the bytes really are (by their first bytes, not the name); null if none allowed.
   */
  public static String sniffMediaType(byte[] content) {
    if (startsWith(content, "25504446")) {
      return "application/pdf";
    }
    if (startsWith(content, "ffd8ff")) {
      return "image/jpeg";
    }
    if (startsWith(content, "89504e470d0a1a0a")) {
      return "image/png";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, String hexPrefix) {
    byte[] prefix = HexFormat.of().parseHex(hexPrefix.toLowerCase(Locale.ROOT));
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
