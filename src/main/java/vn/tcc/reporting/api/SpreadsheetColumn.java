package vn.tcc.reporting.api;

import java.util.List;

/**
 * A column of a written sheet: its header, its width in characters and, for import templates, the
 * values a person may pick from a drop-down list (empty for a free column).
 */
public record SpreadsheetColumn(String header, int widthChars, List<String> allowedValues) {
  /** Excel's widest column. */
  public static final int MAX_WIDTH_CHARS = 255;

  public SpreadsheetColumn {
    if (header == null) {
      throw new IllegalArgumentException("A column needs a header");
    }
    if (widthChars < 1 || widthChars > MAX_WIDTH_CHARS) {
      throw new IllegalArgumentException(
          "A column is 1 to " + MAX_WIDTH_CHARS + " characters wide, not " + widthChars);
    }
    allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }

  /** A column without a drop-down list. */
  public static SpreadsheetColumn of(String header, int widthChars) {
    return new SpreadsheetColumn(header, widthChars, List.of());
  }
}
