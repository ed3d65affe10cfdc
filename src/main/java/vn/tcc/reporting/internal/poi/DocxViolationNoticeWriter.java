package vn.tcc.reporting.internal.poi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.tcc.reporting.internal.notice.Emphasis;
import vn.tcc.reporting.internal.notice.Fact;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.notice.NoticeLayout;
import vn.tcc.reporting.internal.notice.NoticeQr;
import vn.tcc.reporting.internal.notice.Paragraph;
import vn.tcc.reporting.internal.notice.Span;

/**
 * Writes the notice of violation as a Word document with POI's XWPF: A4, Times New Roman, the
 * national heading and the unit side by side in a borderless table, the facts in a ruled table, the
 * photo at text width, the verification block in a framed cell with the check page's QR code,
 * "Thông báo số … – Trang x/y" in the footer. The text is marked Vietnamese so Word checks its
 * spelling as such.
 *
 * <p>Stateless: one instance serves every thread.
 */
public class DocxViolationNoticeWriter {
  static final String FONT = "Times New Roman";
  static final String MONO_FONT = "Courier New";

  private static final int BODY_PT = 13;
  private static final int TABLE_PT = 12;
  private static final int SMALL_PT = 11;
  private static final int TITLE_PT = 14;
  private static final int CODE_PT = 18;
  private static final int FOOTER_PT = 10;

