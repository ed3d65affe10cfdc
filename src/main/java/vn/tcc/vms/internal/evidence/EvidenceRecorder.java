package vn.tcc.vms.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.vms.api.VmsMedia;

/** Stores captured files and ties them to their event, all or nothing. */
@ApplicationScoped
public class EvidenceRecorder {
  @Inject EvidenceStore store;
  @Inject EvidenceCaptures captures;

  @Transactional
  public void record(
      long eventId,
      String vmsCode,
      String recordingId,
      VmsMedia snapshot,
      VmsMedia clip,
      boolean locked) {
    String capturedBy = "vms:" + vmsCode;
    StringBuilder outcome = new StringBuilder();
    if (snapshot != null) {
      StoredEvidence frame = store.put(snapshot.content(), snapshot.mediaType(), capturedBy);
      captures.link(eventId, frame.sha256(), "snapshot", vmsCode, recordingId, locked);
      outcome.append("snapshot ").append(frame.sizeBytes()).append(" B; ");
    }
    if (clip != null) {
      StoredEvidence video = store.put(clip.content(), clip.mediaType(), capturedBy);
      captures.link(eventId, video.sha256(), "clip", vmsCode, recordingId, locked);
      outcome.append("clip ").append(video.sizeBytes()).append(" B; ");
    }
    outcome.append(locked ? "recording " + recordingId + " locked in the VMS" : "not locked");
    captures.finish(eventId, "DONE", outcome.toString());
  }
}
