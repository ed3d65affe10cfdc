package vn.tcc.reporting.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.reporting.internal.notice.NoticeSamples.squeezed;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNotice.Recipient;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.notice.NoticeLayout;
import vn.tcc.reporting.internal.notice.NoticeSamples;
import vn.tcc.reporting.internal.notice.VietnameseFormat;

class PdfViolationNoticeWriterTest {
  private static final float MM = 72f / 25.4f;

  /** Every letter of the Vietnamese alphabet with every tone, lower and upper case. */
  private static final String VIETNAMESE_LETTERS =
      "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

  private final PdfViolationNoticeWriter writer = new PdfViolationNoticeWriter();

  @Test
  void the_text_is_extractable_with_its_diacritics() throws IOException {
    NoticeContent content = NoticeContent.of(NoticeSamples.redLight());
    try (PDDocument document = Loader.loadPDF(writer.write(content))) {
      String text = squeezed(new PDFTextStripper().getText(document));
      for (String expected : content.texts()) {
        assertTrue(text.contains(squeezed(expected)), () -> "missing: " + expected);
      }
      Stream.of(
              "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "THÔNG BÁO VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC TRẬT TỰ, AN TOÀN GIAO THÔNG ĐƯỜNG BỘ",
              "Nguyễn Thị Ánh Hồng",
              NoticeSamples.PLATE,
              NoticeSamples.VIOLATION,
              NoticeSamples.LEGAL_REFERENCE,
              "Từ 18.000.000 đồng đến 20.000.000 đồng",
              "4 điểm",
              "14/12/2026",
              "24/11/2026 09:40",
              NoticeSamples.SHA256,
              NoticeSamples.CODE,
              NoticeSamples.URL,
              "Thông báo số TB-2026-000123 – Trang 1/2")
          .forEach(expected -> assertTrue(text.contains(expected), () -> "missing: " + expected));
    }
  }

