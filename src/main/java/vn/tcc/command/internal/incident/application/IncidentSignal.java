package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the clients waiting on the incident stream ({@code GET incidents/stream?wait=}) that
 * incidents were opened, once the opening transaction committed, so they read them at once instead
 * of at their next poll. It carries no incident: each waiter reads the stream again with its own
 * caller's jurisdiction. Only this node's openings are signalled; in a cluster an incident opened
 * on another node reaches a waiter when its wait ends, as a poll would.
 */
@ApplicationScoped
public class IncidentSignal {
  private final AtomicLong version = new AtomicLong();
  private final Set<Runnable> waiters = ConcurrentHashMap.newKeySet();

  /** The openings seen so far; read it before reading the stream, then {@link #await} it. */
  public long version() {
    return version.get();
  }

  /**
   * Runs {@code wake} once after the first opening past {@code seen} (at once if one came already),
   * on the committing thread: it must only hand work on. Returns what cancels the wait.
   */
  public Runnable await(long seen, Runnable wake) {
    Runnable once =
        new Runnable() {
          @Override
          public void run() {
            if (waiters.remove(this)) {
              wake.run();
            }
          }
        };
    waiters.add(once);
    if (version.get() != seen) {
      once.run();
    }
    return () -> waiters.remove(once);
  }

  /** How many clients wait now. */
  public int waiting() {
    return waiters.size();
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentsOpened opened) {
    version.incrementAndGet();
    for (Runnable waiter : waiters) {
      waiter.run();
    }
  }
}
