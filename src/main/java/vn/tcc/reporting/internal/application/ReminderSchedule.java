package vn.tcc.reporting.internal.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * Looks for reports to remind units of every hour (and a minute after the start). Nothing is kept
 * in the timer: a reminder is one row per unit, form, period and kind, so a restart or a second
 * tick repeats nothing.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {
  @Inject JobLeadership leadership;
  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Inject ReportReminders reminders;
  @Inject Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void tick() {
    if (!leadership.leads("reporting/reminders")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int added = reminders.remind(clock.instant());
      if (added > 0) {
        LOG.info(() -> added + " report reminders recorded");
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The report reminders could not be recorded", failed);
    } finally {
      running.set(false);
    }
  }
}
