package vn.tcc.reporting.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.notice.Paragraph;
import vn.tcc.reporting.internal.notice.Span;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.Align;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.TextBlock;
import vn.tcc.reporting.internal.pdf.PdfPageFlow.TextStyle;

class PdfPageFlowTest {
  private static final float MARGIN = 50;

  private PDDocument document;
  private NoticeFonts fonts;
  private PdfPageFlow flow;
  private TextStyle style;

  @BeforeEach
  void open() throws IOException {
    document = new PDDocument();
    fonts = NoticeFonts.forDocument(document);
    flow = new PdfPageFlow(document, MARGIN, MARGIN, MARGIN, MARGIN);
    style = new TextStyle(11, 1.3f, fonts::of);
    flow.newPage();
  }

  @AfterEach
  void close() throws IOException {
    flow.close();
    document.close();
  }

  @Test
  void lines_are_no_wider_than_asked_and_break_between_words() throws IOException {
    Paragraph text =
        Paragraph.plain(
            "Trong thời hạn đến hết ngày 14/12/2026, đề nghị chủ phương tiện và tổ chức, cá nhân"
                + " có liên quan đến vi phạm đến trụ sở để giải quyết vụ việc.");
    TextBlock block = flow.wrap(text, style, 150, Align.LEFT);
    assertTrue(block.lines().size() > 2);
    assertTrue(block.width() <= 150, () -> "width " + block.width());
    assertEquals(block.lines().size() * style.lineHeight(), block.height(), 0.01);
  }

  @Test
  void a_word_wider_than_the_line_is_cut() throws IOException {
    TextBlock block =
        flow.wrap(Paragraph.of(Span.code("0123456789".repeat(20))), style, 100, Align.LEFT);
    assertTrue(block.lines().size() >= 3);
    assertTrue(block.width() <= 100);
  }

  @Test
  void line_breaks_in_the_text_start_new_lines() throws IOException {
    TextBlock block =
        flow.wrap(Paragraph.plain("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG"), style, 400, Align.CENTRE);
    assertEquals(2, block.lines().size());
  }

  @Test
  void a_justified_line_fills_the_width_except_the_last() throws IOException {
    TextBlock block =
        flow.wrap(
            Paragraph.plain("một hai ba bốn năm sáu bảy tám chín mười ".repeat(6)),
            style,
            200,
            Align.JUSTIFY);
    assertEquals(200, block.lines().get(0).width(), 0.01);
    assertTrue(block.lines().get(block.lines().size() - 1).width() < 200);
  }

  @Test
  void letters_the_code_font_lacks_come_from_the_text_font_and_the_rest_as_question_marks()
      throws IOException {
    flow.paragraph(Paragraph.of(Span.code("Mã ầằẫ 7KQ2 🚗")), style, Align.LEFT, 0, 0, 0);
    String text = text();
    assertTrue(text.contains("Mã ầằẫ 7KQ2 ?"), text);
  }

  @Test
  void a_full_page_continues_on_a_new_one() throws IOException {
    for (int i = 0; i < 80; i++) {
      flow.paragraph(Paragraph.plain("Dòng số " + i), style, Align.LEFT, 0, 0, 0);
    }
    assertEquals(2, document.getNumberOfPages());
    String text = text();
    assertTrue(text.contains("Dòng số 0") && text.contains("Dòng số 79"));
  }

  private String text() throws IOException {
    flow.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(saved);
    }
  }
}
