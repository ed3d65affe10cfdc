package vn.tcc.vms.internal.zoneminder;

/**
 * What the bytes from ZM's media views really are. ZM answers many failures with HTTP 200 and an
 * empty body or an HTML page (the login page for a bad token), so the type is read from the bytes.
 */
final class ZoneMinderMedia {
  private ZoneMinderMedia() {}

  /** JPEG: starts FF D8 FF. */
  static boolean isJpeg(byte[] bytes) {
    return bytes != null
        && bytes.length > 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff;
  }

  /** MP4 (ISO base media): an "ftyp" box first. */
  static boolean isMp4(byte[] bytes) {
    return bytes != null
        && bytes.length > 12
        && bytes[4] == 'f'
        && bytes[5] == 't'
        && bytes[6] == 'y'
        && bytes[7] == 'p';
  }

  /** ZIP: a local file header "PK\3\4" first. */
  static boolean isZip(byte[] bytes) {
    return bytes != null
        && bytes.length > 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /** An HTML page (ZM's login or error page) rather than media. */
  static boolean isHtml(byte[] bytes) {
    if (bytes == null) {
      return false;
    }
    int i = 0;
    while (i < bytes.length && i < 64 && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }
}
