package vn.tcc.event.internal.domain;

import java.time.Instant;

/**
 * One full verification of the evidence stores: every file the index lists read back from the store
 * that holds it and hashed again. Requested by a person or by the nightly schedule, carried out by
 * one node in pages; the counts are its report, with each file found missing or altered.
 *
 * @param cursorSha256 the last file checked: a run taken over after a crash goes on after it
 */
public record EvidenceVerification(
    long id,
    String requestedBy,
    Instant requestedAt,
    State state,
    String cursorSha256,
    long filesTotal,
    long filesChecked,
    long bytesChecked,
    long filesMissing,
    long filesAltered,
    Instant startedAt,
    Instant updatedAt,
    Instant finishedAt) {

  public enum State {
    REQUESTED,
    RUNNING,
    DONE,
    FAILED
  }

  /** What a verification can find wrong with a file. */
  public enum Problem {
    /** Indexed, but no file in its store. */
    MISSING,
    /** The file's bytes no longer hash to its name. */
    ALTERED
  }

  /**
   * A file found wrong: which, in which store (a storage level's name), what, and for an altered
   * one the hash its bytes have now.
   */
  public record Finding(String sha256, String location, Problem problem, String foundSha256) {}

  /** Whether the run found every file as it was captured. */
  public boolean clean() {
    return filesMissing == 0 && filesAltered == 0;
  }
}
