package vn.tcc.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.reporting.internal.notice.NoticeSamples.squeezed;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.notice.NoticeSamples;
import vn.tcc.reporting.internal.pdf.PdfViolationNoticeWriter;
import vn.tcc.reporting.internal.poi.DocxViolationNoticeWriter;

/**
 * The QR code printed on a notice (issue 18, point 8): read back from the Word and the PDF file as
 * a phone's camera would, it opens the public check page with this notice's code filled in; its
 * caption tells the recipient what it is for.
 */
class NoticeCheckQrTest {
  private static final String CHECK_ADDRESS = NoticeSamples.URL + "?code=" + NoticeSamples.CODE;

  @Test
  void the_word_notice_carries_a_qr_code_that_opens_the_check_page_for_this_notice()
      throws Exception {
    NoticeContent content = NoticeContent.of(NoticeSamples.redLight());
    byte[] docx = new DocxViolationNoticeWriter().write(content);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFPictureData> codes =
          document.getAllPictures().stream()
              .filter(picture -> picture.getPictureType() == Document.PICTURE_TYPE_PNG)
              .toList();
      assertEquals(1, codes.size());
      assertEquals(
          CHECK_ADDRESS, decode(ImageIO.read(new ByteArrayInputStream(codes.get(0).getData()))));
      String text = squeezed(new XWPFWordExtractor(document).getText());
      assertTrue(text.contains(NoticeContent.QR_CAPTION), text);
    }
  }

  @Test
  void the_pdf_notice_carries_the_same_qr_code() throws Exception {
    NoticeContent content = NoticeContent.of(NoticeSamples.redLight());
    try (PDDocument document = Loader.loadPDF(new PdfViolationNoticeWriter().write(content))) {
      List<BufferedImage> codes = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image
              && "png".equals(image.getSuffix())) {
            codes.add(image.getImage());
          }
        }
      }
      assertEquals(1, codes.size());
      assertEquals(CHECK_ADDRESS, decode(codes.get(0)));
      String text = squeezed(new PDFTextStripper().getText(document));
      assertTrue(text.contains(NoticeContent.QR_CAPTION), text);
      assertTrue(document.getNumberOfPages() <= 2, "still two pages at most");
    }
  }

  @Test
  void the_code_is_added_to_an_address_that_already_has_a_query() {
    NoticeContent base = NoticeContent.of(NoticeSamples.redLight());
    NoticeContent content =
        new NoticeContent(
            base.superior(),
            base.unit(),
            base.number(),
            base.dateLine(),
            base.addressee(),
            base.addresseeAddress(),
            base.introduction(),
            base.facts(),
            base.photoJpeg(),
            base.actions(),
            base.paymentIntroduction(),
            base.paymentMethods(),
            base.paymentWarning(),
            "AB12-CD34",
            "https://tcc.example/check?from=notice",
            base.sha256(),
            base.contact(),
            base.signatoryPosition(),
            base.signatoryName(),
            base.footer());
    assertEquals("https://tcc.example/check?from=notice&code=AB12-CD34", content.checkAddress());
  }

  /** What a phone's QR scanner reads from the image. */
  private static String decode(BufferedImage image) throws NotFoundException, IOException {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
              Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
          .getText();
    } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
      throw new IOException("Not a readable QR code", e);
    }
  }
}
