package vn.tcc.identity.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The center could not answer now (503): it is down or in maintenance, it answered with a server
 * error, it did not answer within the timeout, or it cannot be reached. Ask again later with the
 * same request.
 */
public class IdentityCenterUnavailable extends IdentityLookupException {
  private final Duration retryAfter;

  public IdentityCenterUnavailable(Duration retryAfter, Throwable cause) {
    super(503, "identity.error.unavailable");
    this.retryAfter = retryAfter;
    if (cause != null) {
      initCause(cause);
    }
  }

  /** How long the center asked us to wait, when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
