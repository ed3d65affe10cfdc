package vn.tcc.reporting.internal.pdf;

import static vn.tcc.reporting.internal.pdf.PdfPageFlow.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.tcc.reporting.internal.notice.Fact;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.notice.NoticeLayout;
import vn.tcc.reporting.internal.notice.NoticeQr;
import vn.tcc.reporting.internal.notice.Paragraph;
import vn.tcc.reporting.internal.notice.Span;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.Align;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.TextBlock;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.TextStyle;

/**
 * Writes the notice of violation as a PDF with Apache PDFBox, in the layout of the Word document:
 * A4, the unit and the national heading side by side, the facts in a ruled table, the photo at text
 * width, the framed verification block, "Thông báo số … – Trang x/y" at the foot of each page.
 * DejaVu fonts are embedded (subsets), so the Vietnamese text prints and extracts the same
 * everywhere; the photo is embedded as the JPEG it is, not re-compressed.
 *
 * <p>Stateless: one instance serves every thread (the font files are shared, read once).
 */
public class PdfViolationNoticeWriter {
  // DejaVu Serif is wider and has a taller x-height than Times New Roman: 10.5 pt here reads like
  // 13 pt Times in the Word document and keeps the notice to two pages.
  private static final float BODY_PT = 10.5f;
  private static final float TABLE_PT = 10f;
  private static final float HEADING_PT = 10f;
  private static final float SMALL_PT = 9f;
  private static final float TITLE_PT = 12f;
  private static final float CODE_PT = 16f;
  private static final float FOOTER_PT = 8f;
  private static final float LEADING = 1.28f;

  private static final float INDENT = 10 * MM;
  private static final float CELL_PADDING_X = 5f;
  private static final float CELL_PADDING_Y = 3.5f;
  private static final float BOX_PADDING = 9f;
  private static final float LABEL_GREY = 0.93f;

  public byte[] write(NoticeContent content) {
    try (PDDocument document = new PDDocument()) {
      NoticeFonts fonts = NoticeFonts.forDocument(document);
      describe(document, content);
      Styles styles = new Styles(fonts);
      PDImageXObject photo = content.hasPhoto() ? photo(document, content.photoJpeg()) : null;
      // Lossless (Flate, one bit per pixel): JPEG blur would make the code harder to scan.
      PDImageXObject qr =
          LosslessFactory.createFromImage(document, NoticeQr.image(content.checkAddress()));
      try (PdfPageFlow flow =
          new PdfPageFlow(
              document,
              (float) NoticeLayout.MARGIN_TOP_MM * MM,
              (float) NoticeLayout.MARGIN_RIGHT_MM * MM,
              (float) NoticeLayout.MARGIN_BOTTOM_MM * MM,
              (float) NoticeLayout.MARGIN_LEFT_MM * MM)) {
        flow.newPage();
        heading(flow, styles, content);
        title(flow, styles);
        addressee(flow, styles, content);
        facts(flow, styles, content.facts());
        photo(flow, styles, photo);
        actions(flow, styles, content);
        payment(flow, styles, content);
        verification(flow, styles, fonts, content, qr);
        closing(flow, styles, content);
      }
      footers(document, fonts, content);
      ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a PDF in memory failed", e);
    }
  }

  /** The paragraph styles, each mapping emphasis to the document's fonts. */
  private record Styles(
      TextStyle body, TextStyle table, TextStyle heading, TextStyle small, TextStyle title) {
    Styles(NoticeFonts fonts) {
      this(
          new TextStyle(BODY_PT, LEADING, fonts::of),
          new TextStyle(TABLE_PT, LEADING, fonts::of),
          new TextStyle(HEADING_PT, LEADING, fonts::of),
          new TextStyle(SMALL_PT, LEADING, fonts::of),
          new TextStyle(TITLE_PT, LEADING, fonts::of));
    }
  }

  private static void describe(PDDocument document, NoticeContent content) {
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(content.footer());
    information.setSubject(NoticeContent.TITLE);
    information.setCreator("TCC");
    document.getDocumentCatalog().setLanguage("vi-VN");
  }

