package vn.tcc.vms.internal.capture;

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
 * Works the evidence capture queue every 5 seconds, a few captures at a time (each fetches a clip
 * of up to a few MB from the VMS). Outside a transaction: see {@link EvidenceCapturer}.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceCaptureSchedule {
  @Inject JobLeadership leadership;
  static final int BATCH = 5;
  private static final int MAX_BATCHES_PER_TICK = 6;
  private static final Logger LOG = Logger.getLogger(EvidenceCaptureSchedule.class.getName());

  @Inject EvidenceCapturer capturer;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void tick() {
    if (!leadership.leads("vms/evidence-capture")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        if (capturer.captureDue(BATCH) < BATCH) {
          return;
        }
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The evidence capture queue could not be worked", failed);
    } finally {
      running.set(false);
    }
  }
}
