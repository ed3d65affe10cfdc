package vn.tcc.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Cases;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;
import vn.tcc.testing.TestCameras;

/**
 * The sharing story in Chromium against the real server, database and Keycloak, as the people do it
 * on the pages: an administrator registers the café business GL-CPPN (its camera owner is in the
 * demo registry; the demo user provider2 represents it) and drafts and activates its agreement for
 * a camera of its own, with hours chosen around the current time in Vietnam (two hours either side)
 * so the test is the same at any hour. A commune officer sees the photo of a violation the camera
 * took inside those hours on the case page, and the photo of one taken six hours ago, outside them,
 * is refused with the friendly refusal page. The provider signs in, sees both looks in his access
 * log (allowed and refused, no officer's name) and revokes the agreement online, after which the
 * photo taken inside the hours is refused too. The administrator records that the received data was
 * destroyed; the agreement page shows the certificate's signature as valid; the provider downloads
 * the certificate, a Word file that POI opens and that carries the center's signature, which
 * verifies over the signed text.
 */
@ExtendWith(ArquillianExtension.class)
class SharingStoryBrowserIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final String PROVIDER = "GL-CPPN";
  private static final String PROVIDER_NAME = "Công ty TNHH Cà phê Phố Núi";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  record Photo(long eventId, String sha256) {}

  @Test
  void register_share_look_inside_and_outside_revoke_destroy_and_download_the_signed_certificate()
      throws Exception {
    // Arrange what is not the story: the business's camera in the registry, and two violations
    // it took — one half an hour ago (inside the hours), one six hours ago (outside them).
    ZonedDateTime now = ZonedDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
    String camera = businessCamera();
    Photo inside = violation(camera, now.minusMinutes(30).toOffsetDateTime());
    Photo outside = violation(camera, now.minusHours(6).toOffsetDateTime());
    String title = "Camera " + camera + " của quán cà phê: xử lý vi phạm giao thông";
    String startTime = now.minusHours(2).format(HH_MM);
    String endTime = now.plusHours(2).format(HH_MM);

    long agreement;
    try (Browser admin = new Browser()) {
      admin.signIn("admin");
      admin.open("/sharing/agreements.xhtml");
      admin.type("providerForm:code", PROVIDER);
      new Select(admin.waitFor(By.id("providerForm:kind"))).selectByValue("BUSINESS");
      admin.type("providerForm:name", PROVIDER_NAME);
      admin.type("providerForm:jurisdiction", "GL.QUY_NHON");
      admin.type("providerForm:taxCode", "4101987654");
      admin.type("providerForm:cameraOwnerCode", PROVIDER);
      admin.type("providerForm:contactName", "Phạm Thị Lan");
      admin.type("providerForm:contactPhone", "0256 3822 999");
      admin.type("providerForm:contactEmail", "lan.pham@phonui.example.vn");
      admin.click(By.id("providerForm:register"));
      admin.waitForText(By.id("providerForm:providerMessages"), PROVIDER);

      // The agreement form now starts with the provider just registered.
      assertEquals(
          PROVIDER,
          new Select(admin.waitFor(By.id("agreementForm:providerCode")))
              .getFirstSelectedOption()
              .getAttribute("value"));
      admin.type("agreementForm:title", title);
      admin.type("agreementForm:receivingUnit", "GL.QUY_NHON");
      admin.type("agreementForm:cameraCodes", camera);
      check(admin, "agreementForm:dataTypes", "SNAPSHOTS");
      check(admin, "agreementForm:dataTypes", "RECORDINGS");
      check(admin, "agreementForm:purposes", "TRAFFIC_VIOLATION_HANDLING");
      admin.type("agreementForm:startTime", startTime);
      admin.type("agreementForm:endTime", endTime);
      LocalDate today = now.toLocalDate();
      setDate(admin, "agreementForm:startsOn", today.minusDays(2));
      setDate(admin, "agreementForm:endsOn", today.plusDays(90));
      admin.type("agreementForm:documentSha256", "ef".repeat(32));
      admin.click(By.id("agreementForm:create"));
      admin.waitForText(By.id("agreementForm:formMessages"), "Đã tạo bản nháp");
      Matcher number =
          Pattern.compile("số (\\d+)").matcher(admin.text(By.id("agreementForm:formMessages")));
      assertTrue(number.find(), admin.text(By.id("agreementForm:formMessages")));
      agreement = Long.parseLong(number.group(1));

      admin.open("/sharing/agreement.xhtml?id=" + agreement);
      admin.waitForText(By.id("state"), "Bản nháp");
      admin.type("moveForm:reason", "Đã ký thỏa thuận tại Công an phường Quy Nhơn");
      admin.click(By.xpath("//button[contains(., 'Kích hoạt')]"));
      admin.waitForText(By.id("state"), "Đang hiệu lực");
      admin.waitForText(By.xpath("//section[h2[contains(., 'Biên nhận')]]"), "biên nhận");
    }

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      // Inside the agreed hours: the case page shows the photo.
      officer.open(
          "/violation/case.xhtml?number="
              + Cases.numberOf(inside.eventId(), Duration.ofSeconds(60)));
      officer.waitUntil(
          "var i = document.querySelector('img.tcc-evidence-image');"
              + " return i != null && i.complete && i.naturalWidth == 320;");
      // Outside them: the photo is not served; opened on its own, the refusal page says why.
      String outsideCase = Cases.numberOf(outside.eventId(), Duration.ofSeconds(60));
      officer.open("/violation/case.xhtml?number=" + outsideCase);
      officer.waitUntil(
          "var i = document.querySelector('img.tcc-evidence-image');"
              + " return i != null && i.complete && i.naturalWidth == 0;");
      officer.open("/violation/evidence?case=" + outsideCase + "&sha256=" + outside.sha256());
      officer.waitFor(By.id("errorTitle"));
    }

    try (Browser provider = new Browser()) {
      provider.signIn("provider2");
      provider.waitForText(By.id("portal:agreements"), title);
      provider.waitForText(By.id("portal:accesses"), camera);
      String log = provider.text(By.id("portal:accesses"));
      assertTrue(log.contains("Cho phép"), log);
      assertTrue(log.contains("Từ chối"), log);
      assertTrue(log.contains("Xử lý vi phạm") || log.contains("vi phạm"), log);
      assertFalse(log.contains("officer"), "no officer's name: " + log);

      provider.click(By.xpath("//button[contains(@id, 'startRevoke')]"));
      provider.type("revokeForm:reason", "Quán thôi tham gia chia sẻ camera");
      provider.click(By.id("revokeForm:revoke"));
      provider.waitForText(By.id("state-" + agreement), "Đã thu hồi");
    }

    try (Browser officer = new Browser()) {
      officer.signIn("officer");
      // Revoked: even the photo taken inside the hours is refused now.
      officer.open(
          "/violation/evidence?case="
              + Cases.numberOf(inside.eventId(), Duration.ofSeconds(60))
              + "&sha256="
              + inside.sha256());
      officer.waitFor(By.id("errorTitle"));
    }

    String fingerprint;
    try (Browser admin = new Browser()) {
      admin.signIn("admin");
      admin.open("/sharing/agreement.xhtml?id=" + agreement);
      admin.waitForText(By.id("state"), "Đã thu hồi");
      admin.type(
          "moveForm:reason", "Đã xóa 2 ảnh vi phạm nhận theo thỏa thuận trên máy chủ phường");
      admin.click(By.xpath("//button[contains(., 'Ghi nhận đã hủy dữ liệu')]"));
      admin.waitForText(By.id("state"), "Đã hủy dữ liệu");
      admin.waitForText(By.id("signatureVerdict"), "chữ ký hợp lệ");
      fingerprint = admin.text(By.id("signerFingerprint")).strip();
      assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    }

    try (Browser provider = new Browser()) {
      provider.signIn("provider2");
      provider.waitForText(By.id("state-" + agreement), "Đã hủy dữ liệu");
      provider.waitForText(By.id("signature-" + agreement), "chữ ký hợp lệ");
      provider.click(
          By.xpath(
              "//a[contains(@href, 'kind=DESTRUCTION_CERTIFICATE')"
                  + " and not(contains(@href, 'part='))]"));
      Path file = provider.waitForDownload("bien-ban-huy-" + agreement + ".docx");
      byte[] word = readWhole(file);

      String text;
      try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word));
          XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
        text = extractor.getText();
      }
      assertTrue(text.contains("BBH-" + agreement + "-"), text);
      assertTrue(text.contains("Đã xóa 2 ảnh vi phạm"), text);
      assertTrue(text.contains(camera), text);
      assertTrue(text.contains(fingerprint), "the signer's fingerprint in\n" + text);

      // The signature it carries is the one served beside it, and verifies over the signed text.
      String token = Keycloak.userToken("provider2");
      String base = "sharing/agreements/" + agreement + "/documents/destruction-certificate/";
      HttpResponse<byte[]> signedText = Api.download(base + "signed.txt", token);
      HttpResponse<byte[]> signature = Api.download(base + "signature.p7s", token);
      assertEquals(200, signedText.statusCode());
      assertEquals(200, signature.statusCode());
      assertTrue(text.contains(Base64.getEncoder().encodeToString(signature.body())), text);
      assertTrue(
          new String(signedText.body(), StandardCharsets.UTF_8).contains("Đã xóa 2 ảnh vi phạm"));
      CMSSignedData cms =
          new CMSSignedData(new CMSProcessableByteArray(signedText.body()), signature.body());
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)));
      assertEquals(
          fingerprint,
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
    }
  }

  /** Ticks a box of a checkbox list by its value, as a click would. */
  private static void check(Browser browser, String name, String value) {
    browser.click(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
  }

  /**
   * Picks a day in a date picker through its widget, as a click in its calendar would (the text
   * field alone is re-read by the widget, which drops a value set behind its back); typed into the
   * field when the widget is not there.
   */
  private static void setDate(Browser browser, String pickerId, LocalDate day) {
    String input = pickerId + "_input";
    browser.waitFor(By.id(input));
    browser.script(
        "try { PrimeFaces.widgets['widget_"
            + pickerId.replace(':', '_')
            + "'].setDate(new Date("
            + day.getYear()
            + ", "
            + (day.getMonthValue() - 1)
            + ", "
            + day.getDayOfMonth()
            + ")); } catch (e) {}");
    if (!day.format(DAY).equals(browser.waitFor(By.id(input)).getAttribute("value"))) {
      browser.type(input, day.format(DAY));
      browser.waitFor(By.id(input)).sendKeys(Keys.ESCAPE);
    }
    assertEquals(day.format(DAY), browser.waitFor(By.id(input)).getAttribute("value"));
  }

  private static byte[] readWhole(Path file) throws Exception {
    // Chromium renames the file when it is complete; read it once its size stops changing.
    long size = -1;
    for (int i = 0; i < 50 && (size <= 0 || size != Files.size(file)); i++) {
      size = Files.size(file);
      Thread.sleep(100);
    }
    return Files.readAllBytes(file);
  }

  /** A camera of the business GL-CPPN in Quy Nhon, new on each run. */
  private static String businessCamera() {
    String code =
        "GL-QN-PN"
            + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
            + ThreadLocalRandom.current().nextInt(100);
    Api.Answer created =
        Api.post(
            "cameras",
            Keycloak.userToken("admin"),
            TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Camera quán cà phê (kiểm thử)")
                .replace("\"ownerCode\":\"GL-CA\"", "\"ownerCode\":\"" + PROVIDER + "\""));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  /** A red-light violation with its photo (320×200 JPEG) on the camera, through the API. */
  private static Photo violation(String camera, OffsetDateTime at) throws Exception {
    int n = ThreadLocalRandom.current().nextInt(100_000);
    String plate = String.format("77A-%03d.%02d", n / 100, n % 100);
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(60, 40, 30));
    graphics.fillRect(0, 0, 320, 200);
    graphics.setColor(Color.WHITE);
    graphics.drawString(plate + " " + at, 20, 100);
    graphics.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);
    byte[] content = jpeg.toByteArray();
    String event =
        """
        {"sourceId":"QN-CLUSTER-SHARING-STORY","sourceEventId":"%s","cameraCode":"%s",
         "occurredAt":"%s","type":"RED_LIGHT","plate":"%s","plateConfidence":95.0,
         "vehicleClass":"CAR","lane":"1","images":[{"kind":"overview","data":"%s"}]}
        """
            .formatted(
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                camera,
                at.format(EVENT_TIME),
                plate,
                Base64.getEncoder().encodeToString(content));
    Api.Answer answer =
        Api.post(
            "events",
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
            "{\"events\":[" + event + "]}");
    assertEquals(200, answer.status(), answer.body());
    var item = answer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), answer.body());
    return new Photo(
        item.getJsonNumber("eventId").longValue(),
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
  }
}