  private static PDImageXObject photo(PDDocument document, byte[] jpeg) {
    try {
      return JPEGFactory.createFromByteArray(document, jpeg);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("The evidence photo is not a readable JPEG", e);
    }
  }

  private static void heading(PdfPageFlow flow, Styles styles, NoticeContent content)
      throws IOException {
    float unitWidth = (float) (flow.width() * NoticeLayout.HEADING_UNIT_SHARE);
    float nationWidth = flow.width() - unitWidth;
    float top = flow.y();

    List<TextBlock> unit = new ArrayList<>();
    if (content.superior() != null) {
      unit.add(centred(flow, Paragraph.plain(content.superior()), styles.heading(), unitWidth));
    }
    unit.add(centred(flow, strong(content.unit()), styles.heading(), unitWidth));
    float unitBottom = stack(flow, unit, flow.left(), top);
    TextBlock number = centred(flow, Paragraph.plain(content.number()), styles.body(), unitWidth);
    flow.draw(number, flow.left(), unitBottom - 6);
    unitBottom -= 6 + number.height();

    float x = flow.left() + unitWidth;
    TextBlock nation = centred(flow, strong(NoticeContent.NATION), styles.heading(), nationWidth);
    TextBlock motto = centred(flow, strong(NoticeContent.MOTTO), styles.body(), nationWidth);
    flow.draw(nation, x, top);
    float mottoTop = top - nation.height();
    flow.draw(motto, x, mottoTop);
    // The motto is underlined by a rule as long as the motto itself.
    float ruleY = mottoTop - motto.firstBaseline() - 3f;
    float ruleStart = x + (nationWidth - motto.width()) / 2;
    flow.line(ruleStart, ruleY, ruleStart + motto.width(), ruleY, 0.6f);
    TextBlock date =
        centred(flow, Paragraph.of(Span.note(content.dateLine())), styles.body(), nationWidth);
    float dateTop = mottoTop - motto.height() - 6;
    flow.draw(date, x, dateTop);
    float nationBottom = dateTop - date.height();

    flow.down(top - Math.min(unitBottom, nationBottom));
  }

  private static void title(PdfPageFlow flow, Styles styles) throws IOException {
    flow.down(16);
    flow.paragraph(strong(NoticeContent.TITLE), styles.title(), Align.CENTRE, 0, 0, 0);
    flow.paragraph(
        Paragraph.of(Span.note(NoticeContent.SUBTITLE)), styles.body(), Align.CENTRE, 0, 0, 12);
  }

  private static void addressee(PdfPageFlow flow, Styles styles, NoticeContent content)
      throws IOException {
    flow.paragraph(content.addressee(), styles.body(), Align.LEFT, INDENT, 0, 0);
    flow.paragraph(content.addresseeAddress(), styles.body(), Align.LEFT, INDENT, 0, 6);
    firstLineIndented(flow, content.introduction(), styles.body(), 6);
  }

  private static void facts(PdfPageFlow flow, Styles styles, List<Fact> facts) throws IOException {
    float labelWidth = (float) (flow.width() * NoticeLayout.FACT_LABEL_SHARE);
    float valueWidth = flow.width() - labelWidth;
    for (Fact fact : facts) {
      TextBlock label =
          flow.wrap(
              Paragraph.plain(fact.label()),
              styles.table(),
              labelWidth - 2 * CELL_PADDING_X,
              Align.LEFT);
      TextBlock value =
          flow.wrap(fact.value(), styles.table(), valueWidth - 2 * CELL_PADDING_X, Align.LEFT);
      float height = Math.max(label.height(), value.height()) + 2 * CELL_PADDING_Y;
      flow.ensure(height); // a row is never split between pages
      float top = flow.y();
      flow.rectangle(flow.left(), top, labelWidth, height, 0.5f, LABEL_GREY);
      flow.rectangle(flow.left() + labelWidth, top, valueWidth, height, 0.5f, 1f);
      flow.draw(
          label,
          flow.left() + CELL_PADDING_X,
          top - CELL_PADDING_Y - (height - 2 * CELL_PADDING_Y - label.height()) / 2);
      flow.draw(
          value,
          flow.left() + labelWidth + CELL_PADDING_X,
          top - CELL_PADDING_Y - (height - 2 * CELL_PADDING_Y - value.height()) / 2);
      flow.down(height);
    }
  }

