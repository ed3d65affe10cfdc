package vn.tcc.violation.internal.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * Checks the case deadlines every 20 seconds. Nothing is kept in the timer: the due dates are on
 * the cases and the breaches recorded, so a restart loses nothing and repeats nothing.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSchedule {
  @Inject JobLeadership leadership;
  private static final Logger LOG = Logger.getLogger(DeadlineSchedule.class.getName());
  private static final int MAX_BATCHES_PER_TICK = 10;

  @Inject DeadlineWatch watch;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void tick() {
    if (!leadership.leads("violation/deadlines")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (int i = 0; i < MAX_BATCHES_PER_TICK && watch.checkDue() > 0; i++) {
        // until a batch finds nothing more to record
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The case deadlines could not be checked", failed);
    } finally {
      running.set(false);
    }
  }
}
