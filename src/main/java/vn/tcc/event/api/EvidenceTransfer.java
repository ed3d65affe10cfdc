package vn.tcc.event.api;

import java.util.Optional;
import vn.tcc.retention.api.StorageLevel;

/**
 * Sends an evidence file up from the commune centers' store to the provincial center's (Decision
 * 502/QD-TTg), as a commune's review decided: the file is copied, read back and hashed at the
 * receiving end; only a copy whose hash equals the commune's is recorded as the province's (in the
 * caller's transaction, so reads and the provincial retention policy follow it), and the commune
 * copy is removed once that transaction commits. A copy that does not verify is removed and
 * answered unverified, and the commune copy stays. If the transaction rolls back, the provincial
 * copy is removed and the commune copy stays.
 */
public interface EvidenceTransfer {

  /** Moves the file; empty when the store has no such file. Idempotent once it is there. */
  Optional<MovedFile> toProvince(String sha256);

  /**
   * What the move did.
   *
   * @param sha256Before the hash of the bytes read at the commune before the copy
   * @param sha256After the hash the provincial store computed from the bytes it holds
   * @param fromPath the commune file; {@code toPath} the provincial one
   * @param detail why it did not verify, or that it was already there; else null
   */
  record MovedFile(
      String sha256,
      boolean verified,
      String sha256Before,
      String sha256After,
      long bytes,
      StorageLevel from,
      StorageLevel to,
      String fromPath,
      String toPath,
      String detail) {}
}
