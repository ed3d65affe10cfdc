package vn.tcc.camera.internal.domain;

import java.time.Instant;
import vn.tcc.shared.media.MediaTypes;

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
    Instant uploadedAt)
    implements java.io.Serializable {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * The media type the bytes really are (by their first bytes, not the name); null if none allowed.
   */
  public static String sniffMediaType(byte[] content) {
    String type = MediaTypes.sniff(content);
    return MediaTypes.MP4.equals(type) ? null : type;
  }
}
