package vn.tcc.shared.media;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The type of a file read from its first bytes: what a file name or a sender says does not count.
 */
public final class MediaTypes {
  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String MP4 = "video/mp4";

  private MediaTypes() {}

  /** PDF, JPEG, PNG or MP4 by their signatures; null for anything else. */
  public static String sniff(byte[] content) {
    if (startsWith(content, 0, "25504446")) {
      return PDF;
    }
    if (startsWith(content, 0, "ffd8ff")) {
      return JPEG;
    }
    if (startsWith(content, 0, "89504e470d0a1a0a")) {
      return PNG;
    }
    if (startsWith(content, 4, "66747970")) { // "ftyp" box after its 4-byte size
      return MP4;
    }
    return null;
  }

  private static boolean startsWith(byte[] content, int offset, String hexPrefix) {
    byte[] prefix = HexFormat.of().parseHex(hexPrefix.toLowerCase(Locale.ROOT));
    if (content.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
