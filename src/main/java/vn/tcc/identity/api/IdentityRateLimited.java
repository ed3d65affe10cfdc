package vn.tcc.identity.api;

import java.time.Duration;

/**
 * The center refuses more lookups from this officer for now (429): the daily allowance the Ministry
 * set for the account is used up. {@code retryAfter} is what the center said, e.g. until midnight.
 */
public class IdentityRateLimited extends IdentityLookupException {
  private final Duration retryAfter;

  public IdentityRateLimited(Duration retryAfter) {
    super(429, "identity.error.rateLimited", minutesUp(retryAfter));
    this.retryAfter = retryAfter;
  }

  /** Whole minutes, rounded up: "in 0 minutes" would tell the officer nothing. */
  private static long minutesUp(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
