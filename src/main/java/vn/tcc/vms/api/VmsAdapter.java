package vn.tcc.vms.api;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One connection to one video management system. Every VMS product implements this port; each
 * adapter says what it can do in {@link #capabilities()}, and a call it cannot do throws {@link
 * VmsUnsupportedOperation} naming the capability. A VMS that does not answer throws {@link
 * VmsUnavailable}; callers turn that into "unknown", never into a slow page.
 *
 * <p>Cameras are named by the VMS's own id ({@code externalId}); recordings by the VMS's id of the
 * recording or event ({@code recordingId}).
 */
public interface VmsAdapter {

  /** The product behind this connection, e.g. "ZoneMinder". */
  String product();

  Set<VmsCapability> capabilities();

  default boolean can(VmsCapability capability) {
    return capabilities().contains(capability);
  }

  /** Reaches the VMS and returns its version. */
  VmsVersion ping();

  List<VmsCamera> cameras();

  Optional<VmsCamera> camera(String externalId);

  /** Status of many cameras in one round trip; cameras the VMS does not know are UNKNOWN. */
  Map<String, VmsCameraStatus> status(Collection<String> externalIds);

  URI liveStreamUri(String externalId);

  /**
   * Opens the camera's live stream as MJPEG with the VMS's credentials, at most {@code maxFps}
   * frames a second and {@code scalePercent} of the camera's size. Closing the stream closes the
   * connection to the VMS.
   */
  default VmsLiveStream openLiveStream(String externalId, int maxFps, int scalePercent) {
    throw new VmsUnsupportedOperation(product(), VmsCapability.LIVE_STREAM);
  }

  /**
   * Replays the camera's recording from {@code at} as MJPEG, with the VMS's credentials, until the
   * recording holding that moment ends. Closing the stream closes the connection to the VMS.
   *
   * @throws VmsNotFound no recording of the camera covers {@code at}
   */
  default VmsLiveStream openRecordingStream(
      String externalId, Instant at, int maxFps, int scalePercent) {
    throw new VmsUnsupportedOperation(product(), VmsCapability.PLAYBACK_STREAM);
  }

  /** A still image: live when {@code at} is null, else the recorded frame nearest that time. */
  VmsMedia snapshot(String externalId, Instant at);

  List<VmsRecording> recordings(String externalId, Instant from, Instant to);

  /** The video of one recording as a playable file (MP4 where the VMS can). */
  VmsMedia clip(String recordingId);

  /**
   * Starts an export of recordings; the VMS may do it asynchronously, so the answer is a handle to
   * ask about with {@link #exportResult(VmsExport)}.
   */
  VmsExport startExport(List<String> recordingIds);

  /** The exported file once ready, or empty while the VMS is still working. */
  Optional<VmsMedia> exportResult(VmsExport export);

  /** Evidence lock: the VMS must not overwrite or purge the recording. */
  void protect(String recordingId);

  void unprotect(String recordingId);

  /** Deletes a recording (or the VMS event holding it); a locked one is left and says so. */
  VmsDeletion delete(String recordingId);

  /** Events the VMS recorded after the cursor, oldest first, at most {@code limit}. */
  List<VmsEvent> eventsSince(VmsEventCursor cursor, int limit);

  /** Raises an event (or bookmark) on a camera; returns the VMS's id for it when it gives one. */
  Optional<String> raiseEvent(String externalId, VmsEventRequest request);
}
