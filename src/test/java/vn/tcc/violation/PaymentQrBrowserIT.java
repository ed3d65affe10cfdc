package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;
import vn.tcc.violation.internal.domain.VietQr;

/**
 * The VietQR code of a fine (issue 18, point 8), in Chromium against the real server: none before
 * the penalty is decided; then the case page and the public notice page show a code that scans to
 * the collection account, the amount owed and the notice number, with a valid checksum, and the
 * public page keeps it inside a 360 px phone screen; once the gateway reports the payment, the code
 * is gone. The public page is headed by the issuing body in either language, its language links
 * keep the code, and the QR code on the notice document opens it for that notice.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentQrBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_decided_fine_is_paid_by_a_vietqr_code_that_carries_its_amount_and_notice_number()
      throws Exception {
    String number = CaseSettlementIT.noticedCase();
    JsonObject notice =
        ViolationCaseIT.view(number, CaseSettlementIT.officer()).json().getJsonObject("notice");
    String noticeNumber = notice.getString("number");
    String code = notice.getString("verificationCode");
    assertFalse(
        CaseSettlementIT.publicPage(code).contains("paymentQr"),
        "no amount before the penalty decision, so no code");

    Api.Answer decided =
        Api.post(
            "cases/" + number + "/penalty", CaseSettlementIT.officer(), "{\"fineVnd\":18000000}");
    assertEquals(200, decided.status(), decided.body());

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.open("/violation/case.xhtml?number=" + number);
      officer.waitFor(By.id("paymentQr"));
      assertEquals("18.000.000 đ", officer.text(By.id("paymentAmount")));
      assertEquals(noticeNumber, officer.text(By.id("paymentContent")));
      Map<String, String> fields = fields(scan(officer));
      assertEquals("18000000", fields.get("54"));
      assertEquals("704", fields.get("53"));
      assertEquals(noticeNumber, fields(fields.get("62")).get("08"));
    }

    try (Browser recipient = new Browser()) {
      // A phone's screen: Chromium's window has a minimum width, its emulated screen has not.
      ((ChromeDriver) recipient.driver())
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
      recipient.open("/public/notice.xhtml?code=" + ViolationCaseIT.encode(code));
      recipient.waitFor(By.id("paymentQr"));
      assertEquals(noticeNumber, fields(fields(scan(recipient)).get("62")).get("08"));
      Number viewport = (Number) recipient.script("return document.documentElement.clientWidth;");
      Number page = (Number) recipient.script("return document.documentElement.scrollWidth;");
      Number qrRight =
          (Number)
              recipient.script(
                  "return document.getElementById('paymentQr').getBoundingClientRect().right;");
      assertEquals(360, viewport.intValue(), "a phone's width");
      assertTrue(page.intValue() <= viewport.intValue(), page + " px wide in " + viewport);
      assertTrue(qrRight.intValue() <= viewport.intValue(), "the code fits: " + qrRight);

      // The issuing body heads the page as it heads the notice, in Vietnamese by default.
      assertEquals("vi", recipient.pageLanguage());
      assertEquals("CÔNG AN TỈNH GIA LAI", recipient.text(By.id("agencySuperior")));
      assertEquals("PHÒNG CẢNH SÁT GIAO THÔNG", recipient.text(By.id("agencyUnit")));
      assertTrue(
          recipient.text(By.id("agency")).contains(text("violation.public.agencyLine", "vi")));
      fitsThePhone(recipient);

      // English keeps the code that opened the page: the same notice, in English.
      recipient.click(By.id("check:en"));
      recipient.waitUntil("return document.documentElement.lang === 'en';");
      assertTrue(
          recipient.driver().getCurrentUrl().contains("code=" + code),
          recipient.driver().getCurrentUrl());
      assertEquals(noticeNumber, recipient.text(By.id("noticeNumber")));
      assertEquals(text("violation.public.genuine", "en"), recipient.text(By.id("verdict")));
      assertEquals("GIA LAI PROVINCIAL POLICE", recipient.text(By.id("agencySuperior")));
      assertEquals("TRAFFIC POLICE DIVISION", recipient.text(By.id("agencyUnit")));
      assertTrue(
          recipient.text(By.id("agency")).contains(text("violation.public.agencyLine", "en")));
      recipient.waitFor(By.id("paymentQr"));
      fitsThePhone(recipient);

      // A code typed but not yet checked goes along to Vietnamese too, and is checked there.
      recipient.open("/public/notice.xhtml");
      recipient.type("check:code", code);
      recipient.click(By.id("check:vi"));
      recipient.waitUntil("return document.documentElement.lang === 'vi';");
      assertEquals(code, recipient.waitFor(By.id("check:code")).getAttribute("value"));
      assertEquals(noticeNumber, recipient.text(By.id("noticeNumber")));
      assertEquals(text("violation.public.genuine", "vi"), recipient.text(By.id("verdict")));
      fitsThePhone(recipient);

      // The QR code printed on the notice opens this page for this notice.
      String scanned = noticeQr(number);
      String checkPage = "/public/notice.xhtml?code=" + code;
      assertTrue(scanned.endsWith(checkPage), scanned);
      recipient.open(checkPage);
      assertEquals(noticeNumber, recipient.text(By.id("noticeNumber")));
    }

    String paid =
        "{\"noticeNumber\":\"%s\",\"transactionId\":\"QR-%s\",\"amountVnd\":%d}"
            .formatted(noticeNumber, number, 18_000_000);
    assertEquals(200, CaseSettlementIT.gateway(paid, null).statusCode());
    assertFalse(CaseSettlementIT.publicPage(code).contains("paymentQr"), "paid: nothing to pay");
  }

  /** The payload of the page's QR image, as a banking app would read it, checksum checked. */
  private static String scan(Browser browser) throws Exception {
    String src = browser.waitFor(By.id("paymentQr")).getAttribute("src");
    assertTrue(src.startsWith("data:image/png;base64,"), src);
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String payload =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
            .getText();
    assertEquals(
        VietQr.crc16(payload.substring(0, payload.length() - 4)),
        payload.substring(payload.length() - 4));
    return payload;
  }

  /**
   * Nothing on the page reaches past the right edge of a 360 px screen: no sideways scrolling, and
   * the long evidence digest wraps inside its card.
   */
  private static void fitsThePhone(Browser browser) {
    Number viewport = (Number) browser.script("return document.documentElement.clientWidth;");
    assertEquals(360, viewport.intValue(), "a phone's width");
    Number page = (Number) browser.script("return document.documentElement.scrollWidth;");
    assertTrue(page.intValue() <= viewport.intValue(), page + " px wide in " + viewport);
    Object outside =
        browser.script(
            "var w = document.documentElement.clientWidth; return Array.from("
                + "document.querySelectorAll('body *')).filter(function (e) {"
                + " var r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; })"
                + ".map(function (e) { return e.id || e.tagName; }).join(', ');");
    assertEquals("", outside, "past the right edge");
    Object hashInCard =
        browser.script(
            "var h = document.getElementById('evidenceHash');"
                + " var c = document.getElementById('genuine');"
                + " return h == null || c == null"
                + " || h.getBoundingClientRect().right <= c.getBoundingClientRect().right;");
    assertEquals(Boolean.TRUE, hashInCard, "the digest stays inside its card");
  }

  private static String text(String key, String language) {
    return vn.tcc.shared.i18n.Messages.text(key, Locale.forLanguageTag(language));
  }

  /** What a phone reads from the QR code on the notice's Word document, as the officer gets it. */
  private static String noticeQr(String caseNumber) throws Exception {
    HttpResponse<byte[]> docx =
        Api.download("cases/" + caseNumber + "/notice.docx", CaseSettlementIT.officer());
    assertEquals(200, docx.statusCode());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      XWPFPictureData qr =
          document.getAllPictures().stream()
              .filter(picture -> picture.getPictureType() == Document.PICTURE_TYPE_PNG)
              .findFirst()
              .orElseThrow();
      return decode(ImageIO.read(new ByteArrayInputStream(qr.getData())));
    }
  }

  private static String decode(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }

  private static Map<String, String> fields(String tlv) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    while (at + 4 <= tlv.length()) {
      int length = Integer.parseInt(tlv.substring(at + 2, at + 4));
      fields.put(tlv.substring(at, at + 2), tlv.substring(at + 4, at + 4 + length));
      at += 4 + length;
    }
    return fields;
  }
}
