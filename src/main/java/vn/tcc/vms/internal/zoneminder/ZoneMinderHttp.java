package vn.tcc.vms.internal.zoneminder;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.vms.api.VmsUnavailable;

/**
 * HTTP to one ZoneMinder: token login ({@code POST api/host/login.json}; HTTP Basic does not work
 * with ZM), the token on every request as {@code ?token=}, one new login when ZM refuses a token,
 * and every failure as {@link VmsUnavailable} with what failed. Messages name the host and the
 * path, never the query (it holds the token) nor the password.
 */
final class ZoneMinderHttp {
  private static final Logger LOG = Logger.getLogger(ZoneMinderHttp.class.getName());

  /** One query parameter; a list because ZM wants repeated keys ({@code eids[]}). */
  record Param(String name, String value) {}

  record Response(int status, String contentType, byte[] body) {}

  /** An answer whose body is read as it comes (a live stream); the caller closes the body. */
  record Streamed(int status, String contentType, InputStream body) {
    void discard() {
      try {
        body.close();
      } catch (IOException ignored) {
        // Dropping an answer nobody reads: nothing to do if closing it fails too.
      }
    }
  }

  private final URI base;
  private final String where;
  private final String username;
  private final String secret;
  private final Duration timeout;
  private final HttpClient client;

  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  ZoneMinderHttp(URI base, String username, String secret, Duration timeout, HttpClient client) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.where =
        "ZoneMinder at "
            + this.base.getHost()
            + (this.base.getPort() > 0 ? ":" + this.base.getPort() : "");
    this.username = username;
    this.secret = secret;
    this.timeout = timeout;
    this.client = client;
  }

  URI base() {
    return base;
  }

  String where() {
    return where;
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * A JSON call to the API ({@code path} under {@code api/}); empty on 404 (no such monitor or
   * event), an empty object when ZM answers 2xx with no body (as to DELETE). Any other failure is
   * {@link VmsUnavailable}.
   */
  Optional<JsonObject> api(
      String method, String path, List<Param> query, Map<String, String> form) {
    String fullPath = "api/" + path;
    Response response = authenticated(method, fullPath, query, form, ZoneMinderHttp::deniedByApi);
    if (response.status() == 404) {
      return Optional.empty();
    }
    requireOk(method, fullPath, response);
    if (response.body().length == 0) {
      return Optional.of(JsonObject.EMPTY_JSON_OBJECT);
    }
    return Optional.of(json(method, fullPath, response));
  }

  Optional<JsonObject> get(String path, Param... query) {
    return api("GET", path, List.of(query), null);
  }

  /**
   * A call to ZM's web views or CGI (images, videos, exports). ZM answers a bad token there with
   * 200 and its login page (403 from nph-zms), so such an answer is retried once after a new login.
   * The caller judges the final answer (ZM also says "not found" with 200 and an empty body).
   */
  Response media(String path, List<Param> query) {
    return authenticated("GET", path, query, null, ZoneMinderHttp::deniedByViews);
  }

  /**
   * A never-ending answer of ZM's CGI (nph-zms), its body left open for the caller. Only the wait
   * for the headers is bounded by the timeout, not the body. A refused token (403, or ZM's login
   * page) gets one new login.
   */
  Streamed stream(String path, List<Param> query) {
    String used = token();
    Streamed response = openStream(path, withToken(query, used));
    if (response.status() == 401
        || response.status() == 403
        || response.contentType().startsWith("text/html")) {
      response.discard();
      forget(used);
      response = openStream(path, withToken(query, token()));
    }
    return response;
  }

  private Streamed openStream(String path, List<Param> query) {
    URI uri = URI.create(base + "/" + path + "?" + encode(query));
    // HTTP/1.1: closing the body then closes this one connection to ZM, nothing pooled stays open.
    HttpRequest request =
        HttpRequest.newBuilder(uri).version(HttpClient.Version.HTTP_1_1).GET().build();
    String what = "GET " + describe(path);
    CompletableFuture<HttpResponse<InputStream>> future =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    try {
      HttpResponse<InputStream> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Streamed streamed =
          new Streamed(
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(""),
              response.body());
      if (response.statusCode() >= 500) {
        streamed.discard();
        throw new VmsUnavailable(where + " answered HTTP " + response.statusCode() + " to " + what);
      }
      return streamed;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new VmsUnavailable(where + " did not answer " + what + " within " + seconds());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new VmsUnavailable("Interrupted while waiting for " + where + " (" + what + ")", e);
    } catch (ExecutionException e) {
      throw unavailable(what, e.getCause());
    }
  }

  /** A call to ZM's ajax handlers, which answer a bad token with a JSON error of permissions. */
  Response ajax(List<Param> query) {
    return authenticated("GET", "index.php", query, null, ZoneMinderHttp::deniedByAjax);
  }

  private static boolean deniedByApi(Response r) {
    return r.status() == 401 || r.status() == 403;
  }

  private static boolean deniedByViews(Response r) {
    return deniedByApi(r) || (r.status() == 200 && ZoneMinderMedia.isHtml(r.body()));
  }

  private static boolean deniedByAjax(Response r) {
    return deniedByApi(r)
        || new String(r.body(), StandardCharsets.UTF_8).contains("insufficient permissions");
  }

  private Response authenticated(
      String method,
      String path,
      List<Param> query,
      Map<String, String> form,
      Predicate<Response> denied) {
    String used = token();
    Response response = send(method, path, withToken(query, used), form);
    if (denied.test(response)) {
      LOG.fine(
          () -> where + " refused the access token on " + method + " /" + path + "; new login");
      forget(used);
      response = send(method, path, withToken(query, token()), form);
      if (response.status() == 401) {
        throw new VmsUnavailable(where + " refused the login of user '" + username + "'");
      }
    }
    return response;
  }

  private synchronized String token() {
    if (token == null || Instant.now().isAfter(tokenExpires)) {
      login();
    }
    return token;
  }

  private synchronized void forget(String used) {
    if (used != null && used.equals(token)) {
      token = null;
    }
  }

  private void login() {
    String path = "api/host/login.json";
    Response response =
        send(
            "POST",
            path,
            List.of(),
            Map.of("user", nullToEmpty(username), "pass", nullToEmpty(secret)));
    if (response.status() == 401 || response.status() == 403) {
      throw new VmsUnavailable(where + " refused the login of user '" + username + "'");
    }
    requireOk("POST", path, response);
    JsonObject answer = json("POST", path, response);
    String accessToken = ZoneMinderJson.text(answer, "access_token");
    if (accessToken == null || accessToken.isBlank()) {
      throw new VmsUnavailable(
          where + " gave no access token at login (is OPT_USE_AUTH with API tokens enabled?)");
    }
    token = accessToken;
    tokenExpires = Instant.now().plus(ZoneMinderJson.tokenLifetime(answer));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static List<Param> withToken(List<Param> query, String token) {
    List<Param> all = new java.util.ArrayList<>(query);
    all.add(new Param("token", token));
    return all;
  }

  private void requireOk(String method, String path, Response response) {
    if (response.status() / 100 != 2) {
      throw new VmsUnavailable(
          where + " answered HTTP " + response.status() + " to " + method + " " + describe(path));
    }
  }

  private JsonObject json(String method, String path, Response response) {
    try {
      return ZoneMinderJson.read(response.body());
    } catch (JsonException e) {
      throw new VmsUnavailable(
          where
              + " answered "
              + method
              + " "
              + describe(path)
              + " with something that is not JSON");
    }
  }

  /** The path as shown in messages: from the server root, without the query. */
  String describe(String path) {
    return (base.getPath() == null ? "" : base.getPath()) + "/" + path;
  }

  /** One exchange, at most the connection's timeout from start to the last byte. */
  Response send(String method, String path, List<Param> query, Map<String, String> form) {
    URI uri = URI.create(base + "/" + path + (query.isEmpty() ? "" : "?" + encode(query)));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
    if (form != null) {
      StringJoiner body = new StringJoiner("&");
      form.forEach((k, v) -> body.add(queryEncode(k) + "=" + queryEncode(v)));
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    String what = method + " " + describe(path);
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() >= 500) {
        throw new VmsUnavailable(where + " answered HTTP " + response.statusCode() + " to " + what);
      }
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new VmsUnavailable(where + " did not answer " + what + " within " + seconds());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new VmsUnavailable("Interrupted while waiting for " + where + " (" + what + ")", e);
    } catch (ExecutionException e) {
      throw unavailable(what, e.getCause());
    }
  }

  private VmsUnavailable unavailable(String what, Throwable cause) {
    String reason;
    if (cause instanceof HttpConnectTimeoutException) {
      reason = " did not accept a connection within " + seconds();
    } else if (cause instanceof HttpTimeoutException) {
      reason = " did not answer within " + seconds();
    } else if (cause instanceof ConnectException) {
      reason = " refused the connection or cannot be reached";
    } else if (cause instanceof IOException) {
      reason = " broke the connection (" + cause.getClass().getSimpleName() + ")";
    } else {
      reason =
          " could not be asked (" + (cause == null ? "?" : cause.getClass().getSimpleName()) + ")";
    }
    LOG.log(Level.FINE, where + reason + ": " + what);
    return new VmsUnavailable(where + reason + " (" + what + ")", cause);
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  private static String encode(List<Param> query) {
    StringJoiner joined = new StringJoiner("&");
    for (Param p : query) {
      joined.add(queryEncode(p.name()) + "=" + queryEncode(p.value()));
    }
    return joined.toString();
  }

  private static String queryEncode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /**
   * One path segment of a CakePHP named-parameter filter, e.g. {@code StartDateTime <=:2026-11-21
   * 08:40:09}: percent-encoded except the characters Cake reads literally (':' and '=').
   */
  static String segment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || c == ':'
          || c == '=') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
