package vn.tcc.event.internal.domain;

import java.util.List;
import java.util.Optional;
import vn.tcc.retention.api.StorageLevel;

/** The database's record of what the evidence store holds, and where. */
public interface EvidenceIndex {
  /** Records the file once; a second capture of the same bytes keeps the first record. */
  void register(StoredEvidence evidence);

  Optional<StoredEvidence> find(String sha256);

  /**
   * Removes the file's record and its ties to events, in the caller's transaction; false when there
   * was no record (already removed).
   */
  boolean remove(String sha256);

  /**
   * {@link #remove} for many files in two statements (a purge chunk's files); returns how many
   * records there were.
   */
  default int removeAll(java.util.Collection<String> sha256s) {
    int removed = 0;
    for (String sha256 : sha256s) {
      removed += remove(sha256) ? 1 : 0;
    }
    return removed;
  }

  /** Records that the file is now kept at {@code location}; false when there is no such file. */
  boolean relocate(String sha256, StorageLevel location);

  /** Demo files (demo runs only): their SHA-256 and bytes, from the demo data's table. */
  List<DemoFile> demoFiles();

  /** A file of the demo data, whose bytes the demo data set defines. */
  record DemoFile(String sha256, byte[] content) {}
}
