package vn.tcc.reporting.internal.application;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A figure as a cell of the filled template holds it: a number cell reads as plain digits with a
 * dot before the decimals (1920, 87.5); a figure typed as text may carry the Vietnamese thousands
 * dots (1.234.567) or a decimal comma (87,5).
 */
final class FigureCells {
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,10})?");
  private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]{1,20},[0-9]{1,10}");

  private FigureCells() {}

  /**
   * The number in the cell, or null when it holds none.
   *
   * @param thousands whether dots may group thousands (counts and money: a rate's 12.345 is a rate
   *     with too many decimals, not twelve thousand)
   */
  static BigDecimal number(String cell, boolean thousands) {
    if (cell == null) {
      return null;
    }
    String text = cell.strip().replace(" ", "").replace("\u00a0", "");
    if (text.length() > 40) {
      return null;
    }
    if (thousands && THOUSANDS.matcher(text).matches()) {
      return new BigDecimal(text.replace(".", ""));
    }
    if (DECIMAL_COMMA.matcher(text).matches()) {
      return new BigDecimal(text.replace(',', '.'));
    }
    if (PLAIN.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    return null;
  }

  /** A cell's text cut for a message. */
  static String shorten(String cell) {
    String text = cell.strip();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
