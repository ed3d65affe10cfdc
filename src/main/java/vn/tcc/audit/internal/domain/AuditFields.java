package vn.tcc.audit.internal.domain;

/**
 * Makes whatever a caller sent storable in the trail's columns, so a denial is never lost because
 * of what the hostile caller put in it (issue 21): a 2,000-character path or a purpose of 100,000
 * characters is cut to its column with a marker saying how much was cut, and NUL, which PostgreSQL
 * refuses in text, becomes U+FFFD. A cut never splits a surrogate pair.
 */
public final class AuditFields {
  static final String NUL_REPLACEMENT = "\uFFFD";

  private AuditFields() {}

  /** {@code value} fitted into {@code max} characters; null stays null. */
  public static String fit(String value, int max) {
    if (value == null) {
      return null;
    }
    String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", NUL_REPLACEMENT);
    if (clean.length() <= max) {
      return clean;
    }
    // The marker's own length depends on the number it carries: size it for the longest.
    String longest = marker(clean.length());
    int keep = Math.max(0, max - longest.length());
    if (keep > 0 && Character.isHighSurrogate(clean.charAt(keep - 1))) {
      keep--;
    }
    return clean.substring(0, keep) + marker(clean.length() - keep);
  }

  private static String marker(int cut) {
    return "…[+" + cut + " chars cut]";
  }
}
