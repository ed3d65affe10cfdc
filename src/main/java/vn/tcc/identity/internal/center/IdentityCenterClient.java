package vn.tcc.identity.internal.center;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.identity.api.FieldNotPermitted;
import vn.tcc.identity.api.IdentityCenterBadAnswer;
import vn.tcc.identity.api.IdentityCenterRefused;
import vn.tcc.identity.api.IdentityCenterUnavailable;
import vn.tcc.identity.api.IdentityRateLimited;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.IdentityVerification;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.identity.api.OwnerNotFound;

/**
 * The authentication center of the National Population Database over HTTPS: one signed {@code POST
 * /v1/vehicle-owner-lookups} per lookup (see {@link RequestSignature}), with TCC's access request
 * id as {@code X-Request-Id} so that asking again is idempotent, and a hard timeout from sending to
 * the last byte of the answer.
 *
 * <p>Every answer other than 200 becomes one of the port's exceptions; their messages hold message
 * keys only, never what the center answered nor the secret. The settings come from {@link
 * IdentityCenterSettings#fromEnvironment()}. No retries here: the caller decides when to ask again
 * (the exception says whether that may help).
 */
@ApplicationScoped
public class IdentityCenterClient implements IdentityVerification {
  private static final Logger LOG = Logger.getLogger(IdentityCenterClient.class.getName());
  static final String LOOKUP_PATH = "/v1/vehicle-owner-lookups";

  private static final String NOT_FOUND = "vehicle-not-found";
  private static final String FIELD_NOT_PERMITTED = "field-not-permitted";

  /** When the center is down but does not say for how long. */
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

  private final SecureRandom random = new SecureRandom();
  private IdentityCenterSettings settings;
  private HttpClient http;
  private Clock clock;

  /** For CDI; the settings are read in {@link #configure()}. */
  public IdentityCenterClient() {}

  IdentityCenterClient(IdentityCenterSettings settings, HttpClient http, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
  }

  @PostConstruct
  void configure() {
    if (settings == null) {
      settings = IdentityCenterSettings.fromEnvironment();
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(settings.timeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      clock = Clock.systemUTC();
      LOG.info(() -> "Identity lookups go to " + settings);
    }
  }

  @Override
  public OwnerLookup lookUpOwner(IdentityRequest request) {
    byte[] body = CenterJson.lookupBody(request);
    HttpResponse<byte[]> response = send(signed(request, body));
    int status = response.statusCode();
    byte[] answer = response.body();
    switch (status) {
      case 200:
        try {
          OwnerLookup lookup = CenterJson.lookup(answer, request);
          LOG.fine(
              () ->
                  "Identity center access "
                      + lookup.accessId()
                      + " for request "
                      + request.accessRequestId()
                      + (lookup.replayed() ? " (replayed)" : ""));
          return lookup;
        } catch (CenterJson.UnreadableAnswer e) {
          LOG.warning(
              () ->
                  "The identity center's answer to request "
                      + request.accessRequestId()
                      + " is unusable: "
                      + e.getMessage());
          throw new IdentityCenterBadAnswer(e);
        }
      case 404:
        // Only the center's own "not found" means no owner; a bare 404 is a wrong URL, not news.
        if (NOT_FOUND.equals(CenterJson.problemCode(answer))) {
          throw new OwnerNotFound(request.plate());
        }
        throw refused(request, status, answer);
      case 403:
        if (FIELD_NOT_PERMITTED.equals(CenterJson.problemCode(answer))) {
          throw new FieldNotPermitted(CenterJson.problemField(answer).orElse(null));
        }
        throw refused(request, status, answer);
      case 429:
        throw new IdentityRateLimited(retryAfter(response).orElse(DEFAULT_RETRY_AFTER));
      default:
        if (status >= 500) {
          LOG.warning(
              () ->
                  "The identity center answered HTTP "
                      + status
                      + " to request "
                      + request.accessRequestId());
          throw new IdentityCenterUnavailable(retryAfter(response).orElse(null), null);
        }
        throw refused(request, status, answer);
    }
  }

  private static IdentityCenterRefused refused(IdentityRequest request, int status, byte[] answer) {
    String reason = CenterJson.problemCode(answer);
    LOG.severe(
        () ->
            "The identity center refused request "
                + request.accessRequestId()
                + " with HTTP "
                + status
                + " ("
                + reason
                + "): check TCC_IDENTITY_URL, TCC_IDENTITY_AGENCY_ID, TCC_IDENTITY_SECRET and the"
                + " server clock");
    return new IdentityCenterRefused(status, reason);
  }

  private HttpRequest signed(IdentityRequest request, byte[] body) {
    URI uri = URI.create(settings.baseUri() + LOOKUP_PATH);
    String timestamp = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    String nonce = nonce();
    String canonical = RequestSignature.canonical("POST", uri.getRawPath(), timestamp, nonce, body);
    return HttpRequest.newBuilder(uri)
        .timeout(settings.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json, application/problem+json")
        .header(RequestSignature.AGENCY_HEADER, settings.agencyId())
        .header(RequestSignature.TIMESTAMP_HEADER, timestamp)
        .header(RequestSignature.NONCE_HEADER, nonce)
        .header(RequestSignature.REQUEST_ID_HEADER, request.accessRequestId().toString())
        .header(
            RequestSignature.SIGNATURE_HEADER, RequestSignature.sign(settings.secret(), canonical))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** One exchange, at most the configured timeout from sending to the last byte. */
  private HttpResponse<byte[]> send(HttpRequest request) {
    Duration timeout = settings.timeout();
    CompletableFuture<HttpResponse<byte[]>> future =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.warning(() -> "The identity center did not answer within " + timeout.toMillis() + " ms");
      throw new IdentityCenterUnavailable(null, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IdentityCenterUnavailable(null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LOG.log(
          Level.WARNING,
          "The identity center at "
              + settings.baseUri().getHost()
              + " cannot be reached ("
              + (cause == null ? "?" : cause.getClass().getSimpleName())
              + ")");
      throw new IdentityCenterUnavailable(null, cause instanceof IOException ? cause : e);
    }
  }

  /** Retry-After in seconds, the form the center uses; an HTTP date is not expected there. */
  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::strip)
        .filter(v -> v.matches("[0-9]{1,9}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)));
  }
}
