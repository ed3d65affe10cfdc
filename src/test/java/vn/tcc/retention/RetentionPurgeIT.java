package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The purge against the real server: a dry run lists what is due and nothing held, a second person
 * approves it, the run in the background deletes exactly what it listed through the owning module,
 * and ends with a signed record that verifies. Two plate reads 40 days old (the policy keeps them
 * 30 days) on a camera no other test holds: one under a legal hold placed first, one not.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {
  private static final String SOURCE = "QN-CLUSTER-PURGE";
  private static final String CAMERA = "GL-QN-0004";
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_dry_run_approved_by_another_person_deletes_what_it_listed_and_nothing_held()
      throws Exception {
    OffsetDateTime fortyDaysAgo =
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .minusDays(40)
            .truncatedTo(ChronoUnit.SECONDS)
            .minusMinutes(ThreadLocalRandom.current().nextInt(600));
    long due = ingestPlateRead(fortyDaysAgo);
    OffsetDateTime heldAt = fortyDaysAgo.minusHours(12);
    long held = ingestPlateRead(heldAt);
    Api.Answer hold =
        Api.post(
            "retention/holds",
            Keycloak.userToken("officer"),
            """
            {"cameraCode":"%s","from":"%s","to":"%s","reason":"Điều tra tai nạn (kiểm thử)",
             "decisionNumber":"IT-PURGE-%d/QĐ"}
            """
                .formatted(
                    CAMERA, heldAt.minusMinutes(5), heldAt.plusMinutes(5), System.nanoTime()));
    assertEquals(201, hold.status(), hold.body());

    Api.Answer planned = Api.post("retention/runs", Keycloak.userToken("supervisor"), "");
    assertEquals(202, planned.status(), planned.body());
    long run = planned.json().getJsonNumber("id").longValue();
    JsonObject plan = waitForState(run, "PLANNED");
    assertTrue(plan.getJsonNumber("itemsDue").longValue() >= 1, plan.toString());

    Map<String, String> listed = plateReadsOf(run);
    assertEquals("DUE", listed.get(Long.toString(due)), "the due read is in the dry run");
    assertFalse(listed.containsKey(Long.toString(held)), "the held read is not");

    assertEquals(
        403,
        Api.post("retention/runs/" + run + "/approval", Keycloak.userToken("supervisor"), "")
            .status(),
        "the requester does not approve his own run");
    assertEquals(
        403,
        Api.post("retention/runs/" + run + "/approval", Keycloak.userToken("officer"), "")
            .status());
    Api.Answer approved =
        Api.post("retention/runs/" + run + "/approval", Keycloak.userToken("supervisor2"), "");
    assertEquals(202, approved.status(), approved.body());

    JsonObject done = waitForState(run, "DONE");
    assertFalse(done.isNull("recordId"), done.toString());
    assertEquals(
        done.getJsonNumber("itemsDue").longValue(), done.getJsonNumber("itemsDone").longValue());
    assertEquals("DELETED", plateReadsOf(run).get(Long.toString(due)));
    assertEquals(0, eventsWithId(due), "the due read is gone");
    assertEquals(1, eventsWithId(held), "the held read stays");

    long record = done.getJsonNumber("recordId").longValue();
    Api.Answer verification =
        Api.post(
            "retention/records/" + record + "/verification", Keycloak.userToken("auditor"), "");
    assertEquals(200, verification.status(), verification.body());
    assertTrue(verification.json().getBoolean("valid"), verification.body());
    JsonObject detail =
        Api.get("retention/records/" + record, Keycloak.userToken("auditor")).json();
    assertFalse(detail.getJsonObject("record").getBoolean("manual"));
    assertEquals("supervisor2", detail.getJsonObject("record").getString("approvedBy"));
  }

  private static JsonObject waitForState(long run, String state) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Answer answer = Api.get("retention/runs/" + run, Keycloak.userToken("supervisor"));
      assertEquals(200, answer.status(), answer.body());
      last = answer.json();
      if (state.equals(last.getString("state"))) {
        return last;
      }
      assertFalse("FAILED".equals(last.getString("state")), last.toString());
      Thread.sleep(500); // the poll's interval; the deadline above bounds the wait
    }
    throw new AssertionError("Run " + run + " never reached " + state + ": " + last);
  }

  /** The plate reads of the run's plan, by item id, with their state. */
  private static Map<String, String> plateReadsOf(long run) {
    Map<String, String> states = new HashMap<>();
    for (int offset = 0; ; offset += 200) {
      Api.Answer page =
          Api.get(
              "retention/runs/" + run + "/items?class=PLATE_READ&offset=" + offset + "&limit=200",
              Keycloak.userToken("supervisor"));
      assertEquals(200, page.status(), page.body());
      var items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
      items.forEach(item -> states.put(item.getString("itemId"), item.getString("state")));
      if (items.size() < 200) {
        return states;
      }
    }
  }

  private static long ingestPlateRead(OffsetDateTime at) {
    int n = ThreadLocalRandom.current().nextInt(100_000);
    String event =
        """
        {"sourceId":"%s","sourceEventId":"%s","cameraCode":"%s","occurredAt":"%s",
         "type":"PLATE_READ","plate":"81C-%03d.%02d","plateConfidence":93.0,"images":[]}
        """
            .formatted(
                SOURCE,
                Long.toHexString(ThreadLocalRandom.current().nextLong()),
                CAMERA,
                at,
                n / 100,
                n % 100);
    Api.Answer answer =
        Api.post(
            "events",
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
            "{\"events\":[" + event + "]}");
    assertEquals(200, answer.status(), answer.body());
    JsonObject item = answer.json().getJsonArray("items").getJsonObject(0);
    assertEquals("ACCEPTED", item.getString("outcome"), item.toString());
    return item.getJsonNumber("eventId").longValue();
  }

  private static long eventsWithId(long id) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement("SELECT count(*) FROM vms.event WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
