package vn.tcc.event.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The verifications of the evidence stores and what they found. */
public interface EvidenceVerifications {
  /**
   * A new requested run, or the one already waiting or under way (at most one at a time).
   *
   * @return the run and whether this call created it
   */
  Requested request(String requestedBy, Instant at);

  record Requested(EvidenceVerification run, boolean created) {}

  /**
   * Takes the run to carry out: the requested one, or a running one whose node stopped touching it
   * before {@code staleBefore} (it goes on after its cursor). Empty when there is none.
   */
  Optional<EvidenceVerification> take(Instant staleBefore, Instant at);

  /**
   * The files after {@code afterSha256} (all when null), in SHA-256 order, at most {@code limit}.
   */
  List<IndexedFile> filesAfter(String afterSha256, int limit);

  /** A file of the index: its name and the store that holds it. */
  record IndexedFile(String sha256, String location) {}

  /** One page done: its counts added, the cursor moved, its findings recorded. */
  void pageDone(
      long id,
      String cursorSha256,
      long checked,
      long bytes,
      List<EvidenceVerification.Finding> findings,
      Instant at);

  void finish(long id, EvidenceVerification.State state, String failure, Instant at);

  Optional<EvidenceVerification> find(long id);

  /** The newest runs first. */
  List<EvidenceVerification> recent(int limit);

  /** What a run found, at most {@code limit} files. */
  List<EvidenceVerification.Finding> findings(long id, int limit);
}
