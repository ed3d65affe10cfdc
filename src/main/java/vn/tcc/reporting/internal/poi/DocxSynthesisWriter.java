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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.notice.VietnameseFormat;

/**
 * Writes a provincial synthesis as a Word report in the official layout (Decree 30/2020), from the
 * template in {@code reports/} (landscape A4 for its wide tables): the issuing body and number
 * beside the national title and motto with the place and date, the title, per section a table of
 * totals with TCC's figure and the comparisons and a table of the units' figures, what changed (for
 * a correction), the recipients and the signature block. Figures print the Vietnamese way, from the
 * same data set as the workbook.
 */
public class DocxSynthesisWriter {
  public static final String NATION = DocxReportWriter.NATION;
  public static final String MOTTO = DocxReportWriter.MOTTO;

  /** Columns of a section's totals table: STT, indicator, unit, then the eight figures. */
  public static final int FIRST_FIGURE_COLUMN = 3;

  private static final String FONT = "Times New Roman";

  /** The template's paragraph the body (sections, tables, changes) replaces. */
  static final String BODY_MARKER = "{{noi_dung}}";

  private final ReportTemplates templates;

  /** Starts from the configured templates (see {@link ReportTemplates}). */
  public DocxSynthesisWriter() {
    this(ReportTemplates.configured());
  }

  public DocxSynthesisWriter(ReportTemplates templates) {
    this.templates = templates;
  }

  public byte[] write(SynthesisDataSet data) {
    return write(data, percent -> {});
  }

  /**
   * Writes the report from the template {@value ReportTemplates#SYNTHESIS_DOCX}: its heading
   * (issuing body, number, national title and motto, place and date), title lines, recipients and
   * signature block keep the clerk's layout with their placeholders filled; the body — the
   * sections' tables and what changed — goes where the paragraph {@value #BODY_MARKER} stands.
   *
   * @param percent told the share written (0-100) after each section
   */
  public byte[] write(SynthesisDataSet data, java.util.function.IntConsumer percent) {
    try (InputStream template = templates.open(ReportTemplates.SYNTHESIS_DOCX);
        XWPFDocument document = new XWPFDocument(template);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      document.getProperties().getCoreProperties().setTitle(data.title() + " " + data.number());
      document.getProperties().getCoreProperties().setCreator("TCC");
      XWPFParagraph marker = marker(document);
      Body body = new Body(document, marker);
      if (data.version() > 1) {
        run(centred(body.paragraph()), "(Phiên bản " + data.version() + ")", 12, false, true);
      }
      if (data.draft()) {
        run(centred(body.paragraph()), "(DỰ THẢO — chưa gửi)", 12, true, true);
      }
      run(
          body.paragraph(),
          "Tổng hợp từ báo cáo đã được duyệt của " + data.units().size() + " đơn vị.",
          13,
          false,
          false);
      int done = 0;
      for (SynthesisDataSet.Section section : data.sections()) {
        XWPFParagraph heading = body.paragraph();
        heading.setSpacingBefore(200);
        run(heading, section.title(), 13, true, false);
        totals(body, section);
        if (!data.units().isEmpty()) {
          run(body.paragraph(), "Số liệu theo đơn vị:", 12, false, true);
          byUnit(body, data, section);
        }
        percent.accept(++done * 100 / Math.max(1, data.sections().size()));
      }
      if (data.changes() != null) {
        XWPFParagraph heading = body.paragraph();
        heading.setSpacingBefore(200);
        run(heading, "Nội dung điều chỉnh so với phiên bản trước", 13, true, false);
        for (String line : data.changes().split("\n")) {
          run(body.paragraph(), line, 12, false, false);
        }
      }
      document.removeBodyElement(document.getPosOfParagraph(marker));
      fillPlaceholders(document, placeholders(data));
      document.write(out);
      percent.accept(100);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a .docx in memory failed", e);
    }
  }

  /** The values of the template's placeholders; lines of a value are separated by "\n". */
  static Map<String, String> placeholders(SynthesisDataSet data) {
    Map<String, String> values = new HashMap<>();
    values.put("cap_tren", data.superior());
    values.put("co_quan", VietnameseFormat.upperCase(data.issuingBody()));
    values.put("so", data.number());
    values.put("noi_ngay", VietnameseFormat.placeAndDate(data.place(), data.date()));
    values.put("tieu_de", data.title());
    values.put("bieu_mau", data.formTitle());
    values.put("ky_bao_cao", data.periodLabel());
    values.put(
        "noi_nhan",
        String.join("\n", data.recipients().stream().map(r -> "- " + r + ";").toList()));
    values.put("chuc_vu", data.signerTitle());
    values.put(
        "ghi_chu_ky",
        data.signatureNote() != null ? data.signatureNote() : "(Ký, ghi rõ họ tên, đóng dấu)");
    values.put("nguoi_ky", data.signerName() == null ? "" : data.signerName());
    return values;
  }

  private static XWPFParagraph marker(XWPFDocument document) {
    for (XWPFParagraph paragraph : document.getParagraphs()) {
      if (paragraph.getText().contains(BODY_MARKER)) {
        return paragraph;
      }
    }
    throw new IllegalStateException(
        "The template " + ReportTemplates.SYNTHESIS_DOCX + " has no paragraph " + BODY_MARKER);
  }

