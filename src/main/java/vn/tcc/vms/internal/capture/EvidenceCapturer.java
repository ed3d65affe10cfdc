package vn.tcc.vms.internal.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.AcceptedEvents;
import vn.tcc.event.api.EventImage;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.EvidenceCaptures;
import vn.tcc.vms.internal.domain.EvidenceCaptures.CaptureTask;
import vn.tcc.vms.internal.domain.EvidenceCaptures.ClaimedCapture;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Fetches an event's evidence from the VMS of its camera: the recorded frame at the event's time,
 * the clip of the recording holding it, then locks that recording in the VMS so retention there
 * cannot overwrite it. The files go into the evidence store (SHA-256 taken as they arrive) in one
 * transaction with their link to the event. Runs outside any transaction: VMS calls are slow and
 * must not hold database locks.
 *
 * <p>Which recording: the one the event itself names (an image reference into this VMS, as events
 * read from ZoneMinder carry), else the recording whose span holds the event's time. A recording
 * still being written is waited for, so the clip is whole.
 */
@ApplicationScoped
public class EvidenceCapturer {
  static final int MAX_ATTEMPTS = 12;
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration FIRST_RETRY = Duration.ofSeconds(15);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(30);

  /** How far around the event's time a recording is looked for. */
  static final Duration SEARCH = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(EvidenceCapturer.class.getName());

  @Inject EvidenceCaptures captures;
  @Inject AcceptedEvents events;
  @Inject CameraDirectory cameras;
  @Inject VmsConnectionRepository connections;
  @Inject VmsAdapters adapters;
  @Inject EvidenceRecorder recorder;

  /** Captures what is due; returns how many captures it worked on. */
  public int captureDue(int limit) {
    List<ClaimedCapture> claimed = captures.claimDue(limit, LEASE);
    Map<Long, AcceptedEvent> byId = new HashMap<>();
    events
        .byIds(claimed.stream().map(ClaimedCapture::eventId).toList())
        .forEach(event -> byId.put(event.id(), event));
    for (ClaimedCapture claim : claimed) {
      AcceptedEvent event = byId.get(claim.eventId());
      if (event == null) {
        captures.finish(claim.eventId(), "FAILED", "The event is no longer stored");
        continue;
      }
      CaptureTask task =
          new CaptureTask(
              event.id(),
              claim.attempt(),
              event.cameraCode(),
              event.occurredAt().toInstant(),
              event.type().name(),
              event.images());
      try {
        capture(task);
      } catch (VmsUnavailable | NotYet failure) {
        if (task.attempt() >= MAX_ATTEMPTS) {
          captures.finish(task.eventId(), "FAILED", failure.getMessage());
        } else {
          captures.retryLater(task.eventId(), failure.getMessage(), retryDelay(task.attempt()));
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Evidence capture for event " + task.eventId() + " failed", failure);
        captures.finish(task.eventId(), "FAILED", String.valueOf(failure.getMessage()));
      }
    }
    return claimed.size();
  }

  static Duration retryDelay(int attempt) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10));
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }

  /** Waiting is the answer for now: the VMS has no whole recording for the event yet. */
  static final class NotYet extends RuntimeException {
    NotYet(String message) {
      super(message);
    }
  }

  private void capture(CaptureTask task) {
    CameraReference camera = cameras.byCodes(List.of(task.cameraCode())).get(task.cameraCode());
    if (camera == null || camera.vmsCode() == null || camera.vmsExternalId() == null) {
      captures.finish(task.eventId(), "SKIPPED", "The camera is not linked to a VMS");
      return;
    }
    Optional<VmsConnection> connection = connections.find(camera.vmsCode());
    if (connection.isEmpty() || !connection.get().enabled()) {
      captures.finish(
          task.eventId(), "SKIPPED", "VMS " + camera.vmsCode() + " is not connected or disabled");
      return;
    }
    VmsAdapter vms = adapters.of(connection.get());
    String vmsCode = camera.vmsCode();
    String externalId = camera.vmsExternalId();

    VmsRecording recording = recordingOf(task, vms, vmsCode, externalId);
    VmsMedia snapshot = null;
    if (vms.can(VmsCapability.RECORDED_SNAPSHOT)) {
      try {
        snapshot = vms.snapshot(externalId, task.occurredAt());
      } catch (VmsNotFound noFrame) {
        // The clip still holds the moment; a missing still frame does not stop the capture.
      }
    }
    VmsMedia clip = vms.can(VmsCapability.CLIP) ? vms.clip(recording.recordingId()) : null;
    if (snapshot == null && clip == null) {
      captures.finish(task.eventId(), "FAILED", "The VMS gave neither a frame nor a clip");
      return;
    }
    boolean locked = false;
    if (vms.can(VmsCapability.PROTECT)) {
      vms.protect(recording.recordingId());
      locked = true;
    }
    recorder.record(task.eventId(), vmsCode, recording.recordingId(), snapshot, clip, locked);
  }

  private VmsRecording recordingOf(
      CaptureTask task, VmsAdapter vms, String vmsCode, String externalId) {
    if (!vms.can(VmsCapability.FIND_RECORDINGS)) {
      throw new VmsUnsupportedOperation(vms.product(), VmsCapability.FIND_RECORDINGS);
    }
    Instant at = task.occurredAt();
    List<VmsRecording> recordings = vms.recordings(externalId, at.minus(SEARCH), at.plus(SEARCH));
    String named = namedRecording(task.images(), vmsCode);
    Optional<VmsRecording> chosen =
        named != null
            ? recordings.stream().filter(r -> r.recordingId().equals(named)).findFirst()
            : recordings.stream()
                .filter(r -> !r.start().isAfter(at) && (r.end() == null || !r.end().isBefore(at)))
                .min(Comparator.comparing(VmsRecording::start).reversed());
    if (chosen.isEmpty()) {
      throw new NotYet(
          named != null
              ? "VMS recording " + named + " is not (yet) listed for the camera"
              : "The VMS has no recording at the event's time (yet)");
    }
    if (chosen.get().end() == null) {
      throw new NotYet("The VMS is still recording " + chosen.get().recordingId());
    }
    return chosen.get();
  }

  static String namedRecording(List<EventImage> images, String vmsCode) {
    return images.stream()
        .filter(image -> vmsCode.equals(image.vmsCode()) && image.vmsRecordingId() != null)
        .map(EventImage::vmsRecordingId)
        .findFirst()
        .orElse(null);
  }
}
