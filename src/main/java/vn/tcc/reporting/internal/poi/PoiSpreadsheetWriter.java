package vn.tcc.reporting.internal.poi;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tcc.reporting.api.SpreadsheetColumn;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetWriter;
import vn.tcc.shared.time.TccTime;

/**
 * Writes with POI's streaming workbook: only the last {@value #ROW_WINDOW} rows of a sheet are in
 * memory, older ones are flushed to a temporary file that is deleted when the workbook is written.
 */
@ApplicationScoped
public class PoiSpreadsheetWriter implements SpreadsheetWriter {
  static final int ROW_WINDOW = 100;

  /** Rows 2..1000 of a template column get the drop-down list. */
  static final int LAST_VALIDATED_ROW_INDEX = 999;

  /** Excel keeps 15 significant digits of a number. */
  private static final int EXCEL_DIGITS = 15;

  /** Excel's limit for a list typed into the validation itself; longer lists go on a sheet. */
  private static final int MAX_INLINE_LIST_LENGTH = 255;

  static final String LISTS_SHEET = "Lists";

  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  public PoiSpreadsheetWriter() {}

  @Override
  public void write(OutputStream out, List<SpreadsheetSheet> sheets) throws IOException {
    if (sheets == null || sheets.isEmpty()) {
      throw new IllegalArgumentException("A workbook needs at least one sheet");
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    // Flushed rows wait in a temporary file until the end; compressed it takes far less disk.
    workbook.setCompressTempFiles(true);
    try {
      Styles styles = new Styles(workbook);
      List<List<String>> lists = new ArrayList<>();
      for (SpreadsheetSheet sheet : sheets) {
        writeSheet(workbook, styles, sheet, lists);
      }
      if (!lists.isEmpty()) {
        writeLists(workbook, lists);
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void writeSheet(
      SXSSFWorkbook workbook, Styles styles, SpreadsheetSheet spec, List<List<String>> lists) {
    SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(spec.name()));
    List<SpreadsheetColumn> columns = spec.columns();
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      SpreadsheetColumn column = columns.get(c);
      Cell cell = header.createCell(c);
      cell.setCellValue(truncated(column.header()));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, column.widthChars() * 256);
      if (!column.allowedValues().isEmpty()) {
        addDropDown(sheet, c, column.allowedValues(), lists);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));

    int rowIndex = 1;
    Iterator<? extends List<?>> rows = spec.rows();
    while (rows.hasNext()) {
      List<?> values = rows.next();
      if (values.size() > columns.size()) {
        throw new IllegalArgumentException(
            "Row "
                + (rowIndex + 1)
                + " of sheet '"
                + spec.name()
                + "' has "
                + values.size()
                + " values for "
                + columns.size()
                + " columns");
      }
      Row row = sheet.createRow(rowIndex++);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value != null) {
          setValue(row.createCell(c), value, styles);
        }
      }
    }
  }

  private static void addDropDown(
      SXSSFSheet sheet, int column, List<String> values, List<List<String>> lists) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint;
    if (fitsInline(values)) {
      constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
    } else {
      // Too long (or with commas) for the validation itself: the values go in a column of a
      // hidden sheet, named once that sheet exists (see writeLists).
      lists.add(values);
      constraint = helper.createFormulaListConstraint(listName(lists.size() - 1));
    }
    DataValidation validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(1, LAST_VALIDATED_ROW_INDEX, column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static boolean fitsInline(List<String> values) {
    int length = values.size() - 1;
    for (String value : values) {
      if (value.contains(",") || value.contains("\"")) {
        return false;
      }
      length += value.length();
    }
    return length <= MAX_INLINE_LIST_LENGTH;
  }

  /** One column per long list, on a sheet after the others so that readers still see the data. */
  private static void writeLists(SXSSFWorkbook workbook, List<List<String>> lists) {
    Set<String> taken = new HashSet<>();
    workbook.forEach(s -> taken.add(s.getSheetName().toLowerCase(Locale.ROOT)));
    if (taken.contains(LISTS_SHEET.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "The sheet name '" + LISTS_SHEET + "' is kept for drop-down lists");
    }
    SXSSFSheet sheet = workbook.createSheet(LISTS_SHEET);
    int longest = lists.stream().mapToInt(List::size).max().orElse(0);
    for (int r = 0; r < longest; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < lists.size(); c++) {
        List<String> list = lists.get(c);
        if (r < list.size()) {
          row.createCell(c).setCellValue(truncated(list.get(r)));
        }
      }
    }
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    for (int c = 0; c < lists.size(); c++) {
      Name name = workbook.createName();
      name.setNameName(listName(c));
      String column = CellReference.convertNumToColString(c);
      name.setRefersToFormula(
          "'" + LISTS_SHEET + "'!$" + column + "$1:$" + column + "$" + lists.get(c).size());
    }
  }

  static String listName(int index) {
    return "TCC_LIST_" + (index + 1);
  }

  private static void setValue(Cell cell, Object value, Styles styles) {
    if (value instanceof String text) {
      cell.setCellValue(truncated(text));
    } else if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
    } else if (value instanceof Number number) {
      setNumber(cell, number);
    } else if (value instanceof LocalDate date) {
      if (excelCanShow(date.getYear())) {
        cell.setCellValue(date);
        cell.setCellStyle(styles.date);
      } else {
        cell.setCellValue(date.toString());
      }
    } else if (value instanceof Instant instant) {
      LocalDateTime local = LocalDateTime.ofInstant(instant, TccTime.ZONE);
      if (excelCanShow(local.getYear())) {
        cell.setCellValue(local);
        cell.setCellStyle(styles.dateTime);
      } else {
        cell.setCellValue(local.toString());
      }
    } else {
      cell.setCellValue(truncated(value.toString()));
    }
  }

  private static void setNumber(Cell cell, Number number) {
    BigDecimal exact = exactWholeOrDecimal(number);
    if (exact != null && exact.signum() != 0) {
      BigDecimal stripped = exact.stripTrailingZeros();
      // A 16+ digit identifier would silently lose its last digits as a number.
      if (stripped.scale() <= 0 && stripped.precision() > EXCEL_DIGITS) {
        cell.setCellValue(stripped.toPlainString());
        return;
      }
    }
    cell.setCellValue(number.doubleValue());
  }

  private static BigDecimal exactWholeOrDecimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Long
        || number instanceof Integer
        || number instanceof Short
        || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    }
    return null;
  }

  /** Excel's dates run from 1900 to 9999; outside that POI would write a meaningless number. */
  private static boolean excelCanShow(int year) {
    return year >= 1900 && year <= 9999;
  }

  private static String truncated(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT;
    // Do not split a character outside the BMP in two.
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
      date = workbook.createCellStyle();
      date.setDataFormat(dateFormat);
      short dateTimeFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss");
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(dateTimeFormat);
    }
  }
}
