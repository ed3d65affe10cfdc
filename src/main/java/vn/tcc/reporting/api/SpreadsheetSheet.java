package vn.tcc.reporting.api;

import java.util.Iterator;
import java.util.List;

/**
 * One sheet to write: its name, its columns (the header row) and its rows, pulled one at a time so
 * that an export can stream from a database cursor. Each row holds at most one value per column, in
 * column order; a shorter row leaves the remaining cells empty. The iterator is consumed by the
 * write, so a sheet is written once.
 *
 * @param name the tab's name; characters Excel does not allow in it are replaced and it is cut to
 *     31 characters
 * @param rows the data rows; an empty iterator for an import template
 */
public record SpreadsheetSheet(
    String name, List<SpreadsheetColumn> columns, Iterator<? extends List<?>> rows) {

  public SpreadsheetSheet {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A sheet needs a name");
    }
    if (columns == null || columns.isEmpty()) {
      throw new IllegalArgumentException("A sheet needs at least one column");
    }
    columns = List.copyOf(columns);
    if (rows == null) {
      throw new IllegalArgumentException("A sheet needs rows (an empty iterator for none)");
    }
  }
}
