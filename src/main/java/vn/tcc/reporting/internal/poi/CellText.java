package vn.tcc.reporting.internal.poi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a cell as stored in the sheet's XML (type, style, raw value) into the normalised text the
 * reader returns (rules in {@link vn.tcc.reporting.api.SpreadsheetReader}).
 */
final class CellText {
  /** Excel shows numbers to 15 significant digits; 0.1 + 0.2 is stored 0.30000000000000004. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  CellText(SharedStrings strings, StylesTable styles, boolean date1904) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /**
   * @param type the cell's {@code t} attribute ({@code n} when absent)
   * @param style the cell's {@code s} attribute (0 when absent)
   * @param raw the text of its {@code <v>}, or of its inline string
   */
  String of(String type, int style, String raw) {
    if (raw.isEmpty()) {
      return "";
    }
    return switch (type) {
      case "s" -> trim(strings.getItemAt(Integer.parseInt(raw.trim())).getString());
      case "inlineStr", "str", "e" -> trim(raw);
      case "b" -> "1".equals(raw.trim()) || "true".equals(raw.trim()) ? "true" : "false";
      case "d" -> isoDate(raw.trim());
      default -> number(style, raw.trim());
    };
  }

  private String number(int style, String raw) {
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
      LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
      if (value < 1) {
        // A time of day without a date.
        return TIME.format(dateTime);
      }
      return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? dateTime.toLocalDate().toString()
          : DATE_TIME.format(dateTime);
    }
    try {
      return new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw; // NaN, Infinity
    }
  }

  private boolean isDateStyle(int style) {
    if (styles == null) {
      return false;
    }
    return dateStyles.computeIfAbsent(
        style,
        s -> {
          XSSFCellStyle cellStyle = styles.getStyleAt(s);
          if (cellStyle == null) {
            return false;
          }
          String format = cellStyle.getDataFormatString();
          return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
        });
  }

  /** A date cell ({@code t="d"}) holds ISO 8601 text already; only the time part may go. */
  private static String isoDate(String raw) {
    try {
      LocalDateTime dateTime = LocalDateTime.parse(raw);
      return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? dateTime.toLocalDate().toString()
          : DATE_TIME.format(dateTime);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(raw).toString();
      } catch (DateTimeParseException notADate) {
        return raw;
      }
    }
  }

  /**
   * Trims whitespace including the no-break and zero-width spaces that text pasted from web pages
   * brings along.
   */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c <= ' '
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF';
  }
}