  @Test
  void one_or_two_a4_pages_each_numbered() throws IOException {
    for (ViolationNotice notice : List.of(NoticeSamples.redLight(), NoticeSamples.speeding())) {
      try (PDDocument document = Loader.loadPDF(writer.write(NoticeContent.of(notice)))) {
        int pages = document.getNumberOfPages();
        assertTrue(pages == 1 || pages == 2, () -> pages + " pages");
        for (PDPage page : document.getPages()) {
          assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
          assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
        }
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains("Trang " + pages + "/" + pages));
      }
    }
  }

  @Test
  void every_font_is_an_embedded_dejavu_subset() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(writer.write(NoticeContent.of(NoticeSamples.redLight())))) {
      Set<String> names = new HashSet<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), () -> font.getName() + " not embedded");
          assertTrue(
              font.getName().matches("[A-Z]{6}\\+DejaVu(Serif|SansMono).*"),
              () -> font.getName() + " is not a DejaVu subset");
          names.add(font.getName().substring(7));
        }
      }
      assertTrue(names.containsAll(Set.of("DejaVuSerif", "DejaVuSerif-Bold")), names::toString);
      assertTrue(names.contains("DejaVuSansMono"), names::toString);
      assertEquals("vi-VN", document.getDocumentCatalog().getLanguage());
      assertEquals("Thông báo số TB-2026-000123", document.getDocumentInformation().getTitle());
    }
  }

  @Test
  void every_vietnamese_letter_prints_and_extracts() throws IOException {
    String letters = VIETNAMESE_LETTERS + " " + VietnameseFormat.upperCase(VIETNAMESE_LETTERS);
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice =
        NoticeSamples.redLight(
            new Recipient(base.recipient().name(), letters), base.place(), null, null);
    try (PDDocument document = Loader.loadPDF(writer.write(NoticeContent.of(notice)))) {
      String text = squeezed(new PDFTextStripper().getText(document)).replace(" ", "");
      assertTrue(text.contains(VIETNAMESE_LETTERS), text);
      assertTrue(text.contains(VietnameseFormat.upperCase(VIETNAMESE_LETTERS)), text);
    }
  }

  @Test
  void a_character_the_fonts_lack_prints_as_a_question_mark() throws IOException {
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice =
        NoticeSamples.redLight(
            new Recipient(base.recipient().name(), "Số 27 Nguyễn Huệ 🚗 Quy Nhơn"),
            base.place(),
            null,
            null);
    try (PDDocument document = Loader.loadPDF(writer.write(NoticeContent.of(notice)))) {
      assertTrue(
          squeezed(new PDFTextStripper().getText(document))
              .contains("Số 27 Nguyễn Huệ ? Quy Nhơn"));
    }
  }

  @Test
  void the_photo_is_embedded_unchanged_and_drawn_at_text_width_inside_the_margins()
      throws IOException {
    byte[] jpeg = NoticeSamples.jpeg(1600, 400);
    try (PDDocument document =
        Loader.loadPDF(writer.write(NoticeContent.of(NoticeSamples.redLight(jpeg))))) {
      List<PDImageXObject> images = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image
              && !"png".equals(image.getSuffix())) { // the check page's QR code is the other
            images.add(image);
          }
        }
      }
      assertEquals(1, images.size());
      assertEquals("jpg", images.get(0).getSuffix());
      try (InputStream raw = ((COSStream) images.get(0).getCOSObject()).createRawInputStream()) {
        assertArrayEquals(jpeg, raw.readAllBytes());
      }

      List<float[]> drawn = imagesDrawn(document);
      assertEquals(2, drawn.size(), "the photo, then the check page's QR code");
      float[] box = drawn.get(0); // x, y, width, height
      assertEquals(NoticeLayout.TEXT_WIDTH_MM * MM, box[2], 0.5);
      assertEquals(box[2] * 400 / 1600, box[3], 0.5);
      assertEquals(NoticeLayout.MARGIN_LEFT_MM * MM, box[0], 0.5);
      assertTrue(box[1] >= NoticeLayout.MARGIN_BOTTOM_MM * MM);
    }
  }

  @Test
  void a_tall_photo_is_limited_in_height_and_keeps_its_shape() throws IOException {
    byte[] portrait = NoticeSamples.jpeg(600, 900);
    try (PDDocument document =
        Loader.loadPDF(writer.write(NoticeContent.of(NoticeSamples.redLight(portrait))))) {
      float[] box = imagesDrawn(document).get(0);
      assertEquals(NoticeLayout.PHOTO_MAX_HEIGHT_MM * MM, box[3], 0.5);
      assertEquals(box[3] * 600 / 900, box[2], 0.5);
    }
  }

  @Test
  void without_photo_a_box_says_so_and_without_speed_no_speed_row() throws IOException {
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice = NoticeSamples.redLight(base.recipient(), base.place(), null, null);
    try (PDDocument document = Loader.loadPDF(writer.write(NoticeContent.of(notice)))) {
      List<float[]> drawn = imagesDrawn(document);
      assertEquals(1, drawn.size(), "only the check page's QR code");
      assertEquals(NoticeLayout.QR_SIDE_MM * MM, drawn.get(0)[2], 0.5);
      assertEquals(NoticeLayout.QR_SIDE_MM * MM, drawn.get(0)[3], 0.5);
      String text = squeezed(new PDFTextStripper().getText(document));
      assertTrue(text.contains(NoticeContent.NO_PHOTO));
      assertTrue(text.contains(NoticeContent.NO_PHOTO_DETAIL));
      assertFalse(text.contains("Tốc độ"));
      assertFalse(text.contains("TRƯỞNG PHÒNG"));
      assertTrue(document.getNumberOfPages() <= 2);
    }
  }

  @Test
  void a_speeding_notice_shows_the_measurement() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(writer.write(NoticeContent.of(NoticeSamples.speeding())))) {
      String text = squeezed(new PDFTextStripper().getText(document));
      assertTrue(
          text.contains(
              "Tốc độ đo được 78,5 km/h; tốc độ tối đa cho phép 60 km/h; vượt quá 18,5 km/h"));
      assertTrue(text.contains("Từ 4.000.000 đồng đến 6.000.000 đồng"));
    }
  }

  @Test
  void the_verification_address_is_a_link() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(writer.write(NoticeContent.of(NoticeSamples.redLight())))) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
      assertEquals(List.of(NoticeSamples.URL), uris);
    }
  }

  @Test
  void long_texts_wrap_inside_the_margins_and_lose_no_word() throws IOException {
    String address =
        ("Thôn Đăk Pơ Kông, xã Ia Hrú, huyện Chư Pưh cũ, nay là xã Ia Le, tỉnh Gia Lai; nơi ở"
                + " hiện tại: số 123/45/6 hẻm 7 đường Nguyễn Thị Minh Khai, ")
            .repeat(3)
            .strip();
    // One "word" far wider than a line: it must be cut, not run off the page.
    String place = "Km" + "0123456789".repeat(12) + " đường tránh phía Đông thành phố";
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice =
        NoticeSamples.redLight(
            new Recipient("Công ty TNHH Vận tải Hành khách Trường Hải Gia Lai", address),
            place,
            base.evidence().photoJpeg(),
            base.signatory());
    try (PDDocument document = Loader.loadPDF(writer.write(NoticeContent.of(notice)))) {
      PositionsStripper stripper = new PositionsStripper();
      String text = squeezed(stripper.getText(document));
      for (String word : address.split("\\s+")) {
        assertTrue(text.contains(word), () -> "missing: " + word);
      }
      assertTrue(text.contains(squeezed("Địa chỉ: " + address)));
      assertTrue(text.replace(" ", "").contains(place.replace(" ", "")));

      float left = (float) NoticeLayout.MARGIN_LEFT_MM * MM;
      float right = PDRectangle.A4.getWidth() - (float) NoticeLayout.MARGIN_RIGHT_MM * MM;
      assertFalse(stripper.positions.isEmpty());
      for (TextPosition position : stripper.positions) {
        assertTrue(
            position.getXDirAdj() >= left - 0.5f
                && position.getXDirAdj() + position.getWidthDirAdj() <= right + 0.5f,
            () -> "'" + position.getUnicode() + "' at x=" + position.getXDirAdj());
      }
    }
  }

  @Test
  void a_photo_that_is_not_a_readable_jpeg_is_refused() {
    byte[] broken = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0, 1, 2, 3};
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice =
        NoticeSamples.redLight(base.recipient(), base.place(), broken, base.signatory());
    assertThrows(IllegalArgumentException.class, () -> writer.write(NoticeContent.of(notice)));
  }

  /** Where each image is drawn: x, y (bottom), width, height in points, from the page's CTM. */
  private static List<float[]> imagesDrawn(PDDocument document) throws IOException {
    List<float[]> drawn = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      new PDFGraphicsStreamEngine(page) {
        @Override
        public void drawImage(PDImage image) {
          Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
          drawn.add(
              new float[] {
                ctm.getTranslateX(),
                ctm.getTranslateY(),
                ctm.getScalingFactorX(),
                ctm.getScalingFactorY()
              });
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
          return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {}

        @Override
        public void fillPath(int windingRule) {}

        @Override
        public void fillAndStrokePath(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}

        void run() throws IOException {
          processPage(getPage());
        }
      }.run();
    }
    return drawn;
  }

  /** Text extraction that also keeps where every character was drawn. */
  private static final class PositionsStripper extends PDFTextStripper {
    final List<TextPosition> positions = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
      positions.addAll(textPositions);
      super.writeString(text, textPositions);
    }
  }
}