  /** Twentieths of a point, Word's unit for lengths on the page. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private static final int TEXT_WIDTH = twips(NoticeLayout.TEXT_WIDTH_MM);
  private static final int INDENT = twips(10);
  private static final String GREY = "F2F2F2";
  private static final String LINK_BLUE = "1F4E9A";

  public byte[] write(NoticeContent content) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
      setUpPage(document);
      document.getProperties().getCoreProperties().setTitle(content.footer());
      document.getProperties().getCoreProperties().setCreator("TCC");
      heading(document, content);
      title(document);
      addressee(document, content);
      facts(document, content.facts());
      photo(document, content);
      actions(document, content);
      payment(document, content);
      verification(document, content);
      closing(document, content);
      footer(document, content);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a .docx in memory failed", e);
    }
  }

  private static void setUpPage(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(NoticeLayout.PAGE_WIDTH_MM)));
    size.setH(BigInteger.valueOf(twips(NoticeLayout.PAGE_HEIGHT_MM)));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(NoticeLayout.MARGIN_TOP_MM)));
    margins.setBottom(BigInteger.valueOf(twips(NoticeLayout.MARGIN_BOTTOM_MM)));
    margins.setLeft(BigInteger.valueOf(twips(NoticeLayout.MARGIN_LEFT_MM)));
    margins.setRight(BigInteger.valueOf(twips(NoticeLayout.MARGIN_RIGHT_MM)));
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    margins.setGutter(BigInteger.ZERO);

    // Defaults too, so that empty paragraphs and anything typed later are Times New Roman.
    XWPFStyles styles = document.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("vi-VN");
  }

  private static void heading(XWPFDocument document, NoticeContent content) {
    int unitWidth = (int) Math.round(TEXT_WIDTH * NoticeLayout.HEADING_UNIT_SHARE);
    XWPFTable table = table(document, 1, unitWidth, TEXT_WIDTH - unitWidth);
    table.removeBorders();
    table.setCellMargins(0, 0, 0, 0); // the whole width for the unit's long upper-case name
    XWPFTableCell unit = table.getRow(0).getCell(0);
    if (content.superior() != null) {
      run(centred(firstParagraph(unit)), content.superior(), TABLE_PT, Emphasis.PLAIN);
      run(centred(unit.addParagraph()), content.unit(), TABLE_PT, Emphasis.STRONG);
    } else {
      run(centred(firstParagraph(unit)), content.unit(), TABLE_PT, Emphasis.STRONG);
    }
    XWPFParagraph number = centred(unit.addParagraph());
    number.setSpacingBefore(120);
    run(number, content.number(), BODY_PT, Emphasis.PLAIN);

    XWPFTableCell nation = table.getRow(0).getCell(1);
    run(centred(firstParagraph(nation)), NoticeContent.NATION, TABLE_PT, Emphasis.STRONG);
    XWPFRun motto =
        run(centred(nation.addParagraph()), NoticeContent.MOTTO, BODY_PT, Emphasis.STRONG);
    motto.setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph date = centred(nation.addParagraph());
    date.setSpacingBefore(120);
    run(date, content.dateLine(), BODY_PT, Emphasis.NOTE);
  }

  private static void title(XWPFDocument document) {
    XWPFParagraph title = centred(document.createParagraph());
    title.setSpacingBefore(360);
    title.setSpacingAfter(0);
    run(title, NoticeContent.TITLE, TITLE_PT, Emphasis.STRONG);
    XWPFParagraph subtitle = centred(document.createParagraph());
    subtitle.setSpacingAfter(240);
    run(subtitle, NoticeContent.SUBTITLE, BODY_PT, Emphasis.NOTE);
  }

  private static void addressee(XWPFDocument document, NoticeContent content) {
    XWPFParagraph to = body(document, content.addressee(), BODY_PT);
    to.setAlignment(ParagraphAlignment.LEFT);
    to.setIndentationLeft(INDENT);
    to.setSpacingAfter(0);
    XWPFParagraph address = body(document, content.addresseeAddress(), BODY_PT);
    address.setAlignment(ParagraphAlignment.LEFT);
    address.setIndentationLeft(INDENT);
    body(document, content.introduction(), BODY_PT).setFirstLineIndent(INDENT);
  }

  private static void facts(XWPFDocument document, List<Fact> facts) {
    int labelWidth = (int) Math.round(TEXT_WIDTH * NoticeLayout.FACT_LABEL_SHARE);
    XWPFTable table = table(document, facts.size(), labelWidth, TEXT_WIDTH - labelWidth);
    ruled(table, 4);
    table.setCellMargins(40, 100, 40, 100);
    for (int i = 0; i < facts.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      row.setCantSplitRow(true);
      XWPFTableCell label = row.getCell(0);
      label.setColor(GREY);
      label.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      run(firstParagraph(label), facts.get(i).label(), TABLE_PT, Emphasis.PLAIN);
      XWPFTableCell value = row.getCell(1);
      value.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      runs(firstParagraph(value), facts.get(i).value(), TABLE_PT);
    }
  }

  private static void photo(XWPFDocument document, NoticeContent content) {
    XWPFParagraph heading = sectionHeading(document, NoticeContent.PHOTO_HEADING);
    heading.setKeepNext(true);
    if (!content.hasPhoto()) {
      XWPFTable box = table(document, 1, TEXT_WIDTH);
      ruled(box, 8);
      XWPFTableRow row = box.getRow(0);
      row.setHeight(twips(NoticeLayout.NO_PHOTO_BOX_HEIGHT_MM));
      row.setCantSplitRow(true);
      XWPFTableCell cell = row.getCell(0);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
      run(centred(firstParagraph(cell)), NoticeContent.NO_PHOTO, BODY_PT, Emphasis.STRONG);
      run(centred(cell.addParagraph()), NoticeContent.NO_PHOTO_DETAIL, SMALL_PT, Emphasis.NOTE);
      return;
    }
    byte[] jpeg = content.photoJpeg();
    int[] pixels = jpegSize(jpeg);
    double[] mm = NoticeLayout.photoSizeMm(pixels[0], pixels[1]);
    XWPFParagraph picture = centred(document.createParagraph());
    picture.setSpacingAfter(120);
    XWPFRun pictureRun = picture.createRun();
    style(pictureRun, BODY_PT, Emphasis.PLAIN);
    try {
      pictureRun.addPicture(
          new ByteArrayInputStream(jpeg),
          Document.PICTURE_TYPE_JPEG,
          "anh-vi-pham.jpg",
          emu(mm[0]),
          emu(mm[1]));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalArgumentException("The evidence photo cannot be embedded", e);
    }
  }

  private static void actions(XWPFDocument document, NoticeContent content) {
    sectionHeading(document, NoticeContent.ACTION_HEADING);
    for (Paragraph action : content.actions()) {
      body(document, action, BODY_PT).setFirstLineIndent(INDENT);
    }
  }

  private static void payment(XWPFDocument document, NoticeContent content) {
    sectionHeading(document, NoticeContent.PAYMENT_HEADING);
    body(document, content.paymentIntroduction(), BODY_PT).setFirstLineIndent(INDENT);
    for (String method : content.paymentMethods()) {
      XWPFParagraph line = body(document);
      line.setIndentationLeft(INDENT + twips(6));
      line.setIndentationHanging(twips(6));
      line.setSpacingAfter(40);
      // A real tab (a "\t" in the text is only white space to Word) reaches the hanging indent.
      run(line, "–", BODY_PT, Emphasis.PLAIN).addTab();
      run(line, method, BODY_PT, Emphasis.PLAIN);
    }
    body(document, content.paymentWarning(), BODY_PT).setSpacingBefore(60);
  }

  /**
   * The framed verification block: the code and the address on the left, the QR code that opens the
   * check page with the code filled in on the right (beside, not below, so the notice keeps to two
   * pages), the evidence digest across the whole width underneath.
   */
  private static void verification(XWPFDocument document, NoticeContent content) {
    spacer(document);
    int qrColumn = twips(NoticeLayout.QR_SIDE_MM + 8);
    XWPFTable box = table(document, 2, TEXT_WIDTH - qrColumn, qrColumn);
    ruled(box, 12);
    box.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    box.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    box.setCellMargins(80, 160, 80, 160);
    box.getRow(0).setCantSplitRow(true);
    box.getRow(1).setCantSplitRow(true);
    XWPFTableCell cell = box.getRow(0).getCell(0);
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);

