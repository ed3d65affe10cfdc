package vn.tcc.reporting.api;

import java.io.InputStream;

/**
 * Reads the first sheet of an uploaded .xlsx workbook as text: row 1 holds the headers, the rows
 * below the data. Each cell reads the way a person sees it, normalised so it can be parsed:
 *
 * <ul>
 *   <li>text is trimmed;
 *   <li>a number is written out in full, without exponent, rounded to Excel's 15 significant
 *       digits, and without a trailing {@code .0} ({@code 1920}, {@code 14.123456}); its display
 *       format is ignored (a cell shown as 15% reads {@code 0.15});
 *   <li>a date reads {@code yyyy-MM-dd}, a date with a time {@code yyyy-MM-ddTHH:mm:ss};
 *   <li>a boolean reads {@code true} or {@code false}; an error reads as Excel shows it ({@code
 *       #N/A});
 *   <li>a formula reads as its last computed value, by the same rules.
 * </ul>
 *
 * Rows without any value are skipped. The drop-down lists of a template are not enforced by Excel
 * on pasted values, so callers still check every value.
 */
public interface SpreadsheetReader {
  /**
   * @param in the uploaded file; read to its end but not closed
   * @param maxRows the most data rows accepted
   * @throws SpreadsheetException if the file is not an .xlsx workbook, its first sheet has no
   *     header row or it holds more than {@code maxRows} data rows
   */
  SpreadsheetTable read(InputStream in, int maxRows) throws SpreadsheetException;
}
