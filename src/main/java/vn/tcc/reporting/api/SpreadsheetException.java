package vn.tcc.reporting.api;

/** An uploaded spreadsheet that cannot be read, with the reason to tell the person who sent it. */
public class SpreadsheetException extends Exception {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    /** Not an .xlsx workbook: another format, damaged, empty or too suspicious to unpack. */
    NOT_A_WORKBOOK,
    /** The workbook has no sheet, or the first sheet has nothing in row 1. */
    NO_HEADER,
    /** More data rows than the caller accepts; see {@link #limit()}. */
    TOO_MANY_ROWS
  }

  private final Reason reason;
  private final int limit;

  private SpreadsheetException(Reason reason, int limit, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.limit = limit;
  }

  public static SpreadsheetException notAWorkbook(Throwable cause) {
    return new SpreadsheetException(
        Reason.NOT_A_WORKBOOK, -1, "Not a readable .xlsx workbook: " + cause.getMessage(), cause);
  }

  public static SpreadsheetException noHeader() {
    return new SpreadsheetException(
        Reason.NO_HEADER, -1, "The first sheet has no header row", null);
  }

  public static SpreadsheetException tooManyRows(int limit) {
    return new SpreadsheetException(
        Reason.TOO_MANY_ROWS, limit, "More than " + limit + " data rows", null);
  }

  public Reason reason() {
    return reason;
  }

  /** The most data rows accepted, for {@link Reason#TOO_MANY_ROWS}; -1 for the other reasons. */
  public int limit() {
    return limit;
  }
}
