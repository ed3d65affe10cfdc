package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The browser-facing hardening of issue 21 on the real WildFly: security headers on pages, API and
 * errors alike, no server banner, the server root sends people to TCC, cookies SameSite.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertHardened(String what, HttpHeaders headers) {
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
    assertTrue(csp.contains("frame-ancestors 'self'"), what + ": " + csp);
    assertTrue(csp.contains("object-src 'none'"), what + ": " + csp);
    assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
    assertEquals(List.of("SAMEORIGIN"), headers.allValues("X-Frame-Options"), what);
    assertEquals(List.of("same-origin"), headers.allValues("Referrer-Policy"), what);
    // Plain HTTP here: HSTS only ever comes over TLS.
    assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), what);
    assertFalse(headers.firstValue("X-Powered-By").isPresent(), what);
    assertFalse(
        headers.firstValue("Server").map(s -> s.matches(".*\\d.*")).orElse(false),
        what + ": a server banner with a version: " + headers.firstValue("Server"));
  }

  @Test
  void pages_api_answers_and_errors_carry_the_security_headers() throws Exception {
    String base = TccDeployment.baseUrl();
    // (The redirect to Keycloak is answered by the sign-on mechanism before any filter: it has no
    // content to protect.)
    HttpResponse<String> page = get(base + "/public/notice.xhtml", null);
    assertTrue(page.statusCode() < 500, "public page " + page.statusCode());
    assertHardened("public page", page.headers());

    HttpResponse<String> me = get(base + "/api/v1/me", Keycloak.userToken("officer"));
    assertEquals(200, me.statusCode(), me.body());
    assertHardened("API 200", me.headers());

    HttpResponse<String> anonymous = get(base + "/api/v1/me", null);
    assertEquals(401, anonymous.statusCode());
    assertHardened("API 401", anonymous.headers());

    HttpResponse<String> resource =
        get(base + "/jakarta.faces.resource/tcc.css.xhtml?ln=tcc", null);
    assertHardened("static resource " + resource.statusCode(), resource.headers());
  }

  @Test
  void the_server_root_sends_people_to_tcc_instead_of_the_server_welcome_page() throws Exception {
    URI base = URI.create(TccDeployment.baseUrl());
    String root = base.getScheme() + "://" + base.getAuthority() + "/";
    HttpResponse<String> answer = get(root, null);
    assertEquals(302, answer.statusCode(), answer.body());
    String location = answer.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/tcc/"), location);
    assertFalse(answer.body().toLowerCase().contains("wildfly"), answer.body());
  }

  @Test
  void session_cookies_are_http_only_and_same_site() throws Exception {
    HttpResponse<String> signIn = get(TccDeployment.baseUrl() + "/", null);
    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertFalse(cookies.isEmpty(), "the sign-in redirect starts a session");
    for (String cookie : cookies) {
      String lower = cookie.toLowerCase();
      assertTrue(lower.contains("samesite=lax"), cookie);
      if (lower.startsWith("jsessionid")) {
        assertTrue(lower.contains("httponly"), cookie);
      }
    }
  }

  @Test
  void the_browser_sign_in_uses_pkce_and_keycloak_refuses_it_without() throws Exception {
    HttpResponse<String> signIn = get(TccDeployment.baseUrl() + "/index.xhtml", null);
    String location = signIn.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/protocol/openid-connect/auth?"), location);
    assertTrue(location.contains("code_challenge_method=S256"), location);
    assertTrue(location.matches(".*[?&]code_challenge=[A-Za-z0-9_-]{43}(&.*)?"), location);

    // The same request with the challenge removed, as an attacker replaying an intercepted code
    // would need: Keycloak requires PKCE for TCC's browser client, so it answers an error.
    String withoutChallenge =
        location
            .replaceAll("[?&]code_challenge=[^&]*", "")
            .replaceAll("[?&]code_challenge_method=[^&]*", "")
            .replace("auth&", "auth?");
    assertFalse(withoutChallenge.contains("code_challenge"), withoutChallenge);
    HttpResponse<String> refused = get(withoutChallenge, null);
    String answer =
        refused.statusCode() + " " + refused.headers().firstValue("Location").orElse("");
    assertFalse(
        refused.body().contains("kc-form-login"), "no sign-in form without PKCE: " + answer);
    assertTrue(
        refused.statusCode() == 400
            || refused.headers().firstValue("Location").orElse("").contains("error="),
        "Keycloak refuses an authorization request without PKCE: " + answer);
  }

  @Test
  void a_body_over_the_limit_is_refused_as_a_problem_declared_or_chunked() throws Exception {
    String events = TccDeployment.baseUrl() + "/api/v1/events";
    String token = Keycloak.clientToken("tcc-event-source", "event-source-dev-secret");
    byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(twentyMegabytes, (byte) 'a');

    // Declared: 20 MiB is over TCC's 10 MiB and was over Undertow's old cap (an empty 400).
    HttpResponse<String> declared =
        post(events, token, HttpRequest.BodyPublishers.ofByteArray(twentyMegabytes));
    assertEquals(413, declared.statusCode(), declared.body());
    assertTrue(
        declared.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
        declared.headers().toString());

    // Chunked (no length declared): read up to the limit, then the same problem.
    HttpResponse<String> chunked =
        post(
            events,
            token,
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(twentyMegabytes)));
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertTrue(chunked.body().contains("\"status\":413"), chunked.body());

    // A small chunked body still reaches the resource: an empty batch is its own 4xx, not a 413.
    HttpResponse<String> small =
        post(
            events,
            token,
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream("{\"events\":[]}".getBytes())));
    assertTrue(
        small.statusCode() != 413 && small.statusCode() < 500,
        small.statusCode() + " " + small.body());
  }

  private static HttpResponse<String> post(String url, String token, HttpRequest.BodyPublisher body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
