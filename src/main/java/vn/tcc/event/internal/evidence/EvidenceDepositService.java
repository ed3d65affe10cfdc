package vn.tcc.event.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.event.api.EvidenceDeposit;
import vn.tcc.event.internal.domain.EventEvidenceRecords;
import vn.tcc.event.internal.domain.StoredEvidence;

/** Files from a VMS into the evidence store, tied to their event in the same transaction. */
@ApplicationScoped
public class EvidenceDepositService implements EvidenceDeposit {
  @Inject EvidenceStore store;
  @Inject EventEvidenceRecords records;

  @Override
  @Transactional
  public DepositedFile deposit(long eventId, FileFromVms file) {
    StoredEvidence stored = store.put(file.content(), file.mediaType(), "vms:" + file.vmsCode());
    records.link(
        eventId,
        stored.sha256(),
        file.kind(),
        file.vmsCode(),
        file.vmsRecordingId(),
        file.lockedInVms());
    return new DepositedFile(stored.sha256(), stored.sizeBytes());
  }
}
