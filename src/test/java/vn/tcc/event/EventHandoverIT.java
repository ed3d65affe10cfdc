package vn.tcc.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import vn.tcc.testing.HandoverSwitch;
import vn.tcc.testing.TccDeployment;

/**
 * The handover survives the server going away after it accepted an event and before it processed
 * it: the handover is held back (maintenance switch), the server is reloaded — every service and
 * in-memory state of TCC stops and starts again — and the event is processed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class EventHandoverIT {

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void an_event_accepted_before_a_restart_is_processed_after_it() throws Exception {
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusMinutes(3).truncatedTo(ChronoUnit.SECONDS);
    String latestEvent =
        "SELECT count(*) FROM camera.camera WHERE code = 'GL-QN-0004' AND last_event_at = ?::timestamptz";
    long id;
    HandoverSwitch.pause(management);
    try {
      JsonObject answer =
          Api.post(
                  "events",
                  EventIngestionIT.sourceToken(),
                  EventIngestionIT.batch(
                      List.of(
                          EventIngestionIT.event(
                              EventIngestionIT.nonce(), "GL-QN-0004", "PLATE_READ", at))))
              .json();
      assertEquals(List.of("ACCEPTED"), EventIngestionIT.outcomes(answer));
      id = answer.getJsonArray("items").getJsonObject(0).getJsonNumber("eventId").longValue();
      Thread.sleep(2_500); // more than two handover ticks
      assertEquals(1, outboxRows(id), "held back while paused");

      reloadAndWait();

      assertEquals(1, outboxRows(id), "still waiting after the restart: nothing was lost");
      assertEquals(0, EventIngestionIT.count(latestEvent, at.toString()));
    } finally {
      HandoverSwitch.resume(management);
    }
    long deadline = System.currentTimeMillis() + 30_000;
    while (outboxRows(id) > 0) {
      assertTrue(System.currentTimeMillis() < deadline, "processed within 30 s of resuming");
      Thread.sleep(200);
    }
    assertEquals(1, EventIngestionIT.count(latestEvent, at.toString()));
  }

  private static long outboxRows(long id) throws Exception {
    return EventIngestionIT.count(
        "SELECT count(*) FROM vms.event_outbox WHERE event_id::text = ?", Long.toString(id));
  }

  private void execute(ModelNode operation) {
    try {
      management.getControllerClient().execute(operation);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void reloadAndWait() throws Exception {
    execute(Operations.createOperation("reload"));
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 180_000;
    Thread.sleep(2_000);
    while (true) {
      assertTrue(System.currentTimeMillis() < deadline, "TCC back within 3 minutes of the reload");
      try {
        ModelNode state =
            management
                .getControllerClient()
                .execute(
                    Operations.createReadAttributeOperation(
                        new ModelNode().setEmptyList(), "server-state"));
        HttpResponse<String> me =
            http.send(
                HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if ("running".equals(Operations.readResult(state).asString()) && me.statusCode() == 401) {
          return;
        }
      } catch (java.io.IOException | RuntimeException notYet) {
        // the management connection and the HTTP port go away during the reload
      }
      Thread.sleep(1_000);
    }
  }
}
