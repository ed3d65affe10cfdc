package vn.tcc.vms.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsVersion;

class GuardedVmsAdapterTest {
  /** A clock the test moves; pauses move it too, as real waiting would. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-21T02:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final List<Duration> pauses = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  /** A VMS whose ping answers with what {@code behaviour} says for each call number (from 1). */
  private GuardedVmsAdapter guarded(java.util.function.IntFunction<Object> behaviour) {
    VmsAdapter vms =
        (VmsAdapter)
            Proxy.newProxyInstance(
                VmsAdapter.class.getClassLoader(),
                new Class<?>[] {VmsAdapter.class},
                (proxy, method, args) -> {
                  Object outcome = behaviour.apply(calls.incrementAndGet());
                  if (outcome instanceof RuntimeException failure) {
                    throw failure;
                  }
                  return outcome;
                });
    return new GuardedVmsAdapter(
        "ZM-TEST",
        vms,
        clock,
        pause -> {
          pauses.add(pause);
          clock.now = clock.now.plus(pause);
        });
  }

  private static final VmsVersion VERSION = new VmsVersion("ZoneMinder", "1.36.33", "2.0");

  @Test
  void a_failed_read_is_retried_with_growing_pauses_and_then_succeeds() {
    GuardedVmsAdapter vms = guarded(n -> n < 3 ? new VmsUnavailable("refused") : VERSION);

    assertEquals(VERSION, vms.ping());
    assertEquals(3, calls.get());
    assertEquals(2, pauses.size());
    assertTrue(pauses.get(0).compareTo(Duration.ofMillis(200)) >= 0);
    assertTrue(pauses.get(0).compareTo(Duration.ofMillis(300)) <= 0);
    assertTrue(pauses.get(1).compareTo(Duration.ofMillis(400)) >= 0);
    assertTrue(pauses.get(1).compareTo(Duration.ofMillis(600)) <= 0);
  }

  @Test
  void a_slow_failure_is_not_retried_so_pages_do_not_wait_three_timeouts() {
    GuardedVmsAdapter vms =
        guarded(
            n -> {
              clock.now = clock.now.plusSeconds(10); // the VMS timed out
              return new VmsUnavailable("timed out");
            });

    assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(1, calls.get());
  }

  @Test
  void raising_an_event_is_never_repeated() {
    GuardedVmsAdapter vms = guarded(n -> new VmsUnavailable("refused"));

    assertThrows(
        VmsUnavailable.class,
        () ->
            vms.raiseEvent(
                "1", new VmsEventRequest("Plate", "plate=81A12345", Duration.ofSeconds(5), 100)));
    assertEquals(1, calls.get());
  }

  @Test
  void repeated_failures_open_the_circuit_and_calls_then_fail_without_reaching_the_vms() {
    GuardedVmsAdapter vms = guarded(n -> new VmsUnavailable("refused"));

    assertThrows(VmsUnavailable.class, vms::ping); // 3 attempts
    assertThrows(VmsUnavailable.class, vms::ping); // the 4th attempt opens the circuit
    assertEquals(ConnectionCircuit.State.OPEN, vms.circuitState());
    int reached = calls.get();

    VmsUnavailable fast = assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(reached, calls.get());
    assertTrue(fast.getMessage().contains("ZM-TEST"), fast.getMessage());
  }

  @Test
  void after_the_delay_one_trial_call_closes_the_circuit_when_the_vms_is_back() {
    AtomicInteger failUntil = new AtomicInteger(Integer.MAX_VALUE);
    GuardedVmsAdapter vms =
        guarded(n -> n <= failUntil.get() ? new VmsUnavailable("refused") : VERSION);
    assertThrows(VmsUnavailable.class, vms::ping);
    assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(ConnectionCircuit.State.OPEN, vms.circuitState());

    failUntil.set(calls.get());
    clock.now = clock.now.plus(ConnectionCircuit.FIRST_DELAY);

    assertEquals(VERSION, vms.ping());
    assertEquals(ConnectionCircuit.State.CLOSED, vms.circuitState());
  }

  @Test
  void a_failed_trial_call_reopens_the_circuit_for_twice_as_long() {
    GuardedVmsAdapter vms = guarded(n -> new VmsUnavailable("refused"));
    assertThrows(VmsUnavailable.class, vms::ping);
    assertThrows(VmsUnavailable.class, vms::ping);
    clock.now = clock.now.plus(ConnectionCircuit.FIRST_DELAY);

    int before = calls.get();
    assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(before + 1, calls.get(), "one trial call, no retries while the circuit is open");
    assertEquals(ConnectionCircuit.State.OPEN, vms.circuitState());

    clock.now = clock.now.plus(ConnectionCircuit.FIRST_DELAY);
    assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(before + 1, calls.get(), "still open: the delay doubled");
    clock.now = clock.now.plus(ConnectionCircuit.FIRST_DELAY);
    assertThrows(VmsUnavailable.class, vms::ping);
    assertEquals(before + 2, calls.get());
  }

  @Test
  void not_found_is_an_answer_and_neither_retried_nor_counted_as_a_failure() {
    GuardedVmsAdapter vms = guarded(n -> new VmsNotFound("9"));

    for (int i = 0; i < 6; i++) {
      assertThrows(VmsNotFound.class, () -> vms.camera("9"));
    }
    assertEquals(6, calls.get());
    assertEquals(ConnectionCircuit.State.CLOSED, vms.circuitState());
  }

  @Test
  void the_circuit_of_one_connection_does_not_stop_another() {
    GuardedVmsAdapter dead = guarded(n -> new VmsUnavailable("refused"));
    assertThrows(VmsUnavailable.class, dead::ping);
    assertThrows(VmsUnavailable.class, dead::ping);
    assertEquals(ConnectionCircuit.State.OPEN, dead.circuitState());

    int deadCalls = calls.get();
    GuardedVmsAdapter alive = guarded(n -> VERSION);
    assertEquals(VERSION, alive.ping());
    assertEquals(deadCalls + 1, calls.get());
    assertEquals(ConnectionCircuit.State.CLOSED, alive.circuitState());
  }
}
