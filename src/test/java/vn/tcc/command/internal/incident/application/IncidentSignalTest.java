package vn.tcc.command.internal.incident.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IncidentSignalTest {
  private final IncidentSignal signal = new IncidentSignal();

  @Test
  void a_waiter_is_woken_once_by_the_next_opening() {
    AtomicInteger woken = new AtomicInteger();
    signal.await(signal.version(), woken::incrementAndGet);
    assertEquals(0, woken.get());
    signal.afterCommit(new IncidentsOpened(List.of(1L)));
    signal.afterCommit(new IncidentsOpened(List.of(2L)));
    assertEquals(1, woken.get());
    assertEquals(0, signal.waiting());
  }

  @Test
  void an_opening_between_the_read_and_the_wait_wakes_at_once() {
    long seen = signal.version();
    signal.afterCommit(new IncidentsOpened(List.of(1L))); // committed while the stream was read
    AtomicInteger woken = new AtomicInteger();
    signal.await(seen, woken::incrementAndGet);
    assertEquals(1, woken.get());
    assertEquals(0, signal.waiting());
  }

  @Test
  void a_cancelled_wait_is_not_woken() {
    AtomicInteger woken = new AtomicInteger();
    Runnable cancel = signal.await(signal.version(), woken::incrementAndGet);
    cancel.run();
    signal.afterCommit(new IncidentsOpened(List.of(1L)));
    assertEquals(0, woken.get());
    assertEquals(0, signal.waiting());
  }
}
