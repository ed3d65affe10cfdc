package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.domain.SynthesisUnit;

/**
 * Writes a provincial synthesis as an Excel workbook: a sheet per section, the heading on top, then
 * one row per indicator — each unit's figure, the province's total, TCC's own figure, the previous
 * period and the same period last year with their change and percentage — as numbers in Vietnamese
 * formats. The first sheet carries a bar chart of the totals beside the previous period's.
 */
public class XlsxSynthesisWriter {
  /** The row of the table's header; indicator rows follow. */
  public static final int HEADER_ROW = 6;

  /** The first figure column: STT, code, indicator, unit, then the figures. */
  public static final int FIRST_FIGURE_COLUMN = 4;

  public static final int CODE_COLUMN = 1;

  private static final String WHOLE = "[$-42A]#,##0";
  private static final String DECIMAL = "[$-42A]#,##0.0#";

  /** The titles of the figure columns after the units'. */
  public static final List<String> COMPARISON_TITLES =
      List.of(
          "Tổng cộng",
          "Số liệu hệ thống TCC",
          "Kỳ trước",
          "Tăng/giảm so với kỳ trước",
          "Tỷ lệ so với kỳ trước (%)",
          "Cùng kỳ năm trước",
          "Tăng/giảm so với cùng kỳ",
          "Tỷ lệ so với cùng kỳ (%)");

  public byte[] write(SynthesisDataSet data) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      Styles styles = new Styles(workbook);
      boolean charted = false;
      for (SynthesisDataSet.Section section : data.sections()) {
        XSSFSheet sheet = workbook.createSheet(sheetName(section));
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        sheet.setColumnWidth(3, 10 * 256);
        text(sheet.createRow(0), 0, data.superior() + " — " + data.issuingBody(), styles.bold);
        text(
            sheet.createRow(1),
            0,
            data.title() + " số " + data.number() + (data.draft() ? " — DỰ THẢO" : ""),
            styles.bold);
        text(sheet.createRow(2), 0, data.formTitle(), styles.bold);
        text(sheet.createRow(3), 0, data.periodLabel() + " — phiên bản " + data.version(), null);
        text(sheet.createRow(4), 0, section.title(), styles.bold);
        List<String> titles = new ArrayList<>(List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "ĐVT"));
        for (SynthesisUnit unit : data.units()) {
          titles.add(unit.nameVi());
        }
        titles.addAll(COMPARISON_TITLES);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < titles.size(); i++) {
          text(header, i, titles.get(i), styles.header);
          if (i >= FIRST_FIGURE_COLUMN) {
            sheet.setColumnWidth(i, 16 * 256);
          }
        }
        int r = HEADER_ROW + 1;
        int ordinal = 1;
        for (SynthesisDataSet.Line line : section.lines()) {
          Row row = sheet.createRow(r++);
          Cell number = row.createCell(0);
          number.setCellValue(ordinal++);
          number.setCellStyle(styles.cell);
          text(row, CODE_COLUMN, line.code(), styles.cell);
          text(row, 2, line.name(), styles.wrapped);
          text(row, 3, line.unit(), styles.cell);
          List<BigDecimal> figures = line.figures();
          int percentAt = data.units().size() + 4; // index of percentFromPrevious in figures()
          for (int i = 0; i < figures.size(); i++) {
            Cell cell = row.createCell(FIRST_FIGURE_COLUMN + i);
            BigDecimal figure = figures.get(i);
            boolean decimal =
                line.type() == IndicatorType.PERCENT || i == percentAt || i == percentAt + 3;
            cell.setCellStyle(decimal ? styles.decimal : styles.whole);
            if (figure != null) {
              cell.setCellValue(figure.doubleValue());
            }
          }
        }
        sheet.createFreezePane(FIRST_FIGURE_COLUMN, HEADER_ROW + 1);
        if (!charted && !section.lines().isEmpty()) {
          chart(sheet, data, section.lines().size());
          charted = true;
        }
      }
      workbook.getProperties().getCoreProperties().setTitle(data.title() + " " + data.number());
      workbook.getProperties().getCoreProperties().setCreator("TCC");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing an .xlsx in memory failed", e);
    }
  }

  /** Bars of this period's totals beside the previous period's, below the section's table. */
  private static void chart(XSSFSheet sheet, SynthesisDataSet data, int lines) {
    int first = HEADER_ROW + 1;
    int last = HEADER_ROW + lines;
    int totalColumn = FIRST_FIGURE_COLUMN + data.units().size();
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 2, last + 2, 10, last + 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("Tổng cộng so với kỳ trước");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 2, 2));
    XDDFNumericalDataSource<Double> totals =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sheet, new CellRangeAddress(first, last, totalColumn, totalColumn));
    XDDFNumericalDataSource<Double> previous =
        XDDFDataSourcesFactory.fromNumericCellRange(
            sheet, new CellRangeAddress(first, last, totalColumn + 2, totalColumn + 2));
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    bars.setBarDirection(BarDirection.BAR);
    bars.setVaryColors(false);
    XDDFChartData.Series now = bars.addSeries(names, totals);
    now.setTitle("Kỳ này", null);
    XDDFChartData.Series before = bars.addSeries(names, previous);
    before.setTitle("Kỳ trước", null);
    chart.plot(bars);
  }

  public static String sheetName(SynthesisDataSet.Section section) {
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
