package vn.tcc.retention.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

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
   * Every item {@link #candidates} would list, page after page from the first, in the same order,
   * each page of at most {@code pageSize} items handed to {@code pages}: the dry run's walk over a
   * whole class. A source whose keyset pages each pay again for what one set-based pass pays once
   * (joins looked up row by row per page) answers with one query read through a cursor, in one
   * transaction held for the whole walk; {@code pages} runs inside it. The default answers false
   * without listing anything: the caller then pages through {@link #candidates}.
   *
   * @return true when every page was handed over, false when the source has no such walk
   */
  default boolean eachPage(
      Instant startedBefore, int pageSize, Consumer<List<RetainedRecord>> pages) {
    return false;
  }

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
