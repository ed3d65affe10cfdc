package vn.tcc.event.internal.domain;

import java.util.Optional;

/** The database's record of what the evidence store holds. */
public interface EvidenceIndex {
  /** Records the file once; a second capture of the same bytes keeps the first record. */
  void register(StoredEvidence evidence);

  Optional<StoredEvidence> find(String sha256);

  /**
   * Removes the file's record and its ties to events, in the caller's transaction; false when there
   * was no record (already removed).
   */
  boolean remove(String sha256);
}
