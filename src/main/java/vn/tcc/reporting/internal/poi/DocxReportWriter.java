package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.ReportDataSet;
import vn.tcc.reporting.internal.notice.VietnameseFormat;

/**
 * Writes a report's data set as a Word document in the official layout (Decree 30/2020): the
 * issuing body and number beside the national title and motto with the place and date, the title, a
 * table per section, the recipients (Nơi nhận) and the signature block. Figures are printed the
 * Vietnamese way (1.234.567; 87,5), from the same data set as the workbook.
 */
public class DocxReportWriter {
  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  /** The column of the figure in each section's table: STT, indicator, unit, figure, note. */
  public static final int FIGURE_COLUMN = 3;

  private static final String FONT = "Times New Roman";

  public byte[] write(ReportDataSet data) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      document.getProperties().getCoreProperties().setTitle(data.formTitle());
      document.getProperties().getCoreProperties().setCreator("TCC");
      heading(document, data);
      XWPFParagraph title = centred(document.createParagraph());
      title.setSpacingBefore(240);
      run(title, "BÁO CÁO", 14, true, false);
      run(centred(document.createParagraph()), data.formTitle(), 13, true, false);
      run(centred(document.createParagraph()), data.periodLabel(), 13, false, true);
      if (data.draft()) {
        run(centred(document.createParagraph()), "(DỰ THẢO — chưa gửi)", 12, true, true);
      }
      for (ReportDataSet.Section section : data.sections()) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBefore(200);
        run(heading, section.title(), 13, true, false);
        table(document, section);
      }
      closing(document, data);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a .docx in memory failed", e);
    }
  }

  /** A figure as the document prints it: 1.234.567 for counts and money, 87,5 for rates. */
  public static String figure(IndicatorType type, BigDecimal number) {
    if (type == IndicatorType.PERCENT) {
      return VietnameseFormat.decimal(number);
    }
    return VietnameseFormat.grouped(number.longValueExact());
  }

  private static void heading(XWPFDocument document, ReportDataSet data) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell body = table.getRow(0).getCell(0);
    XWPFParagraph first = centred(body.getParagraphs().get(0));
    if (data.superior() != null) {
      run(first, data.superior(), 12, false, false);
      run(
          centred(body.addParagraph()),
          VietnameseFormat.upperCase(data.issuingBody()),
          12,
          true,
          false);
    } else {
      run(first, VietnameseFormat.upperCase(data.issuingBody()), 12, true, false);
    }
    run(centred(body.addParagraph()), "Số: " + data.number(), 13, false, false);
    XWPFTableCell nation = table.getRow(0).getCell(1);
    run(centred(nation.getParagraphs().get(0)), NATION, 12, true, false);
    run(centred(nation.addParagraph()), MOTTO, 13, true, false)
        .setUnderline(UnderlinePatterns.SINGLE);
    run(
        centred(nation.addParagraph()),
        VietnameseFormat.placeAndDate(data.place(), data.date()),
        13,
        false,
        true);
  }

  private static void table(XWPFDocument document, ReportDataSet.Section section) {
    XWPFTable table = document.createTable(section.lines().size() + 1, 5);
    table.setWidth("100%");
    String[] titles = {"STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Nguồn, ghi chú"};
    for (int i = 0; i < titles.length; i++) {
      run(cell(table.getRow(0), i), titles[i], 12, true, false);
    }
    int ordinal = 1;
    for (int r = 0; r < section.lines().size(); r++) {
      ReportDataSet.Line line = section.lines().get(r);
      XWPFTableRow row = table.getRow(r + 1);
      run(cell(row, 0), String.valueOf(ordinal++), 12, false, false);
      run(cell(row, 1), line.name(), 12, false, false);
      run(cell(row, 2), line.unit() == null ? "" : line.unit(), 12, false, false);
      XWPFParagraph value = cell(row, FIGURE_COLUMN);
      if (line.number() != null) {
        value.setAlignment(ParagraphAlignment.RIGHT);
        run(value, figure(line.type(), line.number()), 12, false, false);
      } else {
        run(value, line.text() == null ? "" : line.text(), 12, false, false);
      }
      run(cell(row, 4), line.note() == null ? "" : line.note(), 11, false, true);
    }
  }

  private static void closing(XWPFDocument document, ReportDataSet data) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFParagraph label = recipients.getParagraphs().get(0);
    label.setSpacingBefore(240);
    run(label, "Nơi nhận:", 12, true, true);
    for (String recipient : data.recipients()) {
      run(recipients.addParagraph(), "- " + recipient + ";", 11, false, false);
    }
    XWPFTableCell signature = table.getRow(0).getCell(1);
    XWPFParagraph position = centred(signature.getParagraphs().get(0));
    position.setSpacingBefore(240);
    run(position, data.signerTitle(), 13, true, false);
    run(centred(signature.addParagraph()), "(Ký, ghi rõ họ tên, đóng dấu)", 12, false, true);
    XWPFParagraph name = centred(signature.addParagraph());
    name.setSpacingBefore(1200);
    run(name, data.signerName() == null ? "" : data.signerName(), 13, true, false);
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
