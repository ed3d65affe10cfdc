package vn.tcc.vms.internal.retention;

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
 * Works the queue of footage locks every 30 seconds, a few holds at a time. Outside a transaction:
 * see {@link FootageLocker}.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FootageLockSchedule {
  @Inject JobLeadership leadership;
  static final int BATCH = 5;
  private static final Logger LOG = Logger.getLogger(FootageLockSchedule.class.getName());

  @Inject FootageLocker locker;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void tick() {
    if (!leadership.leads("vms/footage-lock")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      locker.lockDue(BATCH);
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The footage lock queue could not be worked", failed);
    } finally {
      running.set(false);
    }
  }
}
