package vn.tcc.vms.internal.ingest;

/** The type of an image read from its first bytes: what a file says it is does not count. */
public final class ImageTypes {
  private ImageTypes() {}

  public static String sniff(byte[] content) {
    if (content.length > 3
        && (content[0] & 0xFF) == 0xFF
        && (content[1] & 0xFF) == 0xD8
        && (content[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (content.length > 8
        && (content[0] & 0xFF) == 0x89
        && content[1] == 'P'
        && content[2] == 'N'
        && content[3] == 'G') {
      return "image/png";
    }
    return null;
  }
}
