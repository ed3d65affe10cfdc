package vn.tcc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raw calls for the matrix and the fuzz harness: any method, path and bytes, the answer's status,
 * type and first few kilobytes. Streams (live video, server-sent events) are closed as soon as
 * their headers arrive, so an operation that never ends does not hold the suite.
 */
public final class Probe {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Probe() {}

  /** An answer: status, content type, Retry-After if any, and at most 8 KiB of the body. */
  public record Answer(int status, String contentType, String retryAfter, String body) {
    public boolean problemJson() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
      return status + " " + contentType + " " + shown.replace('\n', ' ');
    }
  }

  /** {@code pathAndQuery} relative to {@code /api/v1/}, already encoded. */
  public static Answer send(
      String method, String pathAndQuery, String token, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/api/v1/" + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json, */*")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<InputStream> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String type = response.headers().firstValue("Content-Type").orElse("");
      String text;
      try (InputStream in = response.body()) {
        if (type.startsWith("text/event-stream")
            || type.startsWith("multipart/x-mixed-replace")
            || type.startsWith("video/")) {
          text = "(stream)";
        } else {
          text = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
          in.transferTo(OutputDiscard.INSTANCE);
        }
      }
      return new Answer(
          response.statusCode(),
          type,
          response.headers().firstValue("Retry-After").orElse(null),
          text);
    } catch (IOException e) {
      // A reset connection is no answer at all: report it as the worst outcome.
      return new Answer(599, "", null, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class OutputDiscard extends java.io.OutputStream {
    static final OutputDiscard INSTANCE = new OutputDiscard();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  /** Tokens of the demo callers, fetched again after two minutes so none expires mid-suite. */
  public static final class Tokens {
    private record Held(String token, long at) {}

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    public String user(String name) {
      return get("u:" + name, () -> Keycloak.userToken(name));
    }

    public String client(String clientId, String secret) {
      return get("c:" + clientId, () -> Keycloak.clientToken(clientId, secret));
    }

    private String get(String key, java.util.function.Supplier<String> fetch) {
      Held current = held.get(key);
      long now = System.nanoTime();
      if (current == null || now - current.at() > Duration.ofMinutes(2).toNanos()) {
        current = new Held(fetch.get(), now);
        held.put(key, current);
      }
      return current.token();
    }
  }
}
