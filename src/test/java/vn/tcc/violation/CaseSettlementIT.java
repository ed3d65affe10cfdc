package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * From an identified owner to a closed case, against the real server: the notice (Word and PDF,
 * kept as issued) and its public check, the penalty within the rule's range, the payment gateway's
 * signed callback (refused unsigned, recorded once however often it calls), and appeals.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSettlementIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_notice_is_issued_kept_and_checked_publicly_then_the_gateway_pays_it_once()
      throws Exception {
    String number = noticedCase();
    JsonObject view = ViolationCaseIT.view(number, officer()).json();
    JsonObject notice = view.getJsonObject("notice");
    String code = notice.getString("verificationCode");
    assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}"), code);

    HttpResponse<byte[]> pdf = Api.download("cases/" + number + "/notice.pdf", officer());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    HttpResponse<byte[]> again = Api.download("cases/" + number + "/notice.pdf", officer());
    assertArrayEquals(pdf.body(), again.body(), "kept as issued, not generated again");
    assertEquals(200, Api.download("cases/" + number + "/notice.docx", officer()).statusCode());
    assertEquals(
        404,
        Api.download("cases/" + number + "/notice.pdf", Keycloak.userToken("officer2"))
            .statusCode());

    // The public page, without signing in: the code as a recipient might type it.
    String page = publicPage(code.toLowerCase().replace("-", " "));
    assertTrue(page.contains(notice.getString("number")), page);
    assertTrue(page.contains(notice.getString("evidenceSha256")));
    assertFalse(page.contains(view.getString("verifiedPlate")), "the plate is partly hidden");
    assertTrue(publicPage("ZZZZ-ZZZZ-ZZ").contains("Không tìm thấy thông báo"));

    assertEquals(
        422, Api.post("cases/" + number + "/penalty", officer(), "{\"fineVnd\":1000}").status());
    JsonObject decided =
        Api.post("cases/" + number + "/penalty", officer(), "{\"fineVnd\":18000000}").json();
    assertEquals(
        18_000_000, decided.getJsonObject("settlement").getJsonNumber("fineVnd").longValue());

    String paid =
        "{\"noticeNumber\":\"%s\",\"transactionId\":\"TX-%s\",\"amountVnd\":%d}"
            .formatted(notice.getString("number"), number, 18_000_000);
    assertEquals(401, gateway(paid, "bm90IGEgc2lnbmF0dXJl").statusCode(), "unsigned is refused");
    String short_ =
        "{\"noticeNumber\":\"%s\",\"transactionId\":\"TX-S-%s\",\"amountVnd\":%d}"
            .formatted(notice.getString("number"), number, 17_000_000);
    assertEquals(422, gateway(short_, null).statusCode());
    HttpResponse<String> first = gateway(paid, null);
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(first.body().contains("CLOSED"), first.body());
    HttpResponse<String> repeated = gateway(paid, null);
    assertEquals(200, repeated.statusCode(), "the gateway calling back again is harmless");
    JsonObject closed = ViolationCaseIT.view(number, officer()).json();
    assertEquals("CLOSED", closed.getString("state"));
    assertEquals(1, closed.getJsonObject("settlement").getJsonArray("payments").size());
    assertTrue(publicPage(code).contains("Đã kết thúc"));
  }

  @Test
  void an_upheld_appeal_closes_the_case_and_a_dismissed_one_leaves_the_penalty() throws Exception {
    String upheld = noticedCase();
    assertEquals(
        422, Api.post("cases/" + upheld + "/appeal", officer(), "{\"grounds\":\" \"}").status());
    Api.post(
        "cases/" + upheld + "/appeal",
        officer(),
        "{\"grounds\":\"Xe đã bán trước ngày vi phạm, có hợp đồng công chứng\"}");
    byte[] contract =
        "%PDF-1.4\n% hop dong mua ban xe\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Api.Answer added =
        Api.send(
            "POST",
            "cases/" + upheld + "/appeal/documents?name=hop-dong.pdf",
            officer(),
            "application/pdf",
            contract,
            null);
    assertEquals(200, added.status(), added.body());
    JsonObject document =
        added.json().getJsonObject("settlement").getJsonArray("appealDocuments").getJsonObject(0);
    assertEquals("hop-dong.pdf", document.getString("fileName"));
    assertEquals("application/pdf", document.getString("mediaType"));
    assertEquals(
        415,
        Api.send(
                "POST",
                "cases/" + upheld + "/appeal/documents?name=x.txt",
                officer(),
                "application/octet-stream",
                "plain text".getBytes(StandardCharsets.UTF_8),
                null)
            .status());
    HttpResponse<byte[]> read =
        Api.download(
            "cases/" + upheld + "/appeal/documents/" + document.getJsonNumber("id").longValue(),
            supervisor());
    assertArrayEquals(contract, read.body());
    assertEquals(
        1,
        ViolationCaseIT.countOf(
            "SELECT count(*) FROM audit.entry WHERE action = 'VIOLATION_APPEAL_DOCUMENT_READ'"
                + " AND object_id = ? AND personal_data",
            upheld));
    assertEquals(
        403,
        Api.post(
                "cases/" + upheld + "/appeal/decision",
                officer(),
                "{\"decision\":\"UPHELD\",\"reason\":\"x\"}")
            .status(),
        "appeals are decided by supervisors");
    JsonObject closed =
        Api.post(
                "cases/" + upheld + "/appeal/decision",
                supervisor(),
                "{\"decision\":\"UPHELD\",\"reason\":\"Hợp đồng mua bán hợp lệ\"}")
            .json();
    assertEquals("CLOSED", closed.getString("state"), closed.toString());

    String dismissed = noticedCase();
    Api.post("cases/" + dismissed + "/appeal", officer(), "{\"grounds\":\"Không đồng ý\"}");
    JsonObject decided =
        Api.post(
                "cases/" + dismissed + "/appeal/decision",
                supervisor(),
                "{\"decision\":\"DISMISSED\",\"reason\":\"Ảnh rõ biển số\"}")
            .json();
    assertEquals("APPEAL_DECIDED", decided.getString("state"));
    Api.post("cases/" + dismissed + "/penalty", officer(), "{\"fineVnd\":19000000}");
    Api.Answer paid =
        Api.post(
            "cases/" + dismissed + "/payments",
            officer(),
            "{\"receiptNumber\":\"BL-%s\",\"amountVnd\":19000000}".formatted(dismissed));
    assertEquals(200, paid.status(), paid.body());
    assertEquals("CLOSED", paid.json().getString("state"));
  }

  // --- helpers

  /** A case verified by two officers, its owner identified, its notice issued. */
  static String noticedCase() throws Exception {
    return noticedCase("CAR");
  }

  static String noticedCase(String vehicleClass) throws Exception {
    String plate = ViolationCaseIT.uniquePlate();
    String event =
        ViolationCaseIT.event(plate, "RED_LIGHT", ViolationCaseIT.recently(), vehicleClass)
            .replace(
                "\"images\":[]",
                "\"images\":[{\"kind\":\"overview\",\"data\":\""
                    + CaseBrowserIT.photo(plate)
                    + "\"}]");
    String number = ViolationCaseIT.caseOf(ViolationCaseIT.ingest(List.of(event)).get(0));
    ViolationCaseIT.review(number, officer(), ViolationCaseIT.confirm(plate, "RED_LIGHT"));
    ViolationCaseIT.review(
        number, Keycloak.userToken("officer3"), ViolationCaseIT.confirm(plate, "RED_LIGHT"));
    Api.Answer owner = OwnerIdentificationIT.lookUp(number, "{\"purpose\":\"Gửi thông báo\"}");
    assertEquals(200, owner.status(), owner.body());
    Api.Answer notice = waitForEvidenceThenIssue(number);
    assertEquals("NOTICE_ISSUED", notice.json().getString("state"), notice.body());
    return number;
  }

  /** The inline photo reaches the evidence index with the event; a notice needs it. */
  private static Api.Answer waitForEvidenceThenIssue(String number) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    Api.Answer answer;
    do {
      answer = Api.post("cases/" + number + "/notice", officer(), "");
      if (answer.status() == 200) {
        return answer;
      }
      Thread.sleep(500);
    } while (System.currentTimeMillis() < deadline);
    return answer;
  }

  static String publicPage(String code) throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        TccDeployment.baseUrl()
                            + "/public/notice.xhtml?code="
                            + ViolationCaseIT.encode(code)))
                .header("Accept-Language", "vi")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), "no sign-in needed");
    return page.body();
  }

  static HttpResponse<String> gateway(String body, String signature) throws Exception {
    String timestamp = OffsetDateTime.now().toString();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            "payment-gateway-dev-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signed =
        signature != null
            ? signature
            : Base64.getEncoder()
                .encodeToString(
                    mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/payments/callback"))
            .header("Content-Type", "application/json")
            .header("X-Timestamp", timestamp)
            .header("X-Signature", signed)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String officer() {
    return Keycloak.userToken("officer");
  }

  static String supervisor() {
    return Keycloak.userToken("supervisor");
  }
}
