package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.tcc.reporting.api.RecordDocument;
import vn.tcc.reporting.internal.notice.VietnameseFormat;

/**
 * A {@link RecordDocument} as Word: the issuing body and number beside the national title and motto
 * with place and date (as {@link DocxReportWriter} lays out reports), the title, a two-column table
 * of facts, the closing paragraphs and the signature block.
 */
public class DocxRecordWriter {
  private static final String FONT = "Times New Roman";

  public byte[] write(RecordDocument record) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024)) {
      document.getProperties().getCoreProperties().setTitle(record.title());
      document.getProperties().getCoreProperties().setCreator("TCC");
      heading(document, record);
      XWPFParagraph title = centred(document.createParagraph());
      title.setSpacingBefore(240);
      run(title, VietnameseFormat.upperCase(record.title()), 14, true, false);
      if (record.subtitle() != null && !record.subtitle().isBlank()) {
        run(centred(document.createParagraph()), record.subtitle(), 13, false, true);
      }
      XWPFTable table = document.createTable(record.facts().size(), 2);
      table.setWidth("100%");
      for (int i = 0; i < record.facts().size(); i++) {
        RecordDocument.Fact fact = record.facts().get(i);
        run(table.getRow(i).getCell(0).getParagraphs().get(0), fact.label(), 12, true, false);
        lines(table.getRow(i).getCell(1), fact.value());
      }
      for (String paragraph : record.closing()) {
        XWPFParagraph closing = document.createParagraph();
        closing.setSpacingBefore(120);
        closing.setAlignment(ParagraphAlignment.BOTH);
        run(closing, paragraph, 12, false, false);
      }
      XWPFTable signature = document.createTable(1, 2);
      signature.removeBorders();
      signature.setWidth("100%");
      XWPFTableCell signer = signature.getRow(0).getCell(1);
      XWPFParagraph position = centred(signer.getParagraphs().get(0));
      position.setSpacingBefore(240);
      run(position, record.signerTitle() == null ? "" : record.signerTitle(), 13, true, false);
      XWPFParagraph name = centred(signer.addParagraph());
      name.setSpacingBefore(600);
      run(name, record.signerName() == null ? "" : record.signerName(), 13, true, false);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a .docx in memory failed", e);
    }
  }

  private static void heading(XWPFDocument document, RecordDocument record) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    XWPFTableCell body = table.getRow(0).getCell(0);
    run(
        centred(body.getParagraphs().get(0)),
        VietnameseFormat.upperCase(record.issuingBody()),
        12,
        true,
        false);
    run(centred(body.addParagraph()), "Số: " + record.number(), 13, false, false);
    XWPFTableCell nation = table.getRow(0).getCell(1);
    run(centred(nation.getParagraphs().get(0)), DocxReportWriter.NATION, 12, true, false);
    run(centred(nation.addParagraph()), DocxReportWriter.MOTTO, 13, true, false)
        .setUnderline(UnderlinePatterns.SINGLE);
    run(
        centred(nation.addParagraph()),
        VietnameseFormat.placeAndDate(record.place(), record.date()),
        13,
        false,
        true);
  }

  /** A cell's text, one paragraph per line. */
  private static void lines(XWPFTableCell cell, String value) {
    String[] lines = value.split("\n", -1);
    run(cell.getParagraphs().get(0), lines[0], 12, false, false);
    for (int i = 1; i < lines.length; i++) {
      run(cell.addParagraph(), lines[i], 12, false, false);
    }
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
