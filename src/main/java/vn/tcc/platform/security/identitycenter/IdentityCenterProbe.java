package vn.tcc.platform.security.identitycenter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the identity center (a Keycloak realm) answers, as last seen: its discovery document is
 * fetched in the background at most once per {@code every}, so asking never waits on the network. A
 * realm not yet checked counts as answering. The one client TCC has of its identity center besides
 * the container's own OIDC mechanism.
 */
public final class IdentityCenterProbe {
  /** The last check's time and how many checks in a row found the realm silent. */
  private record Seen(int failuresInARow, long atNanos) {
    boolean answering() {
      return failuresInARow < FAILURES_TO_BE_DOWN;
    }
  }

  /**
   * Two silent checks in a row before the realm counts as down: one slow answer on a busy machine
   * must not send visitors to the "sign-in unavailable" page.
   */
  static final int FAILURES_TO_BE_DOWN = 2;

  private final Duration every;
  private final Duration timeout;
  private final HttpClient http;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final Map<String, AtomicBoolean> checking = new ConcurrentHashMap<>();

  public IdentityCenterProbe(Duration every, Duration timeout) {
    this.every = every;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  /** The last answer for the realm at {@code realmUrl}; starts a new check when it is stale. */
  public boolean answering(String realmUrl) {
    Seen last = seen.get(realmUrl);
    if (last == null || System.nanoTime() - last.atNanos() > every.toNanos()) {
      checkInBackground(realmUrl);
    }
    return last == null || last.answering();
  }

  private void checkInBackground(String realmUrl) {
    AtomicBoolean running = checking.computeIfAbsent(realmUrl, url -> new AtomicBoolean());
    if (!running.compareAndSet(false, true)) {
      return;
    }
    HttpRequest discovery;
    try {
      discovery =
          HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
              .timeout(timeout)
              .GET()
              .build();
    } catch (IllegalArgumentException notAnAddress) {
      running.set(false);
      return;
    }
    http.sendAsync(discovery, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (answer, failure) -> {
              boolean up = failure == null && answer.statusCode() == 200;
              Seen before = seen.get(realmUrl);
              int failures = up ? 0 : (before == null ? 0 : before.failuresInARow()) + 1;
              seen.put(realmUrl, new Seen(failures, System.nanoTime()));
              running.set(false);
            });
  }
}
