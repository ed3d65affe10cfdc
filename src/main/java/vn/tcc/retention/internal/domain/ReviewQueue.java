package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The review queues of the communes, their transfers, the chain of custody and the storage
 * locations (repository port). Each method joins the caller's transaction.
 */
public interface ReviewQueue {

  /** What a page of the queue may be narrowed to; null fields do not narrow. */
  record Filter(
      JurisdictionCode scope, ReviewState state, DataClass dataClass, String cameraCode) {}

  /**
   * Adds these items, each once however many runs find it due (an item already queued, in any
   * state, is left as it is), and the storage location of each commune they come from.
   */
  void enqueue(List<ReviewItem> items, Long runId);

  /**
   * Whether any item of the class was ever queued (in any state). A plan asks once per class and
   * looks up no page of a class the queue holds nothing of. The default answers true: look up.
   */
  default boolean holdsAnyOf(DataClass dataClass) {
    return true;
  }

  /** Where each of these items of the class stands, for the items ever queued. */
  Map<String, ReviewState> statesOf(DataClass dataClass, Collection<String> itemIds);

  /** Waiting items whose grace period ended at {@code now}, oldest first, at most {@code limit}. */
  List<ReviewItem> pastGrace(Instant now, int limit);

  /** Items by id, locked for the decision, in id order; unknown ids are missing from the list. */
  List<ReviewItem> lockForDecision(Collection<Long> ids);

  /** The waiting items of a commune, locked, oldest due first. */
  List<ReviewItem> lockWaiting(JurisdictionCode commune, int limit);

  /** Stores the decision of items that were waiting; false for one that no longer waits. */
  boolean recordDecision(ReviewItem decided);

  List<ReviewItem> page(Filter filter, int offset, int limit);

  long count(Filter filter);

  Optional<ReviewItem> find(long id);

  /** A new transfer's id. */
  long openTransfer(
      JurisdictionCode commune, String reason, String by, Instant at, int items, long bytes);

  Optional<ReviewTransferRecord> transfer(long id);

  void addCustody(CustodyEntry entry);

  List<CustodyEntry> custodyOf(long transferId);

  /** What arrived at the province, newest first, optionally from one commune only. */
  List<Arrival> arrivals(JurisdictionCode from, int offset, int limit);

  long countArrivals(JurisdictionCode from);

  /** The location of a commune's center, added when missing; and the province's. */
  StorageLocation communeLocation(JurisdictionCode commune);

  StorageLocation provinceLocation();

  List<StorageLocation> locations();

  /** Items waiting per commune, for the dashboard. */
  Map<String, Long> waitingPerCommune();

  /** One item that arrived at the province: its custody link and the transfer's reason. */
  record Arrival(CustodyEntry custody, JurisdictionCode from, String reason, String cameraCode) {}
}
