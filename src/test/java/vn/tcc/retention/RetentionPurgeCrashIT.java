package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * A purge run cut off in the middle by undeploying TCC resumes after the redeploy, deletes nothing
 * twice and nothing held, and finishes with a record listing each deletion once.
 *
 * <p>How the middle is reached without guessing a time: the server's purge properties make the
 * worker take one line per chunk and one chunk per turn (a turn every 10 s); once the first line
 * has its outcome the purge is paused ({@code tcc.retention.purge.paused}, honoured between chunks)
 * and the WAR undeployed, so the run is RUNNING with part of its lines done when the application
 * goes away. The redeployed application finds it in the database and carries it on at full chunk
 * size once the pause is lifted. Six plate reads 50 days old (the policy keeps them 30) on a camera
 * of its own time range: one under a hold placed before the dry run (never listed), one under a
 * hold placed after it (listed, then skipped), four deleted.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeCrashIT {
  private static final String DEPLOYMENT = "tcc-purge-crash";
  private static final String SOURCE = "QN-CLUSTER-CRASH";
  private static final String CAMERA = "GL-QN-0003";
  private static final int DUE_READS = 5;
  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private static final String CHUNK_SIZE = "tcc.retention.purge.chunk-size";
  private static final String CHUNKS_PER_TURN = "tcc.retention.purge.chunks-per-turn";
  private static final String PAUSED = "tcc.retention.purge.paused";

  @ArquillianResource Deployer deployer;
  @ArquillianResource ManagementClient management;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_run_cut_off_by_an_undeploy_resumes_after_the_redeploy_without_deleting_twice_or_held()
      throws Exception {
    deployer.deploy(DEPLOYMENT);
    boolean deployed = true;
    try {
      setProperty(CHUNK_SIZE, "1");
      setProperty(CHUNKS_PER_TURN, "1");
      OffsetDateTime fiftyDaysAgo =
          OffsetDateTime.now(ZoneOffset.ofHours(7))
              .minusDays(50)
              .truncatedTo(ChronoUnit.SECONDS)
              .minusMinutes(ThreadLocalRandom.current().nextInt(600));
      List<Long> due = new ArrayList<>();
      for (int i = 0; i < DUE_READS; i++) {
        due.add(ingestPlateRead(fiftyDaysAgo.plusMinutes(i)));
      }
      OffsetDateTime heldBeforeAt = fiftyDaysAgo.minusHours(12);
      long heldBefore = ingestPlateRead(heldBeforeAt);
      placeHold(heldBeforeAt);

      Api.Answer planned = Api.post("retention/runs", Keycloak.userToken("supervisor"), "");
      assertEquals(202, planned.status(), planned.body());
      long run = planned.json().getJsonNumber("id").longValue();
      JsonObject plan = waitForState(run, "PLANNED");
      long itemsDue = plan.getJsonNumber("itemsDue").longValue();
      assertTrue(itemsDue > 1, "a run of several lines: " + plan);
      for (long id : due) {
        assertEquals(List.of("DUE"), planStates(run, id), "read " + id + " planned once");
      }
      assertEquals(List.of(), planStates(run, heldBefore), "the read held before is not planned");

      // A hold placed after the dry run reaches the last read: the run must skip it.
      long heldAfter = due.remove(due.size() - 1);
      placeHold(fiftyDaysAgo.plusMinutes(DUE_READS - 1));

      Api.Answer approved =
          Api.post("retention/runs/" + run + "/approval", Keycloak.userToken("supervisor2"), "");
      assertEquals(202, approved.status(), approved.body());

      // The first line gets its outcome; then the pause, and the application goes away.
      awaitRun(run, row -> row.itemsDone() >= 1);
      setProperty(PAUSED, "true");
      deployer.undeploy(DEPLOYMENT);
      deployed = false;
      RunRow cutOff = runRow(run);
      assertEquals("RUNNING", cutOff.state(), "cut off while running");
      assertTrue(
          cutOff.itemsDone() >= 1 && cutOff.itemsDone() < itemsDue,
          "cut off in the middle: " + cutOff.itemsDone() + " of " + itemsDue + " done");

      // Back at full chunk size; the pause is lifted only once the application is there again.
      removeProperty(CHUNK_SIZE);
      removeProperty(CHUNKS_PER_TURN);
      deployer.deploy(DEPLOYMENT);
      deployed = true;
      removeProperty(PAUSED);
      JsonObject done = waitForState(run, "DONE");
      assertEquals(
          done.getJsonNumber("itemsDue").longValue(),
          done.getJsonNumber("itemsDone").longValue(),
          "every line has its outcome");

      for (long id : due) {
        assertEquals(List.of("DELETED"), planStates(run, id), "read " + id + ": one outcome");
        assertEquals(0, eventsWithId(id), "read " + id + " is gone");
        assertEquals(1, deletionAuditEntries(id), "read " + id + ": its deletion audited once");
      }
      assertEquals(List.of("SKIPPED_HELD"), planStates(run, heldAfter), "held after the plan");
      assertEquals(1, eventsWithId(heldAfter), "the read held after the plan stays");
      assertEquals(0, deletionAuditEntries(heldAfter));
      assertEquals(1, eventsWithId(heldBefore), "the read held before the plan stays");
      assertEquals(0, deletionAuditEntries(heldBefore));

      long record = done.getJsonNumber("recordId").longValue();
      Map<String, List<String>> listed = recordItems(record);
      for (long id : due) {
        assertEquals(List.of("DELETED"), listed.get(Long.toString(id)), "listed once: " + id);
      }
      assertFalse(listed.containsKey(Long.toString(heldAfter)), "a held read is not deleted");
      assertFalse(listed.containsKey(Long.toString(heldBefore)));
      Api.Answer verification =
          Api.post(
              "retention/records/" + record + "/verification", Keycloak.userToken("auditor"), "");
      assertEquals(200, verification.status(), verification.body());
      assertTrue(verification.json().getBoolean("valid"), verification.body());
    } finally {
      removeProperty(CHUNK_SIZE);
      removeProperty(CHUNKS_PER_TURN);
      removeProperty(PAUSED);
      if (deployed) {
        deployer.undeploy(DEPLOYMENT);
      }
    }
  }

  // --- The server's purge properties ---

  private void setProperty(String name, String value) {
    removeProperty(name);
    ModelNode add =
        Operations.createAddOperation(Operations.createAddress("system-property", name));
    add.get("value").set(value);
    ModelNode answer = execute(add);
    assertTrue(Operations.isSuccessfulOutcome(answer), answer.toString());
  }

  /** Removes the property; nothing when it is not set. */
  private void removeProperty(String name) {
    execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)));
  }

  private ModelNode execute(ModelNode operation) {
    try {
      return management.getControllerClient().execute(operation);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- The run ---

  record RunRow(String state, long itemsDone) {}

  /** The run as stored: readable while the application is undeployed. */
  private static RunRow runRow(long run) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement("SELECT state, items_done FROM retention.purge_run WHERE id = ?")) {
      query.setLong(1, run);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return new RunRow(row.getString("state"), row.getLong("items_done"));
      }
    }
  }

  interface Until {
    boolean reached(RunRow row);
  }

  private static RunRow awaitRun(long run, Until until) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      RunRow row = runRow(run);
      assertFalse("FAILED".equals(row.state()), "run " + run + " failed");
      if (until.reached(row)) {
        return row;
      }
      assertTrue(Instant.now().isBefore(deadline), "run " + run + " still " + row);
      Thread.sleep(200); // the poll's interval; the deadline above bounds the wait
    }
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

  /** Every plan line of the run for this plate read, by its state: one line, one state. */
  private static List<String> planStates(long run, long eventId) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT state FROM retention.purge_item WHERE run_id = ? AND data_class ="
                    + " 'PLATE_READ' AND item_id = ? ORDER BY seq")) {
      query.setLong(1, run);
      query.setString(2, Long.toString(eventId));
      List<String> states = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          states.add(rows.getString(1));
        }
      }
      return states;
    }
  }

  /** The audit entries of retention deletions naming this event among their items. */
  private static long deletionAuditEntries(long eventId) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE action = 'RETENTION_DELETED'"
                    + " AND details ~ ('class=PLATE_READ items=([0-9]+,)*' || ? || '(,|$)')")) {
      query.setString(1, Long.toString(eventId));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The items of the signed document, by item id: the outcome of each time it is listed. */
  private static Map<String, List<String>> recordItems(long record) {
    Api.Answer document =
        Api.get(
            "retention/records/" + record + "/document",
            Keycloak.userToken("auditor"),
            "application/json");
    assertEquals(200, document.status(), document.body());
    JsonObject json = Json.createReader(new StringReader(document.body())).readObject();
    Map<String, List<String>> listed = new HashMap<>();
    for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
      listed
          .computeIfAbsent(item.getString("itemId"), id -> new ArrayList<>())
          .add(item.getString("outcome"));
    }
    return listed;
  }

  // --- Data ---

  private static void placeHold(OffsetDateTime around) {
    Api.Answer hold =
        Api.post(
            "retention/holds",
            Keycloak.userToken("officer"),
            """
            {"cameraCode":"%s","from":"%s","to":"%s","reason":"Điều tra tai nạn (kiểm thử)",
             "decisionNumber":"IT-CRASH-%d/QĐ"}
            """
                .formatted(
                    CAMERA, around.minusSeconds(20), around.plusSeconds(20), System.nanoTime()));
    assertEquals(201, hold.status(), hold.body());
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
