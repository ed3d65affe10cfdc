package vn.tcc.reporting.api;

import java.util.List;

/** The first sheet of a read workbook: its headers (row 1) and its non-empty data rows. */
public record SpreadsheetTable(List<String> headers, List<SpreadsheetRow> rows) {
  public SpreadsheetTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
