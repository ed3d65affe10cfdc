package vn.tcc.shared.jurisdiction;

import java.util.regex.Pattern;

/**
 * Identifies a jurisdiction: the province (e.g. {@code GL}) or a commune/ward inside it (e.g.
 * {@code GL.QUY_NHON}). Since July 2025 Vietnam has two levels, so a code has one or two segments;
 * the dot makes "is inside" a prefix test.
 */
public record JurisdictionCode(String value) implements java.io.Serializable {
  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9_]{1,30}(\\.[A-Z0-9_]{1,30})?");

  public JurisdictionCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid jurisdiction code: " + value);
    }
  }

  /** Parses a code, answering null for a missing or malformed one instead of failing. */
  public static JurisdictionCode parseOrNull(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      return null;
    }
    return new JurisdictionCode(value);
  }

  public boolean isProvince() {
    return value.indexOf('.') < 0;
  }

  /** A jurisdiction covers itself and, for a province, every commune/ward inside it. */
  public boolean covers(JurisdictionCode other) {
    return value.equals(other.value) || (isProvince() && other.value.startsWith(value + "."));
  }

  /**
   * A SQL LIKE pattern matching the codes strictly inside this one, to use with {@code ESCAPE '!'}
   * ({@code _} is a wildcard in LIKE and appears in codes). Nothing is inside a commune.
   */
  public String childrenLikePattern() {
    return isProvince() ? value.replace("_", "!_") + ".%" : "";
  }

  @Override
  public String toString() {
    return value;
  }
}
