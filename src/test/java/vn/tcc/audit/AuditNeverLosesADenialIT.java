package vn.tcc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Whatever a caller sends, a refused request gets its 4xx and its entry on the trail (issue 21):
 * long values are cut to their columns with a marker, never a 500 without an entry.
 */
@ExtendWith(ArquillianExtension.class)
class AuditNeverLosesADenialIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static int get(String path, String token, String requestId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("X-Request-Id", requestId)
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The entries written for one request: object id and outcome. */
  private static List<String[]> entriesOf(String requestId) throws Exception {
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT object_id, outcome FROM audit.entry WHERE request_id = ? ORDER BY seq")) {
      query.setString(1, requestId);
      List<String[]> rows = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          rows.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      return rows;
    }
  }

  @Test
  void a_refused_call_with_a_path_longer_than_the_column_is_4xx_and_on_the_trail()
      throws Exception {
    String longSegment = "x".repeat(3_000);
    String anonymous = "deny-anon-" + UUID.randomUUID();
    assertEquals(401, get("evidence/" + longSegment, null, anonymous));
    List<String[]> entries = entriesOf(anonymous);
    assertEquals(1, entries.size(), "one entry for the refused call");
    assertEquals("DENIED", entries.get(0)[1]);
    assertTrue(entries.get(0)[0].length() <= 2_000, "fits the column");
    assertTrue(entries.get(0)[0].startsWith("GET /tcc/api/v1/evidence/xxx"), entries.get(0)[0]);
    assertTrue(entries.get(0)[0].endsWith(" chars cut]"), "says it was cut");

    String coordinator = "deny-role-" + UUID.randomUUID();
    assertEquals(
        403, get("evidence/" + longSegment, Keycloak.userToken("coordinator"), coordinator));
    List<String[]> refused = entriesOf(coordinator);
    assertEquals(1, refused.size());
    assertEquals("DENIED", refused.get(0)[1]);
    assertTrue(refused.get(0)[0].endsWith(" chars cut]"), refused.get(0)[0]);
  }
}
