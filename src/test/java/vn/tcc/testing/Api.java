package vn.tcc.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Black-box calls to TCC's REST API with java.net.http. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private Api() {}

  public record Answer(int status, String contentType, String body) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  public static Answer get(String path, String bearerToken) {
    return get(path, bearerToken, "application/json");
  }

  public static Answer get(String path, String bearerToken, String accept) {
    return get(path, bearerToken, accept, null);
  }

  public static Answer get(String path, String bearerToken, String accept, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
