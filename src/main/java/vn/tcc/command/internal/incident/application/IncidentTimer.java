package vn.tcc.command.internal.incident.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * The room's clock: every 2 seconds (not persistent: it only looks at the tables, so nothing is
 * lost while the server is down) escalates what waited too long; every 30 seconds opens incidents
 * for cameras gone offline.
 */
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IncidentTimer {
  @Inject JobLeadership leadership;
  private static final Logger LOG = Logger.getLogger(IncidentTimer.class.getName());

  @Inject IncidentWatch watch;

  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/2",
      persistent = false,
      info = "command: escalate incidents nobody took in time")
  void escalate() {
    if (!leadership.leads("command/incident-escalation")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    try {
      int escalated = watch.escalate(Instant.now());
      if (escalated > 0) {
        LOG.log(Level.INFO, "{0} incidents escalated to the supervisors", escalated);
      }
    } catch (RuntimeException failed) {
      // The next tick tries again; a timer that throws would be retried at once and then dropped.
      LOG.log(Level.WARNING, "The incident escalation failed", failed);
    }
  }

  @Schedule(
      hour = "*",
      minute = "*",
      second = "15,45",
      persistent = false,
      info = "command: open incidents for cameras gone offline")
  void cameraFaults() {
    if (!leadership.leads("command/camera-faults")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    try {
      watch.openCameraFaults();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Opening incidents for camera faults failed", failed);
    }
  }
}
