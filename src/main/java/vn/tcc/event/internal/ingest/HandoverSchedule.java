package vn.tcc.event.internal.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.internal.domain.EventOutbox;
import vn.tcc.event.internal.domain.EventOutbox.Lane;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * Drains the event outbox every second, in lanes that run side by side (system property {@code
 * tcc.handover.lanes}, default 2: one per core of the machine TCC is sized for), each lane the
 * events of its share of the cameras, in order. A batch that fails is retried event by event, so
 * one event an observer cannot process waits alone (with growing delay) instead of holding the
 * others back. Events of the types other modules must act on at once ({@code
 * event.api.UrgentEventTypes}: accidents, fires) wait in an urgent lane with a worker of its own,
 * which is also woken right after a transaction that accepted such an event commits ({@link
 * UrgentWakeUp}); the tick stays the guarantee for a wake-up that is missed. Setting the system
 * property {@code tcc.handover.paused=true} pauses the handover (maintenance).
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandoverSchedule {
  static final int BATCH = 500;
  private static final int MAX_BATCHES_PER_TICK = 40;
  private static final Logger LOG = Logger.getLogger(HandoverSchedule.class.getName());

  static final String LANE_JOB = "event/handover/lane";

  @Inject EventHandover handover;
  @Inject JobLeadership leadership;
  @Inject EventOutbox outbox;
  @Resource ManagedExecutorService executor;
  private Lane[] lanes;
  private AtomicBoolean[] draining;
  // Whether this node drained each lane at its last tick; read and written under laneLock, so a
  // wake-up never starts a lane the tick just gave back to another node.
  private boolean[] leading;
  private final Object laneLock = new Object();
  // Set by a wake-up that found the urgent lane's worker busy: the worker goes round once more, as
  // its claim may have run before the waking transaction committed.
  private final AtomicBoolean urgentAgain = new AtomicBoolean();

  @PostConstruct
  void start() {
    int count = Lane.configuredCount();
    int moved = outbox.relane(count);
    if (moved > 0) {
      LOG.log(
          Level.INFO, "{0} waiting events moved to their lane of {1}", new Object[] {moved, count});
    }
    // The camera lanes, and last the urgent lane, drained by a worker of its own so that an
    // accident is handed over within a tick however many plate reads wait in the others.
    lanes = new Lane[count + 1];
    draining = new AtomicBoolean[count + 1];
    leading = new boolean[count + 1];
    for (int i = 0; i < count; i++) {
      lanes[i] = new Lane(i, count);
    }
    lanes[count] = Lane.urgent(count);
    for (int i = 0; i <= count; i++) {
      draining[i] = new AtomicBoolean();
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    if (Boolean.getBoolean("tcc.handover.paused")) {
      return;
    }
    for (int i = 0; i < lanes.length; i++) {
      synchronized (laneLock) {
        // In a cluster each lane is drained by one node at a time (JobLeadership); a node gives a
        // lane back only between drains, so its events stay in order.
        leading[i] = leadership.leadsShare(LANE_JOB, i, lanes.length, !draining[i].get());
        if (!leading[i]) {
          continue;
        }
        start(i);
      }
    }
  }

  /**
   * Starts the urgent lane's worker now if this node drains that lane (as of its last tick); if the
   * worker is already running it goes round once more. Called after an urgent event's commit.
   */
  public void wakeUrgentLane() {
    if (lanes == null || Boolean.getBoolean("tcc.handover.paused")) {
      return;
    }
    int urgent = lanes.length - 1;
    urgentAgain.set(true);
    synchronized (laneLock) {
      if (leading[urgent]) {
        start(urgent);
      }
    }
  }

  // Under laneLock.
  private boolean start(int lane) {
    if (!draining[lane].compareAndSet(false, true)) {
      return false;
    }
    try {
      executor.execute(() -> drain(lane));
      return true;
    } catch (RejectedExecutionException shuttingDown) {
      draining[lane].set(false);
      return false;
    }
  }

  private void drain(int lane) {
    boolean urgent = lane == lanes.length - 1;
    boolean again;
    do {
      try {
        if (urgent) {
          urgentAgain.set(false);
        }
        drainBatches(lane);
      } finally {
        draining[lane].set(false);
      }
      // A wake-up that came while this worker ran: once more, if the lane is still this node's.
      again = false;
      if (urgent && urgentAgain.get() && !Boolean.getBoolean("tcc.handover.paused")) {
        synchronized (laneLock) {
          again = leading[lane] && draining[lane].compareAndSet(false, true);
        }
      }
    } while (again);
  }

  private void drainBatches(int lane) {
    for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
      int handed;
      try {
        handed = handover.handOverNext(BATCH, lanes[lane]);
      } catch (RuntimeException batchFailed) {
        LOG.log(Level.WARNING, "Event handover failed; retrying event by event", batchFailed);
        isolateFailures(lanes[lane]);
        return;
      }
      if (handed < BATCH || Boolean.getBoolean("tcc.handover.paused")) {
        return;
      }
    }
  }

  private void isolateFailures(Lane lane) {
    for (AcceptedEvent event : handover.peekDue(BATCH, lane)) {
      try {
        handover.handOverAlone(event);
      } catch (RuntimeException failed) {
        String error = String.valueOf(rootCause(failed).getMessage());
        handover.postpone(event.id(), error, Duration.ofSeconds(30));
        LOG.log(
            Level.WARNING,
            "Event {0} could not be handed over: {1}",
            new Object[] {event.id(), error});
      }
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
