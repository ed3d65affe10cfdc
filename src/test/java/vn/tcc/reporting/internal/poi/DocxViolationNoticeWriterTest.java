package vn.tcc.reporting.internal.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.reporting.internal.notice.NoticeSamples.squeezed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNotice.Recipient;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.notice.NoticeLayout;
import vn.tcc.reporting.internal.notice.NoticeSamples;

class DocxViolationNoticeWriterTest {
  private final DocxViolationNoticeWriter writer = new DocxViolationNoticeWriter();

  @Test
  void the_document_shows_every_text_of_the_notice_with_its_diacritics() throws IOException {
    NoticeContent content = NoticeContent.of(NoticeSamples.redLight());
    try (XWPFDocument document = open(writer.write(content))) {
      String text = squeezed(new XWPFWordExtractor(document).getText());
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
              NoticeSamples.SHA256,
              NoticeSamples.CODE,
              NoticeSamples.URL)
          .forEach(expected -> assertTrue(text.contains(expected), () -> "missing: " + expected));
    }
  }

  @Test
  void the_page_is_a4_with_the_margins_of_an_official_document() throws IOException {
    try (XWPFDocument document = open(writer.write(NoticeContent.of(NoticeSamples.redLight())))) {
      CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
      assertEquals(11906, ((Number) size.getW()).intValue());
      assertEquals(16838, ((Number) size.getH()).intValue());
      CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
      assertEquals(1701, ((Number) margins.getLeft()).intValue()); // 30 mm
      assertEquals(850, ((Number) margins.getRight()).intValue()); // 15 mm
      assertEquals(1134, ((Number) margins.getTop()).intValue()); // 20 mm
    }
  }

  @Test
  void text_is_times_new_roman_and_digests_monospace() throws IOException {
    try (XWPFDocument document = open(writer.write(NoticeContent.of(NoticeSamples.redLight())))) {
      List<XWPFRun> runs = runs(document);
      assertFalse(runs.isEmpty());
      for (XWPFRun run : runs) {
        String font = run.getFontFamily();
        assertTrue(
            DocxViolationNoticeWriter.FONT.equals(font)
                || DocxViolationNoticeWriter.MONO_FONT.equals(font),
            () -> "font " + font + " in run " + run.text());
      }
      assertEquals(
          DocxViolationNoticeWriter.MONO_FONT, run(runs, NoticeSamples.SHA256).getFontFamily());
      XWPFRun code = run(runs, NoticeSamples.CODE);
      assertEquals(DocxViolationNoticeWriter.MONO_FONT, code.getFontFamily());
      assertTrue(code.isBold());
      assertTrue(code.getFontSizeAsDouble() > 13);
      assertTrue(run(runs, NoticeSamples.PLATE).isBold());
      assertTrue(run(runs, "Từ 18.000.000 đồng đến 20.000.000 đồng").isBold());
    }
  }

  @Test
  void the_verification_address_is_a_link() throws IOException {
    try (XWPFDocument document = open(writer.write(NoticeContent.of(NoticeSamples.redLight())))) {
      XWPFHyperlinkRun link =
          runs(document).stream()
              .filter(XWPFHyperlinkRun.class::isInstance)
              .map(XWPFHyperlinkRun.class::cast)
              .findFirst()
              .orElseThrow();
      assertEquals(NoticeSamples.URL, link.getHyperlink(document).getURL());
      assertEquals(NoticeSamples.URL, link.text());
    }
  }

  @Test
  void the_photo_is_embedded_unchanged_and_scaled_to_the_text_width() throws IOException {
    byte[] jpeg = NoticeSamples.jpeg(1280, 720);
    try (XWPFDocument document =
        open(writer.write(NoticeContent.of(NoticeSamples.redLight(jpeg))))) {
      // The photo, and the check page's QR code (a PNG) in the verification box.
      List<XWPFPictureData> pictures =
          document.getAllPictures().stream()
              .filter(p -> p.getPictureType() == Document.PICTURE_TYPE_JPEG)
              .toList();
      assertEquals(1, pictures.size());
      assertEquals(2, document.getAllPictures().size());
      assertArrayEquals(jpeg, pictures.get(0).getData());

      XWPFPicture picture =
          runs(document).stream()
              .flatMap(run -> run.getEmbeddedPictures().stream())
              .findFirst()
              .orElseThrow();
      double[] expectedMm = NoticeLayout.photoSizeMm(1280, 720);
      assertEquals(expectedMm[0] / 25.4 * 72, picture.getWidth(), 0.5);
      assertEquals(expectedMm[1] / 25.4 * 72, picture.getDepth(), 0.5);
      assertTrue(picture.getWidth() <= NoticeLayout.TEXT_WIDTH_MM / 25.4 * 72 + 0.5);
    }
  }

  @Test
  void a_wide_photo_fills_the_text_width() throws IOException {
    byte[] panorama = NoticeSamples.jpeg(1600, 400);
    try (XWPFDocument document =
        open(writer.write(NoticeContent.of(NoticeSamples.redLight(panorama))))) {
      XWPFPicture picture =
          runs(document).stream()
              .flatMap(run -> run.getEmbeddedPictures().stream())
              .findFirst()
              .orElseThrow();
      assertEquals(NoticeLayout.TEXT_WIDTH_MM / 25.4 * 72, picture.getWidth(), 0.5);
    }
  }

  @Test
  void without_photo_a_box_says_so_and_without_speed_no_speed_row() throws IOException {
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice = NoticeSamples.redLight(base.recipient(), base.place(), null, null);
    try (XWPFDocument document = open(writer.write(NoticeContent.of(notice)))) {
      assertEquals(
          List.of(Document.PICTURE_TYPE_PNG),
          document.getAllPictures().stream().map(XWPFPictureData::getPictureType).toList(),
          "only the check page's QR code");
      String text = squeezed(new XWPFWordExtractor(document).getText());
      assertTrue(text.contains(NoticeContent.NO_PHOTO));
      assertTrue(text.contains(NoticeContent.NO_PHOTO_DETAIL));
      assertFalse(text.contains("Tốc độ"));
      assertFalse(text.contains("TRƯỞNG PHÒNG"));
    }
  }

  @Test
  void a_speeding_notice_shows_the_measurement() throws IOException {
    try (XWPFDocument document = open(writer.write(NoticeContent.of(NoticeSamples.speeding())))) {
      String text = squeezed(new XWPFWordExtractor(document).getText());
      assertTrue(
          text.contains(
              "Tốc độ đo được 78,5 km/h; tốc độ tối đa cho phép 60 km/h; vượt quá 18,5 km/h"));
      assertTrue(text.contains("Từ 4.000.000 đồng đến 6.000.000 đồng"));
    }
  }

  @Test
  void the_facts_table_has_a_row_per_fact() throws IOException {
    NoticeContent content = NoticeContent.of(NoticeSamples.speeding());
    try (XWPFDocument document = open(writer.write(content))) {
      XWPFTable facts =
          document.getTables().stream()
              .filter(table -> table.getRow(0).getCell(0).getText().equals("Mã vụ việc"))
              .findFirst()
              .orElseThrow();
      assertEquals(content.facts().size(), facts.getNumberOfRows());
      for (int i = 0; i < content.facts().size(); i++) {
        XWPFTableRow row = facts.getRow(i);
        assertEquals(content.facts().get(i).label(), row.getCell(0).getText());
        assertEquals(content.facts().get(i).value().text(), row.getCell(1).getText());
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

  @Test
  void a_long_address_stays_whole() throws IOException {
    String address =
        ("Thôn Đăk Pơ Kông, xã Ia Hrú, huyện Chư Pưh cũ, nay là xã Ia Le, tỉnh Gia Lai; nơi ở"
                + " hiện tại: số 123/45/6 hẻm 7 đường Nguyễn Thị Minh Khai, ")
            .repeat(3)
            .strip();
    ViolationNotice base = NoticeSamples.redLight();
    ViolationNotice notice =
        NoticeSamples.redLight(
            new Recipient("Công ty TNHH Vận tải Hành khách Trường Hải Gia Lai", address),
            base.place(),
            base.evidence().photoJpeg(),
            base.signatory());
    try (XWPFDocument document = open(writer.write(NoticeContent.of(notice)))) {
      assertTrue(squeezed(new XWPFWordExtractor(document).getText()).contains(address));
    }
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  /** Every run of the body, inside tables too. */
  private static List<XWPFRun> runs(XWPFDocument document) {
    List<XWPFRun> runs = new ArrayList<>();
    collect(document.getBodyElements(), runs);
    return runs;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        runs.addAll(paragraph.getRuns());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            collect(cell.getBodyElements(), runs);
          }
        }
      }
    }
  }

  private static XWPFRun run(List<XWPFRun> runs, String text) {
    return runs.stream()
        .filter(run -> text.equals(run.text()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no run " + text));
  }
}
