package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.tcc.testing.Browser;
import vn.tcc.testing.TccDeployment;

/**
 * What officers do with a detected violation, in Chromium against the real server: an event with
 * its photo, ingested through the API, becomes a case; one officer confirms it on the review
 * screen, a second one reviews it without seeing the first decision and confirms it too; the case
 * page shows it verified with the fine of the rule in force and its timeline; the owner is
 * identified through the authentication-center simulator, the notice issued, its code checked on
 * the public page by someone not signed in, the penalty decided and the payment recorded, which
 * closes the case; a search by plate without a purpose is refused and with one finds it.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_ingested_event_becomes_a_case_that_two_officers_verify_blind() throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    String event =
        ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently())
            .replace(
                "\"images\":[]",
                "\"images\":[{\"kind\":\"overview\",\"data\":\"" + photo(plate) + "\"}]");
    String number = ViolationCaseIT.caseOf(ViolationCaseIT.ingest(List.of(event)).get(0));

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      officer.click(By.id("menuReview"));
      officer.waitFor(By.id("review:takeNext"));
      officer.open("/violation/review.xhtml?number=" + number);
      officer.waitForText(By.id("detectedPlate"), ViolationCaseIT.key(plate));
      officer.waitUntil(
          "var i = document.querySelector('img.tcc-evidence-image');"
              + " return i != null && i.complete && i.naturalWidth == 320;");
      assertEquals(
          ViolationCaseIT.key(plate), officer.waitFor(By.id("review:plate")).getAttribute("value"));
      officer.click(By.id("review:confirm"));
      officer.waitForText(By.id("review:messages"), number);
    }

    try (Browser second = new Browser()) {
      second.signIn("officer3");
      second.open("/violation/case.xhtml?number=" + number);
      second.waitForText(By.id("caseState"), "Đang xác minh");
      assertTrue(
          second.text(By.id("casePage:reviews")).contains("Chưa có kết quả xác minh"),
          "the first decision stays hidden from the second reviewer");
      second.click(By.id("casePage:reviewIt"));
      second.waitFor(By.id("review:plate"));
      // He reads the plate as printed; the comparison is on the normalised plate.
      second.type("review:plate", plate);
      new Select(second.waitFor(By.id("review:violationType"))).selectByValue("RED_LIGHT");
      second.click(By.id("review:confirm"));
      second.waitForText(By.id("review:messages"), "Đã xác minh vi phạm");

      second.open("/violation/case.xhtml?number=" + number);
      second.waitForText(By.id("caseState"), "Đã xác minh vi phạm");
      String fine = second.text(By.id("fineRange"));
      assertTrue(fine.contains("18.000.000") && fine.contains("20.000.000"), fine);
      String timeline = second.text(By.id("timeline"));
      assertTrue(timeline.contains("Mới phát hiện"), timeline);
      assertTrue(timeline.contains("Đang xác minh"), timeline);
      assertTrue(timeline.contains("(officer3)"), timeline);
      assertEquals(
          2, second.driver().findElements(By.cssSelector("#casePage\\:reviews tbody tr")).size());

      // The owner, through the authentication center, with only what the notice needs.
      second.type("casePage:lookupPurpose", "Gửi thông báo vi phạm");
      second.click(By.id("casePage:identifyOwner"));
      second.waitForText(By.id("caseState"), "Đã xác định chủ phương tiện");
      assertTrue(second.text(By.id("accessId")).startsWith("TT-"));
      assertEquals(
          2, second.driver().findElements(By.cssSelector("#owner dd[class^='tcc-owner-']")).size());

      second.click(By.id("casePage:issueNotice"));
      second.waitForText(By.id("caseState"), "Đã gửi thông báo vi phạm");
      String code = second.text(By.id("verificationCode"));
      String noticeNumber = second.text(By.id("noticeNumber"));

      try (Browser recipient = new Browser()) {
        recipient.open("/public/notice.xhtml");
        recipient.type("check:code", code);
        recipient.click(By.id("check:verify"));
        recipient.waitForText(By.id("noticeNumber"), noticeNumber);
        assertTrue(recipient.text(By.id("verdict")).contains("phát hành"));
        assertTrue(recipient.text(By.id("maskedPlate")).contains("*"));
      }

      second.type("casePage:fineVnd", "18000000");
      second.click(By.id("casePage:decidePenalty"));
      second.waitForText(By.id("penalty"), "18.000.000");
      second.type("casePage:receiptNumber", "BL-" + number);
      second.click(By.id("casePage:recordPayment"));
      second.waitForText(By.id("caseState"), "Đã kết thúc");
      assertTrue(second.text(By.id("timeline")).contains("Đã nộp phạt"));

      // The case counts on the dashboard; its camera's reviews feed the registry's rate.
      second.click(By.id("menuViolationDashboard"));
      assertTrue(
          Long.parseLong(second.text(By.id("state-CLOSED")).replace(".", "").replace(",", ""))
              >= 1);
      second.waitForText(By.id("dashboard:falseDetections"), ViolationCaseIT.CAMERA);
      second.open("/camera/view.xhtml?code=" + ViolationCaseIT.CAMERA);
      second.waitForText(By.id("falseDetections"), "%");

      second.click(By.id("menuCases"));
      second.type("cases:plate", plate);
      second.click(By.id("cases:search"));
      second.waitForText(By.id("cases:messages"), "mục đích");
      second.type("cases:purpose", "Kiểm tra hồ sơ vi phạm");
      second.click(By.id("cases:search"));
      second.waitForText(By.id("cases:results"), number);
    }
  }

  /** A small JPEG with the plate written on it, as a camera's overview photo. */
  static String photo(String plate) throws Exception {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(40, 60, 90));
    graphics.fillRect(0, 0, 320, 200);
    graphics.setColor(Color.WHITE);
    graphics.drawString(plate, 120, 100);
    graphics.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);
    return Base64.getEncoder().encodeToString(jpeg.toByteArray());
  }
}
