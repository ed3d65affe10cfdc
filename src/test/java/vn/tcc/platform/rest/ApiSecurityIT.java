package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Api.Answer;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/** The API's door: 401 without a valid token, 403 without the role, 200 with it. */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void me_without_a_token_is_401_problem_json_in_vietnamese() {
    Answer answer = Api.get("me", null);
    assertEquals(401, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    JsonObject problem = answer.json();
    assertEquals(401, problem.getInt("status"));
    assertEquals("Chưa xác thực", problem.getString("title"));
    assertTrue(problem.getString("requestId").length() >= 8);
  }

  @Test
  void me_without_a_token_from_a_browser_like_client_is_401_too_not_a_redirect() {
    assertEquals(401, Api.get("me", null, "*/*").status());
  }

  @Test
  void problems_speak_english_when_asked() {
    Answer answer = Api.get("me", null, "application/json", "en-US,en;q=0.9");
    assertEquals("Unauthorized", answer.json().getString("title"));
  }

  @Test
  void a_forged_token_is_401() {
    String real = Keycloak.userToken("auditor");
    String[] parts = real.split("\\.");
    // Same header and signature, payload swapped for the officer's: the signature no longer
    // matches.
    String officerPayload = Keycloak.userToken("officer").split("\\.")[1];
    String forged = parts[0] + "." + officerPayload + "." + parts[2];
    assertEquals(401, Api.get("me", forged).status());
    assertEquals(401, Api.get("me", "not-a-token").status());
  }

  @Test
  void me_with_an_officer_token_returns_his_name_roles_and_jurisdiction() {
    Answer answer = Api.get("me", Keycloak.userToken("officer"));
    assertEquals(200, answer.status(), answer.body());
    JsonObject me = answer.json();
    assertEquals("officer", me.getString("name"));
    assertEquals("Nguyễn Văn An", me.getString("displayName"));
    assertEquals("USER", me.getString("kind"));
    assertEquals("GL.QUY_NHON", me.getString("jurisdiction"));
    assertTrue(
        me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(role -> role.getString().equals("officer")));
  }

  @Test
  void a_regional_server_cluster_is_a_client_with_its_commune() {
    Answer answer =
        Api.get("me", Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"));
    assertEquals(200, answer.status(), answer.body());
    assertEquals("CLIENT", answer.json().getString("kind"));
    assertEquals("tcc-event-source", answer.json().getString("name"));
    assertEquals("GL.QUY_NHON", answer.json().getString("jurisdiction"));
  }

  @Test
  void the_audit_trail_is_403_for_an_officer_and_the_ioc() {
    for (String token :
        List.of(
            Keycloak.userToken("officer"),
            Keycloak.userToken("supervisor"),
            Keycloak.clientToken("tcc-ioc", "ioc-dev-secret"))) {
      Answer answer = Api.get("audit/entries", token);
      assertEquals(403, answer.status(), answer.body());
      assertTrue(answer.contentType().startsWith("application/problem+json"));
    }
  }

  @Test
  void the_audit_trail_is_200_for_an_auditor_and_records_the_denials() {
    String officer = Keycloak.userToken("officer");
    assertEquals(403, Api.get("audit/entries", officer).status());

    Answer answer =
        Api.get(
            "audit/entries?actor=officer&action=ACCESS_DENIED&limit=5",
            Keycloak.userToken("auditor"));
    assertEquals(200, answer.status(), answer.body());
    JsonObject latest = answer.json().getJsonArray("entries").getJsonObject(0);
    assertEquals("officer", latest.getString("actor"));
    assertEquals("DENIED", latest.getString("outcome"));
    assertEquals("GET /tcc/api/v1/audit/entries", latest.getString("objectId"));
  }

  @Test
  void bad_paging_is_a_400_problem() {
    Answer answer = Api.get("audit/entries?limit=100000", Keycloak.userToken("auditor"));
    assertEquals(400, answer.status());
    assertTrue(answer.json().getString("detail").contains("limit"));
  }

  @Test
  void an_unknown_path_is_a_404_problem() {
    Answer answer = Api.get("no-such-thing", Keycloak.userToken("auditor"));
    assertEquals(404, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
  }
}
