package vn.tcc.event.internal.evidence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.event.api.EvidenceTransfer;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;
import vn.tcc.retention.api.StorageLevel;

/**
 * The move of a file to the provincial store. Files are not transactional, so the two copies follow
 * the database's outcome through a synchronization of the caller's transaction: committed, the
 * commune copy goes (the province holds the verified one, and the index says so); rolled back
 * (another item of the same transfer refused), the provincial copy goes and the index still says
 * commune. Between the copy and the commit both exist: a crash there leaves at worst a second,
 * verified copy, never none.
 */
@ApplicationScoped
public class EvidenceTransferService implements EvidenceTransfer {
  private static final Logger LOG = Logger.getLogger(EvidenceTransferService.class.getName());

  @Inject EvidenceStore store;
  @Inject EvidenceIndex index;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  EvidenceTransferService() {}

  EvidenceTransferService(
      EvidenceStore store, EvidenceIndex index, TransactionSynchronizationRegistry transactions) {
    this.store = store;
    this.index = index;
    this.transactions = transactions;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<MovedFile> toProvince(String sha256) {
    Optional<StoredEvidence> known = sha256 == null ? Optional.empty() : index.find(sha256);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    StoredEvidence file = known.get();
    if (file.location() == StorageLevel.PROVINCIAL_CENTER) {
      String there = store.hashAtProvince(sha256);
      return Optional.of(
          new MovedFile(
              sha256,
              sha256.equals(there),
              sha256,
              there,
              file.sizeBytes(),
              StorageLevel.PROVINCIAL_CENTER,
              StorageLevel.PROVINCIAL_CENTER,
              store.provincialPath(sha256).toString(),
              store.provincialPath(sha256).toString(),
              "already at the provincial center"));
    }
    EvidenceStore.ProvincialCopy copy = store.copyToProvince(sha256);
    MovedFile moved =
        new MovedFile(
            sha256,
            copy.verified(),
            copy.sha256Before(),
            copy.sha256After(),
            copy.bytes(),
            StorageLevel.COMMUNE_CENTER,
            StorageLevel.PROVINCIAL_CENTER,
            copy.fromPath().toString(),
            copy.toPath().toString(),
            copy.detail());
    if (!copy.verified()) {
      return Optional.of(moved);
    }
    index.relocate(sha256, StorageLevel.PROVINCIAL_CENTER);
    transactions.registerInterposedSynchronization(new AfterTransfer(store, sha256));
    return Optional.of(moved);
  }

  /** Keeps exactly one copy of the file, where the committed (or rolled-back) index says. */
  record AfterTransfer(EvidenceStore store, String sha256) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      try {
        if (status == Status.STATUS_COMMITTED) {
          store.removeCommuneCopy(sha256);
        } else {
          store.removeProvincialCopy(sha256);
        }
      } catch (RuntimeException e) {
        // A copy left behind is a duplicate, never a loss: the index names the one that counts.
        LOG.log(Level.WARNING, "Could not remove the other copy of evidence " + sha256, e);
      }
    }
  }
}
