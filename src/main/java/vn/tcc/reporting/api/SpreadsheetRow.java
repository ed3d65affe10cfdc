package vn.tcc.reporting.api;

import java.util.List;

/**
 * A data row as text.
 *
 * @param rowNumber the row number Excel shows (1 is the header row), to tell a person where a
 *     problem is
 * @param cells one value per header, in header order; an empty cell is {@code ""}
 */
public record SpreadsheetRow(int rowNumber, List<String> cells) {
  public SpreadsheetRow {
    cells = List.copyOf(cells);
  }
}
