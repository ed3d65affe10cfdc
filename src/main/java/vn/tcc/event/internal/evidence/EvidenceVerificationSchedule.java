package vn.tcc.event.internal.evidence;

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
 * The verification of the evidence stores: asked for every night at 01:30 (Asia/Ho_Chi_Minh, when
 * the stores are quietest), and carried out by the cluster's leading node, which looks for a run to
 * do every 10 s (so one an admin or auditor asks for starts at once). No transaction: the run's
 * pages commit one by one.
 */
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceVerificationSchedule {
  static final String SYSTEM = "system (nightly)";
  private static final Logger LOG = Logger.getLogger(EvidenceVerificationSchedule.class.getName());

  @Inject JobLeadership leadership;
  @Inject EvidenceStoreVerification verification;
  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "1", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
  void nightly() {
    if (!leadership.leads("event/evidence-verification")) {
      return; // another node of the cluster asks (JobLeadership)
    }
    try {
      verification.request(SYSTEM);
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The nightly verification of the evidence could not be asked", failed);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void work() {
    if (!leadership.leads("event/evidence-verification")) {
      return;
    }
    if (!running.compareAndSet(false, true)) {
      return; // a long run is still going on this node
    }
    try {
      verification
          .runNext()
          .ifPresent(
              run ->
                  LOG.info(
                      () ->
                          "Evidence stores verified: "
                              + run.filesChecked()
                              + " files, "
                              + run.filesMissing()
                              + " missing, "
                              + run.filesAltered()
                              + " altered ("
                              + run.state()
                              + ")"));
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The verification of the evidence stores could not run", failed);
    } finally {
      running.set(false);
    }
  }
}
