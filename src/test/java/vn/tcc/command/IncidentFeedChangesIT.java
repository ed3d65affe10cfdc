package vn.tcc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The IOC's incident feed follows changes (issue 19): an incident the IOC read as new comes to it
 * again when the operator closes it, with its new state and outcome, from the cursor the IOC kept;
 * read again from the newest cursor, it does not come a third time.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentFeedChangesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  /** What one reading from a cursor to the end gave: the items and the cursor to keep. */
  record Reading(List<JsonObject> items, String next) {}

  @Test
  void an_incident_closed_after_the_ioc_read_it_comes_again_closed() throws Exception {
    String ioc = Keycloak.clientToken("tcc-ioc", "ioc-dev-secret");
    String operator = Keycloak.userToken("operator");
    String cursor = readToTheEnd(ioc, null).next();

    long id = IncidentIT.openIncident("ACCIDENT", operator);
    JsonObject opened = awaitIn(ioc, cursor, id, "the opened incident");
    assertTrue(List.of("NEW", "ESCALATED").contains(opened.getString("state")), opened.toString());
    cursor = readToTheEnd(ioc, cursor).next();

    assertEquals(200, Api.post("incidents/" + id + "/acknowledge", operator, "").status());
    Api.Answer closed =
        Api.post(
            "incidents/" + id + "/close",
            operator,
            "{\"outcome\":\"RESOLVED\",\"note\":\"Đã giải tỏa hiện trường\"}");
    assertEquals(200, closed.status(), closed.body());

    JsonObject again = awaitIn(ioc, cursor, id, "the closed incident");
    assertEquals("CLOSED", again.getString("state"), again.toString());
    assertEquals("RESOLVED", again.getString("outcome"), again.toString());
    assertTrue(again.containsKey("closedAt"), again.toString());

    Reading after = readToTheEnd(ioc, readToTheEnd(ioc, cursor).next());
    assertTrue(
        after.items().stream().noneMatch(i -> i.getJsonNumber("id").longValue() == id),
        "no change since: not again");
  }

  private static JsonObject awaitIn(String ioc, String cursor, long id, String what)
      throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      for (JsonObject item : readToTheEnd(ioc, cursor).items()) {
        if (item.getJsonNumber("id").longValue() == id) {
          return item;
        }
      }
      assertTrue(System.currentTimeMillis() < deadline, what + " reached the IOC within 30 s");
      Thread.sleep(500);
    }
  }

  private static Reading readToTheEnd(String ioc, String cursor) throws Exception {
    List<JsonObject> items = new ArrayList<>();
    String next = cursor;
    for (int page = 0; page < 1_000; page++) {
      Api.Answer answer =
          Api.get(
              "ioc/incidents?limit=1000"
                  + (next == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)),
              ioc);
      assertEquals(200, answer.status(), answer.body());
      JsonObject body = answer.json();
      body.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      next = body.getString("next");
      if (!body.getBoolean("more")) {
        break;
      }
    }
    return new Reading(items, next);
  }
}
