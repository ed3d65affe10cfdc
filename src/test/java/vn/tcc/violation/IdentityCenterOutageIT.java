package vn.tcc.violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Database;
import vn.tcc.testing.PageTimer;
import vn.tcc.testing.TccDeployment;

/**
 * A fault of the conditions of service: the population database's authentication center answers
 * only after longer than TCC waits (the simulator's SLOW mode), then fails outright (DOWN). While a
 * lookup hangs the case page answers at once (its timings are printed); the officer is told, in his
 * language, that the center does not answer; his retries reuse the request's id, so the center logs
 * one access and TCC counts one lookup against his daily limit, not one per try.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityCenterOutageIT {
  /** Longer than TCC's timeout for the center (10 s by default). */
  private static final int SLOW_MILLIS = 14_000;

  private static final String LOOKUP = "{\"purpose\":\"Gửi thông báo vi phạm\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_slow_or_failing_center_keeps_the_case_page_responsive_and_counts_one_lookup()
      throws Exception {
    String number = OwnerIdentificationIT.verifiedCase();
    long lookupsBefore = lookupsToday();
    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      PageTimer pages = new PageTimer(browser);
      String casePage = "/violation/case.xhtml?number=" + number;
      pages.get("case page (center UP)", casePage);

      long slowStarted = System.currentTimeMillis();
      OwnerIdentificationIT.control(
          "outage", "{\"mode\":\"SLOW\",\"delayMillis\":" + SLOW_MILLIS + "}");
      Api.Answer slowVi;
      Api.Answer downEn;
      long slowLookupMillis;
      try {
        long start = System.currentTimeMillis();
        CompletableFuture<Api.Answer> hanging =
            CompletableFuture.supplyAsync(() -> lookUp(number, "vi"));
        while (!hanging.isDone()) {
          pages.get("case page (center SLOW)", casePage);
          pages.get("case search (center SLOW)", "/violation/cases.xhtml");
          Thread.sleep(200);
        }
        slowVi = hanging.get(1, TimeUnit.SECONDS);
        slowLookupMillis = System.currentTimeMillis() - start;

        // The center now fails at once: the officer tries again, in English this time.
        OwnerIdentificationIT.control("outage", "{\"mode\":\"DOWN\"}");
        downEn = lookUp(number, "en");
        pages.get("case page (center DOWN)", casePage);
      } finally {
        OwnerIdentificationIT.control("outage", "{\"mode\":\"UP\"}");
      }

      assertEquals(503, slowVi.status(), slowVi.body());
      assertTrue(slowVi.contentType().startsWith("application/problem+json"), slowVi.contentType());
      assertTrue(
          slowVi.json().getString("detail").contains("Trung tâm xác thực"),
          "told in Vietnamese: " + slowVi.body());
      assertEquals(503, downEn.status(), downEn.body());
      assertTrue(
          downEn.json().getString("detail").contains("does not answer"),
          "told in English: " + downEn.body());
      assertEquals(
          "VERIFIED",
          ViolationCaseIT.view(number, OwnerIdentificationIT.officer()).json().getString("state"));

      // The slow center still works the first request through and logs it, as the real one does:
      // wait until it has, so the retry below meets it.
      long settled = slowStarted + SLOW_MILLIS + 2_000 - System.currentTimeMillis();
      if (settled > 0) {
        Thread.sleep(settled);
      }
      Api.Answer retried = lookUp(number, "vi");
      assertEquals(200, retried.status(), retried.body());
      assertEquals("OWNER_IDENTIFIED", retried.json().getString("state"));
      pages.get("case page (center UP)", casePage);

      String figures =
          pages.report(
              "IdentityCenterOutageIT: the case page while the identity center is slow ("
                  + SLOW_MILLIS
                  + " ms) / down; the hanging lookup answered 503 after "
                  + slowLookupMillis
                  + " ms");
      assertEquals(Map.of(), pages.unexpected(200), "every page answered 200: " + figures);
      for (PageTimer.Answer page : pages.answers("case page (center SLOW)")) {
        assertTrue(page.body().contains(number), "the case page shows the case");
      }

      JsonArray accesses = OwnerIdentificationIT.accesses(number);
      long tccRequests =
          ViolationCaseIT.countOf(
              "SELECT count(*) FROM violation.identity_request r"
                  + " JOIN violation.violation_case c ON c.id = r.case_id WHERE c.case_number = ?",
              number);
      long counted = lookupsToday() - lookupsBefore;
      System.out.printf(
          "IdentityCenterOutageIT: 3 tries of one lookup -> TCC requests %d, counted against the"
              + " officer's daily limit %d, accesses logged by the center %d (replays %s)%n",
          tccRequests,
          counted,
          accesses.size(),
          accesses.stream().map(a -> a.asJsonObject().get("replays").toString()).toList());
      assertEquals(1, tccRequests, "one request, however often it was tried");
      assertEquals(1, counted, "one lookup counted against the officer's limit");
      assertEquals(1, accesses.size(), "the center logged (and counted) one access: " + accesses);
      JsonObject access = accesses.getJsonObject(0);
      assertTrue(access.getInt("replays") >= 1, "the retry was answered as a replay: " + access);
    }
  }

  private static Api.Answer lookUp(String number, String language) {
    return Api.send(
        "POST",
        "cases/" + number + "/owner-identification",
        OwnerIdentificationIT.officer(),
        "application/json",
        LOOKUP.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        language);
  }

  /** What TCC counts against the officer's daily limit (as OwnerIdentification does). */
  private static long lookupsToday() throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*) FROM violation.identity_request WHERE lower(requested_by) = 'officer'"
                    + " AND requested_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')"
                    + " AT TIME ZONE 'Asia/Ho_Chi_Minh')");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
