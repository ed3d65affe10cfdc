package vn.tcc.event.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The evidence store for files that belong to no event: frames an operator takes from the wall
 * (command module). Stored once, named by the SHA-256 taken on arrival, and every read checks the
 * bytes still hash to it. The module that keeps the reference decides who may read and when a file
 * goes (its own retention source); this port checks nothing itself. Joins the caller's transaction.
 */
public interface EvidenceFiles {
  /** Stores the bytes; the same bytes a second time add nothing and answer the first storing. */
  StoredFile store(byte[] content, String mediaType, String capturedBy);

  /**
   * The bytes, checked against their name; empty when the store has no such file.
   *
   * @throws EvidenceTampered when the bytes no longer hash to the name
   */
  Optional<byte[]> read(String sha256);

  /**
   * Deletes the file unless an event is tied to it (then it is that event's evidence too and its
   * own retention decides). True when the file is gone now, false when it was kept.
   */
  boolean deleteUnlessTied(String sha256);

  /** What the store holds: the name, size, and when the bytes first arrived. */
  record StoredFile(String sha256, long sizeBytes, Instant capturedAt) {}
}
