package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.notice.VietnameseFormat;

/**
 * Writes a provincial synthesis as a Word report in the official layout (Decree 30/2020), on
 * landscape A4 for its wide tables: the issuing body and number beside the national title and motto
 * with the place and date, the title, per section a table of totals with TCC's figure and the
 * comparisons and a table of the units' figures, what changed (for a correction), the recipients
 * and the signature block. Figures print the Vietnamese way, from the same data set as the
 * workbook.
 */
public class DocxSynthesisWriter {
  public static final String NATION = DocxReportWriter.NATION;
  public static final String MOTTO = DocxReportWriter.MOTTO;

  /** Columns of a section's totals table: STT, indicator, unit, then the eight figures. */
  public static final int FIRST_FIGURE_COLUMN = 3;

  private static final String FONT = "Times New Roman";

  public byte[] write(SynthesisDataSet data) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
      document.getProperties().getCoreProperties().setTitle(data.title() + " " + data.number());
      document.getProperties().getCoreProperties().setCreator("TCC");
      landscape(document);
      heading(document, data);
      XWPFParagraph title = centred(document.createParagraph());
      title.setSpacingBefore(240);
      run(title, data.title(), 14, true, false);
      run(centred(document.createParagraph()), data.formTitle(), 13, true, false);
      run(centred(document.createParagraph()), data.periodLabel(), 13, false, true);
      if (data.version() > 1) {
        run(
            centred(document.createParagraph()),
            "(Phiên bản " + data.version() + ")",
            12,
            false,
            true);
      }
      if (data.draft()) {
        run(centred(document.createParagraph()), "(DỰ THẢO — chưa gửi)", 12, true, true);
      }
      run(
          document.createParagraph(),
          "Tổng hợp từ báo cáo đã được duyệt của " + data.units().size() + " đơn vị.",
          13,
          false,
          false);
      for (SynthesisDataSet.Section section : data.sections()) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBefore(200);
        run(heading, section.title(), 13, true, false);
        totals(document, section);
        if (!data.units().isEmpty()) {
          run(document.createParagraph(), "Số liệu theo đơn vị:", 12, false, true);
          byUnit(document, data, section);
        }
      }
      if (data.changes() != null) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBefore(200);
        run(heading, "Nội dung điều chỉnh so với phiên bản trước", 13, true, false);
        for (String line : data.changes().split("\n")) {
          run(document.createParagraph(), line, 12, false, false);
        }
      }
      closing(document, data);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a .docx in memory failed", e);
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

  private static void landscape(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
  }

  private static void heading(XWPFDocument document, SynthesisDataSet data) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell body = table.getRow(0).getCell(0);
    run(centred(body.getParagraphs().get(0)), data.superior(), 12, false, false);
    run(
        centred(body.addParagraph()),
        VietnameseFormat.upperCase(data.issuingBody()),
        12,
        true,
        false);
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

  /** STT, indicator, unit, total, TCC, previous, change, %, last year, change, %. */
  private static void totals(XWPFDocument document, SynthesisDataSet.Section section) {
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
    XWPFTable table = document.createTable(section.lines().size() + 1, titles.size());
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
      XWPFDocument document, SynthesisDataSet data, SynthesisDataSet.Section section) {
    XWPFTable table = document.createTable(section.lines().size() + 1, data.units().size() + 2);
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

  private static void closing(XWPFDocument document, SynthesisDataSet data) {
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
    String[] titleLines = data.signerTitle().split("\n");
    run(position, titleLines[0], 13, true, false);
    for (int i = 1; i < titleLines.length; i++) {
      run(centred(signature.addParagraph()), titleLines[i], 13, true, false);
    }
    if (data.signatureNote() != null) {
      run(centred(signature.addParagraph()), data.signatureNote(), 9, false, true);
    } else {
      run(centred(signature.addParagraph()), "(Ký, ghi rõ họ tên, đóng dấu)", 12, false, true);
    }
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
