package vn.tcc.vms.internal.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.event.api.EvidenceDeposit;
import vn.tcc.event.api.EvidenceDeposit.DepositedFile;
import vn.tcc.event.api.EvidenceDeposit.FileFromVms;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.internal.domain.EvidenceCaptures;

/**
 * Hands captured files to the evidence store and closes the capture, all or nothing: the deposit
 * joins this transaction, so a capture is never marked done without its files, nor files left
 * behind by a capture that will be tried again.
 */
@ApplicationScoped
public class EvidenceRecorder {
  @Inject EvidenceDeposit deposit;
  @Inject EvidenceCaptures captures;

  @Transactional
  public void record(
      long eventId,
      String vmsCode,
      String recordingId,
      VmsMedia snapshot,
      VmsMedia clip,
      boolean locked) {
    StringBuilder outcome = new StringBuilder();
    if (snapshot != null) {
      DepositedFile frame =
          deposit.deposit(eventId, file("snapshot", snapshot, vmsCode, recordingId, locked));
      outcome.append("snapshot ").append(frame.sizeBytes()).append(" B; ");
    }
    if (clip != null) {
      DepositedFile video =
          deposit.deposit(eventId, file("clip", clip, vmsCode, recordingId, locked));
      outcome.append("clip ").append(video.sizeBytes()).append(" B; ");
    }
    outcome.append(locked ? "recording " + recordingId + " locked in the VMS" : "not locked");
    captures.finish(eventId, "DONE", outcome.toString());
  }

  private static FileFromVms file(
      String kind, VmsMedia media, String vmsCode, String recordingId, boolean locked) {
    return new FileFromVms(kind, media.content(), media.mediaType(), vmsCode, recordingId, locked);
  }
}