  /** Every paragraph of the body and of its tables' cells, its placeholders filled. */
  private static void fillPlaceholders(XWPFDocument document, Map<String, String> values) {
    List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
    for (XWPFTable table : document.getTables()) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          paragraphs.addAll(cell.getParagraphs());
        }
      }
    }
    for (XWPFParagraph paragraph : paragraphs) {
      String text = paragraph.getText();
      if (text == null || !text.contains("{{") || paragraph.getRuns().isEmpty()) {
        continue;
      }
      // Word may split a placeholder over runs: the paragraph's text goes into its first run,
      // which keeps the clerk's font, size and emphasis.
      String filled = ReportTemplates.fill(text, values);
      XWPFRun first = paragraph.getRuns().get(0);
      for (int i = paragraph.getRuns().size() - 1; i > 0; i--) {
        paragraph.removeRun(i);
      }
      String[] lines = filled.split("\n", -1);
      first.setText(lines[0], 0);
      for (int i = 1; i < lines.length; i++) {
        first.addBreak();
        first.setText(lines[i]);
      }
    }
  }

  /** Paragraphs and tables inserted, in order, before the template's body marker. */
  private static final class Body {
    private final XWPFDocument document;
    private final XWPFParagraph marker;

    Body(XWPFDocument document, XWPFParagraph marker) {
      this.document = document;
      this.marker = marker;
    }

    XWPFParagraph paragraph() {
      try (XmlCursor cursor = marker.getCTP().newCursor()) {
        return document.insertNewParagraph(cursor);
      }
    }

    XWPFTable table(int rows, int columns) {
      XWPFTable table;
      try (XmlCursor cursor = marker.getCTP().newCursor()) {
        table = document.insertNewTbl(cursor);
      }
      XWPFTableRow first = table.getRow(0);
      for (int c = first.getTableCells().size(); c < columns; c++) {
        first.addNewTableCell();
      }
      for (int r = 1; r < rows; r++) {
        table.createRow();
      }
      return table;
    }
  }

  /**
   * A figure as printed: 1.234.567 for whole numbers, 87,5 for rates and fractions, "" for none.
   */
  public static String figure(IndicatorType type, BigDecimal number) {
    if (number == null) {
      return "";
    }
    BigDecimal plain = number.stripTrailingZeros();
    if (type == IndicatorType.PERCENT || plain.scale() > 0) {
      return VietnameseFormat.decimal(number);
    }
    return VietnameseFormat.grouped(plain.longValueExact());
  }

  /** STT, indicator, unit, total, TCC, previous, change, %, last year, change, %. */
  private static void totals(Body document, SynthesisDataSet.Section section) {
    List<String> titles =
        List.of(
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Tổng cộng",
            "Số liệu hệ thống TCC",
            "Kỳ trước",
            "Tăng/giảm",
            "Tỷ lệ (%)",
            "Cùng kỳ năm trước",
            "Tăng/giảm",
            "Tỷ lệ (%)");
    XWPFTable table = document.table(section.lines().size() + 1, titles.size());
    table.setWidth("100%");
    for (int i = 0; i < titles.size(); i++) {
      run(cell(table.getRow(0), i), titles.get(i), 11, true, false);
    }
    for (int r = 0; r < section.lines().size(); r++) {
      SynthesisDataSet.Line line = section.lines().get(r);
      XWPFTableRow row = table.getRow(r + 1);
      run(cell(row, 0), String.valueOf(r + 1), 11, false, false);
      run(cell(row, 1), line.name(), 11, false, false);
      run(cell(row, 2), line.unit() == null ? "" : line.unit(), 11, false, false);
      BigDecimal[] figures = {
        line.total(),
        line.tccFigure(),
        line.previous(),
        line.deltaFromPrevious(),
        line.percentFromPrevious(),
        line.lastYear(),
        line.deltaFromLastYear(),
        line.percentFromLastYear()
      };
      for (int i = 0; i < figures.length; i++) {
        boolean rate = i == 4 || i == 7;
        XWPFParagraph value = cell(row, FIRST_FIGURE_COLUMN + i);
        value.setAlignment(ParagraphAlignment.RIGHT);
        run(
            value,
            figure(rate ? IndicatorType.PERCENT : line.type(), figures[i]),
            11,
            false,
            false);
      }
    }
  }

  /** STT, indicator, then a column per unit. */
  private static void byUnit(
      Body document, SynthesisDataSet data, SynthesisDataSet.Section section) {
    XWPFTable table = document.table(section.lines().size() + 1, data.units().size() + 2);
    table.setWidth("100%");
    run(cell(table.getRow(0), 0), "STT", 11, true, false);
    run(cell(table.getRow(0), 1), "Chỉ tiêu", 11, true, false);
    for (int u = 0; u < data.units().size(); u++) {
      run(cell(table.getRow(0), u + 2), data.units().get(u).nameVi(), 10, true, false);
    }
    for (int r = 0; r < section.lines().size(); r++) {
      SynthesisDataSet.Line line = section.lines().get(r);
      XWPFTableRow row = table.getRow(r + 1);
      run(cell(row, 0), String.valueOf(r + 1), 11, false, false);
      run(cell(row, 1), line.name(), 11, false, false);
      for (int u = 0; u < line.byUnit().size(); u++) {
        XWPFParagraph value = cell(row, u + 2);
        value.setAlignment(ParagraphAlignment.RIGHT);
        run(value, figure(line.type(), line.byUnit().get(u)), 11, false, false);
      }
    }
  }

  private static XWPFParagraph cell(XWPFTableRow row, int column) {
    return row.getCell(column).getParagraphs().get(0);
  }

  private static XWPFParagraph centred(XWPFParagraph paragraph) {
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  private static XWPFRun run(
      XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
