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

    public jakarta.json.JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
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

  public static Answer post(String path, String bearerToken, String json) {
    return send(
        "POST",
        path,
        bearerToken,
        "application/json",
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        null);
  }

  public static Answer put(String path, String bearerToken, String json) {
    return send(
        "PUT",
        path,
        bearerToken,
        "application/json",
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        null);
  }

  /** Any call with a body; the answer's body as text. */
  public static Answer send(
      String method,
      String path,
      String bearerToken,
      String contentType,
      byte[] body,
      String language) {
    HttpResponse<byte[]> response =
        sendForBytes(method, path, bearerToken, contentType, body, language);
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A GET whose answer is binary, e.g. an Excel export. */
  public static HttpResponse<byte[]> download(String path, String bearerToken) {
    return sendForBytes("GET", path, bearerToken, null, null, null);
  }

  private static HttpResponse<byte[]> sendForBytes(
      String method,
      String path,
      String bearerToken,
      String contentType,
      byte[] body,
      String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json, application/problem+json, */*")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
