package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a deletion record says: which run (a scheduled purge or a manual deletion), who asked and
 * who approved it, when it ran, and every item it deleted or could not delete. Circular 67/2024
 * asks for a signed record of every deletion of enforcement data; this is its content before it is
 * signed.
 */
public record DeletionRecordContent(
    long runId,
    boolean manual,
    String requestedBy,
    String approvedBy,
    Instant startedAt,
    Instant finishedAt,
    List<DeletedItem> items) {
  public DeletionRecordContent {
    items = List.copyOf(items);
  }
}
