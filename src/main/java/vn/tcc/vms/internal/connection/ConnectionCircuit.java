package vn.tcc.vms.internal.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The circuit breaker of one VMS connection: after too many failures in the last calls it opens and
 * callers fail at once instead of waiting for a timeout; after a delay one trial call is let
 * through, and its outcome closes the circuit again or reopens it for twice as long.
 *
 * <p>Why our own and not MicroProfile's {@code @CircuitBreaker}: an annotated breaker is one per
 * method for the whole application, so one dead VMS would cut off every other VMS as well. The
 * semantics are the same as MicroProfile's (request volume, failure ratio, delay, one trial call).
 */
final class ConnectionCircuit {
  enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  /** Calls looked at when deciding to open. */
  static final int REQUEST_VOLUME = 4;

  static final double FAILURE_RATIO = 0.5;
  static final Duration FIRST_DELAY = Duration.ofSeconds(10);
  static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

  private final Clock clock;
  private final Deque<Boolean> lastOutcomes = new ArrayDeque<>();
  private State state = State.CLOSED;
  private Instant openUntil = Instant.MIN;
  private Duration delay = FIRST_DELAY;
  private boolean trialRunning;

  ConnectionCircuit(Clock clock) {
    this.clock = clock;
  }

  /**
   * Whether a call may go to the VMS now. While half-open only one trial call is allowed at a time;
   * the caller must report its outcome.
   */
  synchronized boolean allowsCall() {
    if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
      state = State.HALF_OPEN;
      trialRunning = false;
    }
    return switch (state) {
      case CLOSED -> true;
      case OPEN -> false;
      case HALF_OPEN -> {
        if (trialRunning) {
          yield false;
        }
        trialRunning = true;
        yield true;
      }
    };
  }

  synchronized void succeeded() {
    if (state == State.HALF_OPEN) {
      state = State.CLOSED;
      delay = FIRST_DELAY;
      trialRunning = false;
      lastOutcomes.clear();
      return;
    }
    remember(true);
  }

  synchronized void failed() {
    if (state == State.HALF_OPEN) {
      delay =
          delay.multipliedBy(2).compareTo(LONGEST_DELAY) > 0
              ? LONGEST_DELAY
              : delay.multipliedBy(2);
      open();
      return;
    }
    remember(false);
    long failures = lastOutcomes.stream().filter(ok -> !ok).count();
    if (state == State.CLOSED
        && lastOutcomes.size() >= REQUEST_VOLUME
        && failures >= FAILURE_RATIO * lastOutcomes.size()) {
      open();
    }
  }

  synchronized State state() {
    return state;
  }

  /** When an open circuit lets the next trial call through. */
  synchronized Instant openUntil() {
    return openUntil;
  }

  private void open() {
    state = State.OPEN;
    trialRunning = false;
    openUntil = clock.instant().plus(delay);
    lastOutcomes.clear();
  }

  private void remember(boolean success) {
    lastOutcomes.addLast(success);
    while (lastOutcomes.size() > REQUEST_VOLUME) {
      lastOutcomes.removeFirst();
    }
  }
}
