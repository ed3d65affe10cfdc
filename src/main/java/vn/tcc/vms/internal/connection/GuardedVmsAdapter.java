package vn.tcc.vms.internal.connection;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsExport;
import vn.tcc.vms.api.VmsLiveStream;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsVersion;

/**
 * Puts one connection's circuit breaker and retries around its adapter. Reads and idempotent
 * changes are retried on {@link VmsUnavailable} with growing, jittered pauses, but only while the
 * call is young (a VMS that times out is not asked three times while a page waits); raising an
 * event is not idempotent and is never retried. Answers such as "not found" or "unsupported" are
 * answers, not failures, and do not count against the circuit.
 */
final class GuardedVmsAdapter implements VmsAdapter {
  static final int MAX_RETRIES = 2;
  static final Duration FIRST_PAUSE = Duration.ofMillis(200);

  /** No retry starts once a call has taken this long. */
  static final Duration RETRY_BUDGET = Duration.ofSeconds(2);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  /** How the guard waits between attempts; tests pass one that does not sleep. */
  interface Pause {
    void pause(Duration duration);
  }

  private final String connectionCode;
  private final VmsAdapter delegate;
  private final ConnectionCircuit circuit;
  private final Clock clock;
  private final Pause pause;

  GuardedVmsAdapter(String connectionCode, VmsAdapter delegate, Clock clock, Pause pause) {
    this.connectionCode = connectionCode;
    this.delegate = delegate;
    this.circuit = new ConnectionCircuit(clock);
    this.clock = clock;
    this.pause = pause;
  }

  static GuardedVmsAdapter around(String connectionCode, VmsAdapter delegate) {
    return new GuardedVmsAdapter(
        connectionCode,
        delegate,
        Clock.systemUTC(),
        duration -> {
          try {
            Thread.sleep(duration.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VmsUnavailable("Interrupted while waiting to retry", e);
          }
        });
  }

  ConnectionCircuit.State circuitState() {
    return circuit.state();
  }

  @Override
  public String product() {
    return delegate.product();
  }

  @Override
  public Set<VmsCapability> capabilities() {
    return delegate.capabilities();
  }

  @Override
  public VmsVersion ping() {
    return retried(delegate::ping);
  }

  @Override
  public List<VmsCamera> cameras() {
    return retried(delegate::cameras);
  }

  @Override
  public Optional<VmsCamera> camera(String externalId) {
    return retried(() -> delegate.camera(externalId));
  }

  @Override
  public Map<String, VmsCameraStatus> status(Collection<String> externalIds) {
    return retried(() -> delegate.status(externalIds));
  }

  @Override
  public URI liveStreamUri(String externalId) {
    return retried(() -> delegate.liveStreamUri(externalId));
  }

  /** Not retried: a wall tile that fails shows "offline" and the operator tries again. */
  @Override
  public VmsLiveStream openLiveStream(String externalId, int maxFps, int scalePercent) {
    return attempt(() -> delegate.openLiveStream(externalId, maxFps, scalePercent));
  }

  @Override
  public VmsLiveStream openRecordingStream(
      String externalId, Instant at, int maxFps, int scalePercent) {
    return attempt(() -> delegate.openRecordingStream(externalId, at, maxFps, scalePercent));
  }

  @Override
  public VmsMedia snapshot(String externalId, Instant at) {
    return retried(() -> delegate.snapshot(externalId, at));
  }

  @Override
  public List<VmsRecording> recordings(String externalId, Instant from, Instant to) {
    return retried(() -> delegate.recordings(externalId, from, to));
  }

  @Override
  public VmsMedia clip(String recordingId) {
    return retried(() -> delegate.clip(recordingId));
  }

  @Override
  public VmsExport startExport(List<String> recordingIds) {
    return attempt(() -> delegate.startExport(recordingIds));
  }

  @Override
  public Optional<VmsMedia> exportResult(VmsExport export) {
    return retried(() -> delegate.exportResult(export));
  }

  @Override
  public void protect(String recordingId) {
    retried(
        () -> {
          delegate.protect(recordingId);
          return null;
        });
  }

  @Override
  public void unprotect(String recordingId) {
    retried(
        () -> {
          delegate.unprotect(recordingId);
          return null;
        });
  }

  /** A repeated delete answers NOT_FOUND for what the first one removed, so it may be retried. */
  @Override
  public VmsDeletion delete(String recordingId) {
    return retried(() -> delegate.delete(recordingId));
  }

  @Override
  public List<VmsEvent> eventsSince(VmsEventCursor cursor, int limit) {
    return retried(() -> delegate.eventsSince(cursor, limit));
  }

  @Override
  public Optional<String> raiseEvent(String externalId, VmsEventRequest request) {
    return attempt(() -> delegate.raiseEvent(externalId, request));
  }

  private <T> T retried(Supplier<T> call) {
    Instant start = clock.instant();
    Duration nextPause = FIRST_PAUSE;
    for (int retry = 0; ; retry++) {
      try {
        return attempt(call);
      } catch (VmsUnavailable failure) {
        boolean young = Duration.between(start, clock.instant()).compareTo(RETRY_BUDGET) < 0;
        if (retry >= MAX_RETRIES || !young || circuit.state() == ConnectionCircuit.State.OPEN) {
          throw failure;
        }
        long jitter = ThreadLocalRandom.current().nextLong(nextPause.toMillis() / 2 + 1);
        pause.pause(nextPause.plusMillis(jitter));
        nextPause = nextPause.multipliedBy(2);
      }
    }
  }

  private <T> T attempt(Supplier<T> call) {
    if (!circuit.allowsCall()) {
      throw new VmsUnavailable(
          "VMS "
              + connectionCode
              + " failed repeatedly; calls are paused until "
              + TIME.format(circuit.openUntil()));
    }
    try {
      T result = call.get();
      circuit.succeeded();
      return result;
    } catch (VmsUnavailable failure) {
      circuit.failed();
      throw failure;
    } catch (RuntimeException answer) {
      // Not found, unsupported, bad argument: the VMS answered, so the connection is healthy.
      circuit.succeeded();
      throw answer;
    }
  }
}
