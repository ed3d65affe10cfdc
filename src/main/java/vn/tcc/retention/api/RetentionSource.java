package vn.tcc.retention.api;

import java.time.Instant;
import java.util.List;

/**
 * Data of one class that a module keeps, as the retention purge sees it. The module that owns the
 * data implements this (a CDI bean, one per data class it holds): it lists what may be due and
 * deletes what the purge decided. Retention decides; the owning module only lists and deletes, so
 * the rules of how long anything is kept live in one place.
 */
public interface RetentionSource {
  /** The class of data this source holds. */
  DataClass dataClass();

  /**
   * Items whose retention started before {@code startedBefore}, in the source's own stable order,
   * continuing after {@code cursor} (null for the first page), at most {@code limit} of them. Every
   * item carries the facts the rules need (cameras, cases, agreement) so the purge asks nothing
   * else.
   */
  CandidatePage candidates(Instant startedBefore, String cursor, int limit);

  /**
   * Deletes these items, each on its own: one the store refuses (a recording locked in the VMS, a
   * VMS that cannot delete) is answered as such and left as it was, the others go. Idempotent: an
   * item already gone answers {@link DeletionOutcome.Result#ALREADY_GONE}, so a purge resumed after
   * a crash deletes nothing twice. Joins the caller's transaction for rows; files and VMS
   * recordings are deleted as each row is.
   */
  List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context);

  /** How much this source holds, per storage level and jurisdiction, for the dashboard. */
  List<StoredVolume> volumes();

  /** One page of candidates and where the next one starts (null when this was the last). */
  record CandidatePage(List<RetainedRecord> items, String nextCursor) {
    public CandidatePage {
      items = List.copyOf(items);
    }
  }
}
