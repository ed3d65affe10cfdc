package vn.tcc.vms.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.OfflineAlertRepository;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * One poll of one VMS: asks the status of every camera linked to it in one call, records each
 * change of health, and raises or closes offline alerts. A VMS that does not answer (within its
 * timeout) makes its cameras "unknown" and is polled less often until it answers again.
 */
@ApplicationScoped
public class CameraHealthPoller {
  private static final Logger LOG = Logger.getLogger(CameraHealthPoller.class.getName());

  @Inject CameraDirectory cameras;
  @Inject VmsAdapters adapters;
  @Inject VmsConnectionRepository connections;
  @Inject OfflineAlertRepository alerts;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void poll(VmsConnection connection) {
    List<CameraHealthState> linked = cameras.linkedTo(connection.code());
    Instant now = clock.instant();
    String error = null;
    Map<String, VmsCameraStatus> status = Map.of();
    try {
      if (!linked.isEmpty()) {
        status =
            adapters
                .of(connection)
                .status(linked.stream().map(CameraHealthState::vmsExternalId).toList());
      } else {
        adapters.of(connection).ping();
      }
    } catch (RuntimeException unreachable) {
      error = String.valueOf(unreachable.getMessage());
      LOG.log(
          Level.INFO,
          "VMS {0} did not answer the poll: {1}",
          new Object[] {connection.code(), error});
    }
    List<HealthReading> readings = new ArrayList<>(linked.size());
    for (CameraHealthState camera : linked) {
      VmsCameraStatus answer = status.get(camera.vmsExternalId());
      readings.add(
          new HealthReading(
              camera.code(),
              error == null ? HealthMapping.of(answer) : CameraHealth.UNKNOWN,
              answer == null ? null : answer.lastSeen(),
              error == null ? (answer == null ? null : answer.detail()) : "VMS unreachable"));
    }
    Set<String> changed = new HashSet<>(cameras.recordHealth(connection.code(), readings, now));
    connections.recordPoll(connection.code(), now, error);
    updateAlerts(connection, linked, readings, changed, now);
  }

  private void updateAlerts(
      VmsConnection connection,
      List<CameraHealthState> linked,
      List<HealthReading> readings,
      Set<String> changed,
      Instant now) {
    Duration threshold = Duration.ofMinutes(connection.offlineAlertMinutes());
    Set<String> offline = new HashSet<>();
    Set<String> notOffline = new HashSet<>();
    for (int i = 0; i < linked.size(); i++) {
      (readings.get(i).health() == CameraHealth.OFFLINE ? offline : notOffline)
          .add(linked.get(i).code());
    }
    alerts.resolve(notOffline, now);
    Set<String> alreadyOpen = alerts.openFor(offline);
    for (CameraHealthState camera : linked) {
      if (!offline.contains(camera.code()) || alreadyOpen.contains(camera.code())) {
        continue;
      }
      Instant since =
          changed.contains(camera.code()) || camera.healthSince() == null
              ? now
              : camera.healthSince();
      if (!since.plus(threshold).isAfter(now)) {
        alerts.raise(camera.code(), camera.jurisdiction(), since, now);
        LOG.log(Level.WARNING, "Camera {0} offline since {1}", new Object[] {camera.code(), since});
      }
    }
  }
}
