package vn.tcc.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the real Keycloak of the test run (realm tcc, dev clients). */
public final class Keycloak {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Keycloak() {}

  public static String baseUrl() {
    return System.getProperty("tcc.keycloak.url", "http://localhost:8180");
  }

  /** A demo user's access token (password = user name), through the dev-tools client. */
  public static String userToken(String username) {
    return token(
        Map.of(
            "grant_type", "password",
            "client_id", "tcc-dev-tools",
            "client_secret", "dev-tools-secret",
            "username", username,
            "password", username,
            "scope", "openid"));
  }

  /** A machine client's access token (client credentials). */
  public static String clientToken(String clientId, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private static String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/tcc/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token: " + response.statusCode() + " " + response.body());
      }
      JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
      return json.getString("access_token");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
