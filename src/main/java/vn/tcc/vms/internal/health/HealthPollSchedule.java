package vn.tcc.vms.internal.health;

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
import vn.tcc.vms.internal.connection.VmsConnectionService;
import vn.tcc.vms.internal.domain.VmsConnection;

/**
 * Every 5 s, polls each enabled VMS whose own interval has passed (see VmsConnection#pollDue): the
 * health of its cameras, then the events it recorded since last time.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthPollSchedule {
  @Inject JobLeadership leadership;
  private static final Logger LOG = Logger.getLogger(HealthPollSchedule.class.getName());

  @Inject VmsConnectionService connections;
  @Inject CameraHealthPoller poller;
  @Inject VmsEventFeed events;
  @Inject Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void tick() {
    if (!leadership.leads("vms/health-poll")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (VmsConnection connection : connections.enabled()) {
        if (connection.pollDue(clock.instant())) {
          try {
            poller.poll(connection);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health poll of " + connection.code() + " failed", e);
          }
          try {
            events.readNext(connection);
          } catch (RuntimeException e) {
            // The cursor did not move: the same events are read again next time.
            LOG.log(Level.WARNING, "Reading the events of " + connection.code() + " failed", e);
          }
        }
      }
    } finally {
      running.set(false);
    }
  }
}
