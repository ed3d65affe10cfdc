package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
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

  static final String WHOLE = "[$-42A]#,##0";
  static final String DECIMAL = "[$-42A]#,##0.0#";

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

  private final ReportTemplates templates;

  /** Starts from the configured templates (see {@link ReportTemplates}). */
  public XlsxSynthesisWriter() {
    this(ReportTemplates.configured());
  }

  public XlsxSynthesisWriter(ReportTemplates templates) {
    this.templates = templates;
  }

  public byte[] write(SynthesisDataSet data) {
    return write(data, percent -> {});
  }

  /**
   * Writes the workbook from the template {@value ReportTemplates#SYNTHESIS_XLSX}: its first sheet
   * is copied for every section (title rows with their placeholders filled, column widths, fixed
   * texts), the header row's style is taken from its cell A7 and the figures' styles from row 8 (A8
   * text, B8 whole numbers, C8 decimals, D8 wrapped text); the template sheet is then removed.
   *
   * @param percent told the share written (0-100) after each section
   */
  public byte[] write(SynthesisDataSet data, java.util.function.IntConsumer percent) {
    try (InputStream template = templates.open(ReportTemplates.SYNTHESIS_XLSX);
        XSSFWorkbook workbook = new XSSFWorkbook(template);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      Styles styles = new Styles(workbook, workbook.getSheetAt(0));
      Map<String, String> values = placeholders(data);
      boolean charted = false;
      int done = 0;
      for (SynthesisDataSet.Section section : data.sections()) {
        XSSFSheet sheet = workbook.cloneSheet(0, sheetName(section));
        // POI's copy leaves the page setup behind: the template's orientation and paper go along.
        sheet.getPrintSetup().setLandscape(workbook.getSheetAt(0).getPrintSetup().getLandscape());
        sheet.getPrintSetup().setPaperSize(workbook.getSheetAt(0).getPrintSetup().getPaperSize());
        values.put("phan", section.title());
        fillTitles(sheet, values);
        clearSamples(sheet);
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
        percent.accept(++done * 100 / data.sections().size());
      }
      if (data.sections().isEmpty()) {
        // Nothing to copy it for: the template sheet itself carries the titles.
        values.put("phan", "");
        fillTitles(workbook.getSheetAt(0), values);
        clearSamples(workbook.getSheetAt(0));
      } else {
        workbook.removeSheetAt(0);
      }
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      workbook.getProperties().getCoreProperties().setTitle(data.title() + " " + data.number());
      workbook.getProperties().getCoreProperties().setCreator("TCC");
      workbook.write(out);
      percent.accept(100);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing an .xlsx in memory failed", e);
    }
  }

  /** The values of the template's placeholders. */
  static Map<String, String> placeholders(SynthesisDataSet data) {
    Map<String, String> values = new HashMap<>();
    values.put("cap_tren", data.superior());
    values.put("co_quan", data.issuingBody());
    values.put("tieu_de", data.title());
    values.put("so", data.number() + (data.draft() ? " — DỰ THẢO" : ""));
    values.put("bieu_mau", data.formTitle());
    values.put("ky_bao_cao", data.periodLabel() + " — phiên bản " + data.version());
    return values;
  }

  /** Fills the placeholders of every text cell above the table. */
  private static void fillTitles(XSSFSheet sheet, Map<String, String> values) {
    for (int r = 0; r < HEADER_ROW; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          cell.setCellValue(ReportTemplates.fill(cell.getStringCellValue(), values));
        }
      }
    }
  }

  /** Removes the template's sample rows (their styles were taken). */
  private static void clearSamples(XSSFSheet sheet) {
    for (int r = HEADER_ROW; r <= HEADER_ROW + 1; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        sheet.removeRow(row);
      }
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

  /**
   * The cell styles of the template's sample rows: the header from A7, text, whole numbers,
   * decimals and wrapped text from A8 to D8. A sample cell a clerk deleted gets a plain bordered
   * style with the Vietnamese number format, so the figures still print the Vietnamese way.
   */
  private static final class Styles {
    final CellStyle header;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle whole;
    final CellStyle decimal;

    Styles(XSSFWorkbook workbook, XSSFSheet template) {
      header = sample(workbook, template, HEADER_ROW, 0, null, true);
      cell = sample(workbook, template, HEADER_ROW + 1, 0, null, false);
      whole = sample(workbook, template, HEADER_ROW + 1, 1, WHOLE, false);
      decimal = sample(workbook, template, HEADER_ROW + 1, 2, DECIMAL, false);
      wrapped = sample(workbook, template, HEADER_ROW + 1, 3, null, false);
    }

    private static CellStyle sample(
        XSSFWorkbook workbook,
        XSSFSheet template,
        int row,
        int column,
        String format,
        boolean bold) {
      Row r = template.getRow(row);
      Cell c = r == null ? null : r.getCell(column);
      if (c != null) {
        return c.getCellStyle();
      }
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      if (format != null) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
      }
      if (bold) {
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setWrapText(true);
      }
      return style;
    }
  }
}