  private static void photo(PdfPageFlow flow, Styles styles, PDImageXObject photo)
      throws IOException {
    TextBlock heading =
        flow.wrap(strong(NoticeContent.PHOTO_HEADING), styles.body(), flow.width(), Align.LEFT);
    float headingSpace = 10 + heading.height() + 4;
    if (photo == null) {
      float height = (float) NoticeLayout.NO_PHOTO_BOX_HEIGHT_MM * MM;
      flow.ensure(headingSpace + height);
      sectionHeading(flow, heading);
      TextBlock missing =
          flow.wrap(strong(NoticeContent.NO_PHOTO), styles.body(), flow.width(), Align.CENTRE);
      TextBlock detail =
          flow.wrap(
              Paragraph.of(Span.note(NoticeContent.NO_PHOTO_DETAIL)),
              styles.small(),
              flow.width(),
              Align.CENTRE);
      float top = flow.y();
      flow.rectangle(flow.left(), top, flow.width(), height, 1f, 0.97f);
      float textTop = top - (height - missing.height() - detail.height()) / 2;
      flow.draw(missing, flow.left(), textTop);
      flow.draw(detail, flow.left(), textTop - missing.height());
      flow.down(height);
      return;
    }
    double[] mm = NoticeLayout.photoSizeMm(photo.getWidth(), photo.getHeight());
    float width = (float) mm[0] * MM;
    float height = (float) mm[1] * MM;
    flow.ensure(headingSpace + height); // the heading stays with its photo
    sectionHeading(flow, heading);
    flow.image(photo, flow.left() + (flow.width() - width) / 2, flow.y(), width, height);
    flow.down(height);
  }

  private static void actions(PdfPageFlow flow, Styles styles, NoticeContent content)
      throws IOException {
    sectionHeading(flow, styles, NoticeContent.ACTION_HEADING);
    for (Paragraph action : content.actions()) {
      firstLineIndented(flow, action, styles.body(), 4);
    }
  }

  private static void payment(PdfPageFlow flow, Styles styles, NoticeContent content)
      throws IOException {
    sectionHeading(flow, styles, NoticeContent.PAYMENT_HEADING);
    firstLineIndented(flow, content.paymentIntroduction(), styles.body(), 3);
    for (String method : content.paymentMethods()) {
      flow.bullet("–", Paragraph.plain(method), styles.body(), INDENT, INDENT + 6 * MM, 2);
    }
    flow.down(3);
    flow.paragraph(content.paymentWarning(), styles.body(), Align.JUSTIFY, 0, 0, 0);
  }

