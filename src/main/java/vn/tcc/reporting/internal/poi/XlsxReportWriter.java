package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.ReportDataSet;

/**
 * Writes a report's data set as an Excel workbook: a sheet per section, the report's heading on
 * top, then one row per indicator with the figure as a number (a Vietnamese format: dots between
 * thousands, a comma before decimals, whatever the reader's Excel is set to) and its source. A
 * report has tens of lines, so the plain XSSF workbook is enough (SXSSF is for the big exports).
 */
public class XlsxReportWriter {
  /** Column of the figure: STT, code, indicator, unit, figure, source. */
  public static final int FIGURE_COLUMN = 4;

  public static final int CODE_COLUMN = 1;

  /** The row of the table's header; indicator rows follow. */
  public static final int HEADER_ROW = 5;

  // [$-42A] is Vietnamese (LCID 0x042A): Excel then shows 1.234.567 and 87,50.
  private static final String WHOLE = "[$-42A]#,##0";
  private static final String DECIMAL = "[$-42A]#,##0.00";

  public byte[] write(ReportDataSet data) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      Styles styles = new Styles(workbook);
      for (ReportDataSet.Section section : data.sections()) {
        Sheet sheet = workbook.createSheet(sheetName(section));
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        sheet.setColumnWidth(5, 50 * 256);
        text(sheet.createRow(0), 0, data.issuingBody(), styles.bold);
        text(sheet.createRow(1), 0, data.formTitle(), styles.bold);
        text(sheet.createRow(2), 0, data.periodLabel() + (data.draft() ? " — DỰ THẢO" : ""), null);
        text(sheet.createRow(3), 0, section.title(), styles.bold);
        Row header = sheet.createRow(HEADER_ROW);
        String[] titles = {
          "STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Nguồn, ghi chú"
        };
        for (int i = 0; i < titles.length; i++) {
          text(header, i, titles[i], styles.header);
        }
        int r = HEADER_ROW + 1;
        int ordinal = 1;
        for (ReportDataSet.Line line : section.lines()) {
          Row row = sheet.createRow(r++);
          Cell number = row.createCell(0);
          number.setCellValue(ordinal++);
          number.setCellStyle(styles.cell);
          text(row, CODE_COLUMN, line.code(), styles.cell);
          text(row, 2, line.name(), styles.wrapped);
          text(row, 3, line.unit(), styles.cell);
          Cell figure = row.createCell(FIGURE_COLUMN);
          if (line.number() != null) {
            figure.setCellValue(line.number().doubleValue());
            figure.setCellStyle(
                line.type() == IndicatorType.PERCENT ? styles.decimal : styles.whole);
          } else {
            figure.setCellValue(line.text() == null ? "" : line.text());
            figure.setCellStyle(styles.wrapped);
          }
          text(row, 5, line.note(), styles.wrapped);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
      }
      workbook.getProperties().getCoreProperties().setTitle(data.formTitle());
      workbook.getProperties().getCoreProperties().setCreator("TCC");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing an .xlsx in memory failed", e);
    }
  }

  /** "A. Kết quả phát hiện…": Excel allows 31 characters and none of []:*?/\. */
  public static String sheetName(ReportDataSet.Section section) {
    String title = section.title().replaceFirst("^[IVX]+\\.\\s*", "");
    String name = section.code() + ". " + title;
    return WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle whole;
    final CellStyle decimal;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      cell = bordered(workbook);
      header = bordered(workbook);
      header.setFont(boldFont);
      header.setWrapText(true);
      wrapped = bordered(workbook);
      wrapped.setWrapText(true);
      whole = bordered(workbook);
      whole.setDataFormat(workbook.createDataFormat().getFormat(WHOLE));
      decimal = bordered(workbook);
      decimal.setDataFormat(workbook.createDataFormat().getFormat(DECIMAL));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
