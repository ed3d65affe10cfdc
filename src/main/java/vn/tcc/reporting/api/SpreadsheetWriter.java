package vn.tcc.reporting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes sheets as one .xlsx workbook. The header row is bold, frozen and filterable. Memory stays
 * bounded whatever the number of rows: rows are pulled and written a few at a time.
 *
 * <p>Cell values: {@code null} is an empty cell; {@link String} is text (cut to Excel's 32,767
 * characters); a {@link Number} is numeric, except a whole number of more than 15 digits, which is
 * written as text because Excel would round it; {@link Boolean} is a boolean; {@link
 * java.time.LocalDate} is a date shown {@code dd/mm/yyyy}; {@link java.time.Instant} is a date-time
 * in Vietnam's zone shown {@code dd/mm/yyyy hh:mm:ss}; anything else is written as its {@code
 * toString()}.
 */
public interface SpreadsheetWriter {
  /**
   * Writes the workbook to {@code out}, which is left open.
   *
   * @throws IllegalArgumentException if a row has more values than its sheet has columns
   */
  void write(OutputStream out, List<SpreadsheetSheet> sheets) throws IOException;
}
