package vn.tcc.vms.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.FootageLocks;
import vn.tcc.vms.internal.domain.FootageLocks.FootageLockTask;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Locks the recordings of held footage in the VMS with its evidence lock (ZoneMinder: Archived), so
 * neither the VMS's ring nor a purge removes them. Retried with growing delay while the VMS is away
 * (as evidence captures are), and kept pending while the held range is not over, so recordings made
 * later within it are locked too. Runs outside any transaction: VMS calls are slow.
 */
@ApplicationScoped
public class FootageLocker {
  static final String LOCKED_ACTION = "VMS_FOOTAGE_LOCKED";
  static final int MAX_ATTEMPTS = 100;
  static final Duration LEASE = Duration.ofMinutes(5);
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

  /** While the held range is still running, its new recordings are locked this often. */
  static final Duration WHILE_RECORDING = Duration.ofHours(1);

  private static final Duration WINDOW = Duration.ofDays(1);
  private static final Logger LOG = Logger.getLogger(FootageLocker.class.getName());

  @Inject FootageLocks locks;
  @Inject CameraDirectory cameras;
  @Inject VmsConnectionRepository connections;
  @Inject VmsAdapters adapters;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Works the due locks; returns how many it took. */
  public int lockDue(int limit) {
    List<FootageLockTask> claimed = locks.claimDue(limit, LEASE);
    for (FootageLockTask task : claimed) {
      try {
        lock(task);
      } catch (VmsUnavailable away) {
        if (task.attempt() >= MAX_ATTEMPTS) {
          locks.finish(task.holdId(), "FAILED", task.lockedSoFar(), away.getMessage());
        } else {
          locks.retryLater(
              task.holdId(), task.lockedSoFar(), away.getMessage(), retryDelay(task.attempt()));
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Locking the footage of hold " + task.holdId() + " failed", failure);
        locks.finish(task.holdId(), "FAILED", task.lockedSoFar(), failure.getMessage());
      }
    }
    return claimed.size();
  }

  static Duration retryDelay(int attempt) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 10));
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }

  private void lock(FootageLockTask task) {
    CameraReference camera = cameras.byCodes(List.of(task.cameraCode())).get(task.cameraCode());
    if (camera == null || camera.vmsCode() == null || camera.vmsExternalId() == null) {
      locks.finish(task.holdId(), "SKIPPED", 0, "The camera is not linked to a VMS");
      return;
    }
    Optional<VmsConnection> connection = connections.find(camera.vmsCode());
    if (connection.isEmpty() || !connection.get().enabled()) {
      throw new VmsUnavailable("VMS " + camera.vmsCode() + " is not connected or disabled");
    }
    VmsAdapter vms = adapters.of(connection.get());
    if (!vms.can(VmsCapability.FIND_RECORDINGS) || !vms.can(VmsCapability.PROTECT)) {
      locks.finish(task.holdId(), "SKIPPED", 0, vms.product() + " cannot find and lock recordings");
      return;
    }
    Instant now = clock.instant();
    Instant until = task.to().isBefore(now) ? task.to() : now;
    int locked = 0;
    try {
      for (Instant from = task.from(); !from.isAfter(until); from = from.plus(WINDOW)) {
        Instant to = from.plus(WINDOW).isBefore(until) ? from.plus(WINDOW) : until;
        locked += lockWindow(vms, camera.vmsExternalId(), from, to);
        if (!to.isBefore(until)) {
          break;
        }
      }
    } catch (VmsNotFound noCamera) {
      locks.finish(task.holdId(), "SKIPPED", 0, noCamera.getMessage());
      return;
    } finally {
      if (locked > 0) {
        audit.record(
            new AuditRecord(
                LOCKED_ACTION,
                "camera",
                task.cameraCode(),
                camera.jurisdiction(),
                null,
                false,
                AuditOutcome.SUCCESS,
                locked
                    + " recording(s) locked in VMS "
                    + camera.vmsCode()
                    + " for hold "
                    + task.holdId()
                    + " ("
                    + task.decisionNumber()
                    + ")"));
      }
    }
    int total = task.lockedSoFar() + locked;
    if (task.to().isAfter(now)) {
      locks.retryLater(
          task.holdId(), total, "Locked so far; the held range is not over", WHILE_RECORDING);
    } else {
      locks.finish(task.holdId(), "DONE", total, null);
    }
  }

  /** Locks the recordings of one window not locked yet; an already locked one is left. */
  private static int lockWindow(VmsAdapter vms, String externalId, Instant from, Instant to) {
    int locked = 0;
    for (VmsRecording recording : vms.recordings(externalId, from, to)) {
      if (!recording.protectedFromDeletion()) {
        vms.protect(recording.recordingId());
        locked++;
      }
    }
    return locked;
  }
}
