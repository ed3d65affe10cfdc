package vn.tcc.reporting.internal.poi;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.tcc.reporting.api.SpreadsheetException;
import vn.tcc.reporting.api.SpreadsheetRow;
import vn.tcc.reporting.api.SpreadsheetTable;

/**
 * Collects a worksheet's XML as it is parsed: row 1 becomes the headers, each later row with a
 * value becomes a data row aligned with them. Parsing is stopped (with {@link #stop()} set) as soon
 * as the sheet cannot be accepted.
 */
final class SheetHandler extends DefaultHandler {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  /** Column XFD, Excel's last. */
  private static final int MAX_COLUMN = 16_383;

  private final CellText text;
  private final int maxRows;

  private List<String> headers;
  private final List<SpreadsheetRow> rows = new ArrayList<>();
  private SpreadsheetException stop;

  private int rowNumber;
  private int nextRowNumber = 1;
  private final List<String> cells = new ArrayList<>();

  private int column;
  private int nextColumn;
  private String type;
  private int style;
  private final StringBuilder value = new StringBuilder();
  private boolean capturing;
  private boolean inInlineString;
  private boolean inPhonetic;

  SheetHandler(CellText text, int maxRows) {
    this.text = text;
    this.maxRows = maxRows;
  }

  SpreadsheetException stop() {
    return stop;
  }

  SpreadsheetTable table() throws SpreadsheetException {
    if (headers == null) {
      throw SpreadsheetException.noHeader();
    }
    return new SpreadsheetTable(headers, rows);
  }

  @Override
  public void startElement(String uri, String name, String qName, Attributes attributes) {
    if (!MAIN.equals(uri) && !STRICT.equals(uri)) {
      return;
    }
    switch (name) {
      case "row" -> {
        String r = attributes.getValue("r");
        rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
        cells.clear();
        nextColumn = 0;
      }
      case "c" -> {
        String r = attributes.getValue("r");
        column = r == null ? nextColumn : columnIndex(r);
        String t = attributes.getValue("t");
        type = t == null ? "n" : t;
        String s = attributes.getValue("s");
        style = s == null ? 0 : Integer.parseInt(s);
        value.setLength(0);
      }
      case "v" -> capturing = true;
      case "is" -> inInlineString = true;
      // Phonetic guides (Japanese furigana) are not part of the text.
      case "rPh" -> inPhonetic = true;
      case "t" -> capturing = inInlineString && !inPhonetic;
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String name, String qName) throws SAXException {
    if (!MAIN.equals(uri) && !STRICT.equals(uri)) {
      return;
    }
    switch (name) {
      case "v", "t" -> capturing = false;
      case "is" -> inInlineString = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> endCell();
      case "row" -> endRow();
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (capturing) {
      value.append(ch, start, length);
    }
  }

  private void endCell() {
    nextColumn = column + 1;
    // Data beyond the headers is not returned, so it is not kept either.
    int limit = headers == null ? MAX_COLUMN : headers.size() - 1;
    if (column < 0 || column > limit) {
      return;
    }
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, text.of(type, style, value.toString()));
  }

  private void endRow() throws SAXException {
    nextRowNumber = rowNumber + 1;
    if (cells.stream().allMatch(String::isEmpty)) {
      return;
    }
    if (headers == null) {
      if (rowNumber != 1) {
        throw stopWith(SpreadsheetException.noHeader());
      }
      int last = cells.size();
      while (cells.get(last - 1).isEmpty()) {
        last--;
      }
      headers = List.copyOf(cells.subList(0, last));
      return;
    }
    if (rows.size() == maxRows) {
      throw stopWith(SpreadsheetException.tooManyRows(maxRows));
    }
    List<String> aligned = new ArrayList<>(cells);
    while (aligned.size() < headers.size()) {
      aligned.add("");
    }
    rows.add(new SpreadsheetRow(rowNumber, aligned));
  }

  private SAXException stopWith(SpreadsheetException reason) {
    stop = reason;
    return new SAXException(reason.getMessage());
  }

  /** The 0-based column of a reference such as {@code AB12}; -1 when it is not one. */
  static int columnIndex(String reference) {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      if (++letters > 3) {
        return -1;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }
}