  /**
   * The framed verification block as in the Word document: the code and the address on the left,
   * the QR code that opens the check page with the code filled in on the right (beside, so the
   * notice keeps to two pages), the evidence digest across the whole width underneath.
   */
  private static void verification(
      PdfPageFlow flow, Styles styles, NoticeFonts fonts, NoticeContent content, PDImageXObject qr)
      throws IOException {
    float inner = flow.width() - 2 * BOX_PADDING;
    float qrSide = (float) NoticeLayout.QR_SIDE_MM * MM;
    float qrColumn = qrSide + 6 * MM;
    float textWidth = inner - qrColumn - 3 * MM;
    TextStyle code = new TextStyle(CODE_PT, 1.25f, emphasis -> fonts.monoBold);
    List<TextBlock> blocks = new ArrayList<>();
    List<Float> gaps = new ArrayList<>();
    add(
        blocks,
        gaps,
        0,
        flow.wrap(
            strong(NoticeContent.VERIFICATION_HEADING), styles.body(), textWidth, Align.CENTRE));
    add(
        blocks,
        gaps,
        6,
        flow.wrap(
            Paragraph.plain(NoticeContent.VERIFICATION_CODE_LABEL),
            styles.body(),
            textWidth,
            Align.CENTRE));
    add(
        blocks,
        gaps,
        0,
        flow.wrap(
            Paragraph.of(Span.code(content.verificationCode())), code, textWidth, Align.CENTRE));
    TextBlock url =
        flow.wrap(
            Paragraph.of(
                Span.plain(NoticeContent.VERIFICATION_URL_LABEL + " "),
                Span.strong(content.verificationUrl())),
            styles.body(),
            textWidth,
            Align.CENTRE);
    int urlIndex = add(blocks, gaps, 2, url);
    add(
        blocks,
        gaps,
        0,
        flow.wrap(
            Paragraph.of(Span.note(NoticeContent.VERIFICATION_HINT)),
            styles.small(),
            textWidth,
            Align.CENTRE));
    float textHeight = 0;
    for (int i = 0; i < blocks.size(); i++) {
      textHeight += gaps.get(i) + blocks.get(i).height();
    }
    TextBlock caption =
        flow.wrap(
            Paragraph.of(Span.note(NoticeContent.QR_CAPTION)),
            new TextStyle(FOOTER_PT, LEADING, fonts::of),
            qrColumn,
            Align.CENTRE);
    float qrHeight = qrSide + 3 + caption.height();
    float upper = Math.max(textHeight, qrHeight);

    List<TextBlock> digest = new ArrayList<>();
    List<Float> digestGaps = new ArrayList<>();
    add(
        digest,
        digestGaps,
        8,
        flow.wrap(Paragraph.plain(NoticeContent.SHA256_LABEL), styles.small(), inner, Align.LEFT));
    add(
        digest,
        digestGaps,
        0,
        flow.wrap(Paragraph.of(Span.code(content.sha256())), styles.small(), inner, Align.LEFT));
    add(
        digest,
        digestGaps,
        0,
        flow.wrap(
            Paragraph.of(Span.note(NoticeContent.SHA256_HINT)), styles.small(), inner, Align.LEFT));

    float height = 2 * BOX_PADDING + upper;
    for (int i = 0; i < digest.size(); i++) {
      height += digestGaps.get(i) + digest.get(i).height();
    }
    flow.down(12);
    flow.ensure(height); // the box is never split between pages
    float top = flow.y();
    flow.rectangle(flow.left(), top, flow.width(), height, 1.2f, 1f);
    float textLeft = flow.left() + BOX_PADDING;
    float blockTop = top - BOX_PADDING - (upper - textHeight) / 2;
    for (int i = 0; i < blocks.size(); i++) {
      blockTop -= gaps.get(i);
      TextBlock block = blocks.get(i);
      flow.draw(block, textLeft, blockTop);
      if (i == urlIndex) {
        flow.link(
            textLeft + (textWidth - block.width()) / 2,
            blockTop,
            block.width(),
            block.height(),
            content.verificationUrl());
      }
      blockTop -= block.height();
    }
    float qrLeft = flow.left() + BOX_PADDING + inner - qrColumn;
    float qrTop = top - BOX_PADDING - (upper - qrHeight) / 2;
    flow.image(qr, qrLeft + (qrColumn - qrSide) / 2, qrTop, qrSide, qrSide);
    flow.draw(caption, qrLeft, qrTop - qrSide - 3);

    blockTop = top - BOX_PADDING - upper;
    for (int i = 0; i < digest.size(); i++) {
      blockTop -= digestGaps.get(i);
      flow.draw(digest.get(i), textLeft, blockTop);
      blockTop -= digest.get(i).height();
    }
    flow.down(height);
  }

