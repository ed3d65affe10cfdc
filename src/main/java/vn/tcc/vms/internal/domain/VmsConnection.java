package vn.tcc.vms.internal.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A connected VMS as TCC keeps it: where it is, the account used, how often its cameras are polled
 * and after how long offline an alert is raised. The secret is not here: it stays encrypted in the
 * database and is decrypted only to build an adapter.
 */
public record VmsConnection(
    long id,
    String code,
    String name,
    String product,
    JurisdictionCode jurisdiction,
    URI baseUri,
    String username,
    boolean hasSecret,
    int timeoutMillis,
    int pollSeconds,
    int offlineAlertMinutes,
    boolean enabled,
    String eventCursor,
    Instant lastPollAt,
    String lastPollError,
    int pollFailures,
    int version) {

  public Duration timeout() {
    return Duration.ofMillis(timeoutMillis);
  }

  /** Due when never polled, or when the interval (doubled per failure, at most 10 min) passed. */
  public boolean pollDue(Instant now) {
    if (lastPollAt == null) {
      return true;
    }
    long wait = (long) pollSeconds << Math.min(pollFailures, 6);
    return !now.isBefore(lastPollAt.plusSeconds(Math.min(wait, Math.max(600, pollSeconds))));
  }
}
