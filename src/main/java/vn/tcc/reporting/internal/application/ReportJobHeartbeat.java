package vn.tcc.reporting.internal.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 s, on every node (no leadership: each touches only the jobs it holds), the report files
 * under way are marked alive. A node killed mid-job stops touching its jobs, which then read as
 * failed after a minute instead of staying "running" (ReportJob.STALE_AFTER).
 */
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobHeartbeat {
  private static final Logger LOG = Logger.getLogger(ReportJobHeartbeat.class.getName());

  @Inject ReportFileJobs jobs;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    try {
      jobs.heartbeat();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The report jobs under way could not be marked alive", failed);
    }
  }
}
