package vn.tcc.violation.internal.domain;

import java.util.Locale;

/**
 * How plates are compared: as printed, a plate carries spaces, dots, hyphens and, on motorbikes, a
 * line break ({@code 29-M1 123.45}); two readings are the same plate when their letters and digits
 * are, in upper case. The same rule the event ingestion applies, so a reviewer's typing matches
 * what a camera sent.
 */
public final class PlateNumber {
  private PlateNumber() {}

  /** Upper case without whitespace, dots or hyphens; null and blank give the empty string. */
  public static String normalise(String printed) {
    if (printed == null) {
      return "";
    }
    StringBuilder plate = new StringBuilder(printed.length());
    for (char c : printed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (!Character.isWhitespace(c) && c != '.' && c != '-') {
        plate.append(c);
      }
    }
    return plate.toString();
  }

  /** True when both are plates (not blank) and they normalise to the same text. */
  public static boolean same(String a, String b) {
    String left = normalise(a);
    return !left.isEmpty() && left.equals(normalise(b));
  }
}