    run(
        centred(firstParagraph(cell)),
        NoticeContent.VERIFICATION_HEADING,
        BODY_PT,
        Emphasis.STRONG);

    XWPFParagraph codeLabel = centred(cell.addParagraph());
    codeLabel.setSpacingBefore(120);
    codeLabel.setSpacingAfter(0);
    run(codeLabel, NoticeContent.VERIFICATION_CODE_LABEL, BODY_PT, Emphasis.PLAIN);
    XWPFParagraph code = centred(cell.addParagraph());
    code.setSpacingAfter(40);
    run(code, content.verificationCode(), CODE_PT, Emphasis.CODE).setBold(true);

    XWPFParagraph where = centred(cell.addParagraph());
    run(where, NoticeContent.VERIFICATION_URL_LABEL + " ", BODY_PT, Emphasis.PLAIN);
    XWPFHyperlinkRun link = where.createHyperlinkRun(content.verificationUrl());
    style(link, BODY_PT, Emphasis.PLAIN);
    link.setText(content.verificationUrl());
    link.setBold(true);
    link.setColor(LINK_BLUE);
    link.setUnderline(UnderlinePatterns.SINGLE);
    run(centred(cell.addParagraph()), NoticeContent.VERIFICATION_HINT, SMALL_PT, Emphasis.NOTE);

    XWPFTableCell qrCell = box.getRow(0).getCell(1);
    qrCell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph qr = centred(firstParagraph(qrCell));
    XWPFRun qrRun = qr.createRun();
    style(qrRun, BODY_PT, Emphasis.PLAIN);
    try {
      qrRun.addPicture(
          new ByteArrayInputStream(NoticeQr.png(content.checkAddress())),
          Document.PICTURE_TYPE_PNG,
          "ma-qr-tra-cuu.png",
          emu(NoticeLayout.QR_SIDE_MM),
          emu(NoticeLayout.QR_SIDE_MM));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("The check page's QR code cannot be embedded", e);
    }
    XWPFParagraph caption = centred(qrCell.addParagraph());
    caption.setSpacingAfter(0);
    run(caption, NoticeContent.QR_CAPTION, FOOTER_PT, Emphasis.NOTE);

