package vn.tcc.event.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.tcc.event.api.EvidenceFiles;
import vn.tcc.event.internal.domain.EventRetentionStore;
import vn.tcc.event.internal.domain.StoredEvidence;

/** Files without an event (the wall's snapshots) in the same content-addressed store. */
@ApplicationScoped
public class EvidenceFileService implements EvidenceFiles {
  @Inject EvidenceStore store;
  @Inject EventRetentionStore events;

  @Override
  @Transactional
  public StoredFile store(byte[] content, String mediaType, String capturedBy) {
    StoredEvidence stored = store.put(content, mediaType, capturedBy);
    return new StoredFile(stored.sha256(), stored.sizeBytes(), stored.capturedAt());
  }

  @Override
  public Optional<byte[]> read(String sha256) {
    return store.read(sha256);
  }

  @Override
  @Transactional
  public boolean deleteUnlessTied(String sha256) {
    if (!events.eventsTiedTo(sha256).isEmpty()) {
      return false;
    }
    store.delete(sha256);
    return true;
  }
}