  /**
   * Contact and publication note; with a signatory they go in the left column beside the signature,
   * as the "Nơi nhận" notes of an official letter do, which keeps the notice to two pages.
   */
  private static void closing(PdfPageFlow flow, Styles styles, NoticeContent content)
      throws IOException {
    flow.down(10);
    Paragraph publication = Paragraph.of(Span.note(NoticeContent.PUBLICATION));
    if (content.signatoryName() == null) {
      flow.paragraph(content.contact(), styles.body(), Align.JUSTIFY, 0, 0, 4);
      flow.paragraph(publication, styles.body(), Align.JUSTIFY, 0, 0, 0);
      return;
    }
    float half = flow.width() / 2;
    float notesWidth = half - 6 * MM;
    List<TextBlock> notes =
        List.of(
            flow.wrap(content.contact(), styles.small(), notesWidth, Align.LEFT),
            flow.wrap(publication, styles.small(), notesWidth, Align.LEFT));
    List<TextBlock> position = new ArrayList<>();
    for (String line : content.signatoryPosition()) {
      position.add(centred(flow, strong(line), styles.body(), half));
    }
    TextBlock name = centred(flow, strong(content.signatoryName()), styles.body(), half);
    float room = 20 * MM; // for the signature and the seal
    float signatureHeight = room + name.height();
    for (TextBlock block : position) {
      signatureHeight += block.height();
    }
    float notesHeight = 3;
    for (TextBlock block : notes) {
      notesHeight += block.height();
    }
    flow.ensure(4 + Math.max(notesHeight, signatureHeight)); // kept together on one page
    flow.down(4);
    float top = flow.y();
    float notesBottom = stack(flow, notes.subList(0, 1), flow.left(), top);
    stack(flow, notes.subList(1, 2), flow.left(), notesBottom - 3);
    float positionBottom = stack(flow, position, flow.left() + half, top);
    flow.draw(name, flow.left() + half, positionBottom - room);
    flow.down(Math.max(notesHeight, signatureHeight));
  }

  /** "Thông báo số … – Trang i/n" centred under each page's text, once the pages are counted. */
  private static void footers(PDDocument document, NoticeFonts fonts, NoticeContent content)
      throws IOException {
    int pages = document.getNumberOfPages();
    float centre =
        (float)
            ((NoticeLayout.MARGIN_LEFT_MM
                    + (NoticeLayout.PAGE_WIDTH_MM
                            - NoticeLayout.MARGIN_LEFT_MM
                            - NoticeLayout.MARGIN_RIGHT_MM)
                        / 2)
                * MM);
    float baseline = (float) (NoticeLayout.MARGIN_BOTTOM_MM / 2) * MM;
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      String text =
          PdfPageFlow.printable(
              content.footer() + " – " + NoticeContent.PAGE + " " + (i + 1) + "/" + pages,
              fonts.serifItalic);
      float width = fonts.serifItalic.getStringWidth(text) / 1000 * FOOTER_PT;
      try (PDPageContentStream out =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        PdfPageFlow.text(out, text, fonts.serifItalic, FOOTER_PT, centre - width / 2, baseline);
      }
    }
  }

  private static void sectionHeading(PdfPageFlow flow, Styles styles, String text)
      throws IOException {
    TextBlock heading = flow.wrap(strong(text), styles.body(), flow.width(), Align.LEFT);
    // Keep the heading with at least two lines of what follows.
    flow.ensure(10 + heading.height() + 4 + 2 * styles.body().lineHeight());
    sectionHeading(flow, heading);
  }

  private static void sectionHeading(PdfPageFlow flow, TextBlock heading) throws IOException {
    flow.down(10);
    flow.draw(heading, flow.left(), flow.y());
    flow.down(heading.height() + 4);
  }

  /** A justified paragraph whose first line starts one indent in, as Vietnamese documents do. */
  private static void firstLineIndented(
      PdfPageFlow flow, Paragraph text, TextStyle style, float spaceAfter) throws IOException {
    flow.paragraph(text, style, Align.JUSTIFY, 0, INDENT, spaceAfter);
  }

  private static int add(List<TextBlock> blocks, List<Float> gaps, float gap, TextBlock block) {
    blocks.add(block);
    gaps.add(gap);
    return blocks.size() - 1;
  }

  /** Draws blocks one under the other from {@code top}; returns the bottom of the last. */
  private static float stack(PdfPageFlow flow, List<TextBlock> blocks, float x, float top)
      throws IOException {
    float y = top;
    for (TextBlock block : blocks) {
      flow.draw(block, x, y);
      y -= block.height();
    }
    return y;
  }

  private static TextBlock centred(PdfPageFlow flow, Paragraph text, TextStyle style, float width)
      throws IOException {
    return flow.wrap(text, style, width, Align.CENTRE);
  }

  private static Paragraph strong(String text) {
    return Paragraph.of(Span.strong(text));
  }
}