    XWPFTableRow digestRow = box.getRow(1);
    digestRow.removeCell(1);
    XWPFTableCell digest = digestRow.getCell(0);
    digest.setWidth(Integer.toString(TEXT_WIDTH));
    CTTcPr properties =
        digest.getCTTc().isSetTcPr() ? digest.getCTTc().getTcPr() : digest.getCTTc().addNewTcPr();
    properties.addNewGridSpan().setVal(BigInteger.TWO);
    XWPFParagraph shaLabel = firstParagraph(digest);
    shaLabel.setSpacingBefore(80);
    run(shaLabel, NoticeContent.SHA256_LABEL, SMALL_PT, Emphasis.PLAIN);
    run(digest.addParagraph(), content.sha256(), SMALL_PT, Emphasis.CODE);
    run(digest.addParagraph(), NoticeContent.SHA256_HINT, SMALL_PT, Emphasis.NOTE);
  }

  /**
   * Contact and publication note; with a signatory they go in the left column beside the signature,
   * as the "Nơi nhận" notes of an official letter do, which keeps the notice to two pages.
   */
  private static void closing(XWPFDocument document, NoticeContent content) {
    spacer(document);
    if (content.signatoryName() == null) {
      body(document, content.contact(), BODY_PT);
      body(document, Paragraph.of(Span.note(NoticeContent.PUBLICATION)), BODY_PT);
      return;
    }
    int half = TEXT_WIDTH / 2;
    XWPFTable table = table(document, 1, half, TEXT_WIDTH - half);
    table.removeBorders();
    table.setCellMargins(0, 0, 0, 120);
    table.getRow(0).setCantSplitRow(true);

    XWPFTableCell notes = table.getRow(0).getCell(0);
    XWPFParagraph contact = firstParagraph(notes);
    contact.setSpacingBefore(120);
    contact.setSpacingAfter(60);
    runs(contact, content.contact(), SMALL_PT);
    XWPFParagraph publication = notes.addParagraph();
    runs(publication, Paragraph.of(Span.note(NoticeContent.PUBLICATION)), SMALL_PT);

    XWPFTableCell signature = table.getRow(0).getCell(1);
    XWPFParagraph first = firstParagraph(signature);
    first.setSpacingBefore(120);
    for (int i = 0; i < content.signatoryPosition().size(); i++) {
      XWPFParagraph line = i == 0 ? first : signature.addParagraph();
      line.setSpacingAfter(0);
      run(centred(line), content.signatoryPosition().get(i), BODY_PT, Emphasis.STRONG);
    }
    XWPFParagraph name = centred(signature.addParagraph());
    name.setSpacingBefore(1300); // room for the signature and the seal
    run(name, content.signatoryName(), BODY_PT, Emphasis.STRONG);
  }

  private static void footer(XWPFDocument document, NoticeContent content) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph line = centred(footer.createParagraph());
    run(line, content.footer() + " – " + NoticeContent.PAGE + " ", FOOTER_PT, Emphasis.NOTE);
    field(line, "PAGE");
    run(line, "/", FOOTER_PT, Emphasis.NOTE);
    field(line, "NUMPAGES");
  }

  /** A Word field that Word fills in when it lays out the pages; "1" until then. */
  private static void field(XWPFParagraph paragraph, String instruction) {
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(instruction);
    XWPFRun shown = new XWPFRun(field.addNewR(), paragraph);
    style(shown, FOOTER_PT, Emphasis.NOTE);
    shown.setText("1");
  }

  private static XWPFParagraph sectionHeading(XWPFDocument document, String text) {
    XWPFParagraph heading = document.createParagraph();
    heading.setSpacingBefore(160);
    heading.setSpacingAfter(60);
    heading.setKeepNext(true);
    run(heading, text, BODY_PT, Emphasis.STRONG);
    return heading;
  }

  private static XWPFParagraph body(XWPFDocument document, Paragraph text, int points) {
    XWPFParagraph paragraph = body(document);
    runs(paragraph, text, points);
    return paragraph;
  }

  /** An empty justified paragraph of the body. */
  private static XWPFParagraph body(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setSpacingAfter(80);
    return paragraph;
  }

  /** A thin empty paragraph: some air between a framed block and the text around it. */
  private static void spacer(XWPFDocument document) {
    XWPFParagraph spacer = document.createParagraph();
    spacer.setSpacingAfter(0);
    run(spacer, "", 6, Emphasis.PLAIN);
  }

  private static void runs(XWPFParagraph paragraph, Paragraph text, int points) {
    for (Span span : text.spans()) {
      run(paragraph, span.text(), points, span.emphasis());
    }
  }

  /** A run of text; line breaks in it become Word line breaks. */
  private static XWPFRun run(XWPFParagraph paragraph, String text, int points, Emphasis emphasis) {
    XWPFRun run = paragraph.createRun();
    style(run, points, emphasis);
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    return run;
  }

  private static void style(XWPFRun run, int points, Emphasis emphasis) {
    run.setFontFamily(emphasis == Emphasis.CODE ? MONO_FONT : FONT);
    run.setFontSize(points);
    run.setLang("vi-VN");
    run.setBold(emphasis == Emphasis.STRONG);
    run.setItalic(emphasis == Emphasis.NOTE);
  }

  private static XWPFParagraph centred(XWPFParagraph paragraph) {
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  /** A table of fixed column widths (twips), so Word does not resize columns to their content. */
  private static XWPFTable table(XWPFDocument document, int rows, int... columnWidths) {
    XWPFTable table = document.createTable(rows, columnWidths.length);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(Integer.toString(TEXT_WIDTH));
    CTTblPr properties = table.getCTTbl().getTblPr();
    CTTblLayoutType layout =
        properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : columnWidths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < columnWidths.length; i++) {
        row.getCell(i).setWidthType(TableWidthType.DXA);
        row.getCell(i).setWidth(Integer.toString(columnWidths[i]));
      }
    }
    return table;
  }

  /** Single black lines around and between cells, {@code eighths} of a point thick. */
  private static void ruled(XWPFTable table, int eighths) {
    table.setTopBorder(XWPFBorderType.SINGLE, eighths, 0, "000000");
    table.setBottomBorder(XWPFBorderType.SINGLE, eighths, 0, "000000");
    table.setLeftBorder(XWPFBorderType.SINGLE, eighths, 0, "000000");
    table.setRightBorder(XWPFBorderType.SINGLE, eighths, 0, "000000");
    table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
  }

  /** Width and height in pixels, read from the JPEG's header without decoding the image. */
  static int[] jpegSize(byte[] jpeg) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
      if (input == null || !readers.hasNext()) {
        throw new IllegalStateException("No JPEG reader in this Java runtime");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          throw new IllegalArgumentException("The evidence photo has no size");
        }
        return new int[] {width, height};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("The evidence photo is not a readable JPEG", e);
    }
  }

  private static int twips(double mm) {
    return (int) Math.round(mm * TWIPS_PER_MM);
  }

  private static int emu(double mm) {
    return (int) Math.round(mm / 25.4 * Units.EMU_PER_INCH);
  }
}
