package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.CustodyEntry;
import vn.tcc.retention.internal.domain.ReviewItem;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.retention.internal.domain.ReviewTransferRecord;
import vn.tcc.retention.internal.domain.StorageLocation;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** An in-memory review queue, as {@code JdbcReviewQueue} keeps it. */
final class ReviewFakes {
  private ReviewFakes() {}

  static final class Queue implements ReviewQueue {
    final Map<Long, ReviewItem> items = new LinkedHashMap<>();
    final Map<Long, ReviewTransferRecord> transfers = new LinkedHashMap<>();
    final List<CustodyEntry> custody = new ArrayList<>();
    final Map<String, StorageLocation> locations = new LinkedHashMap<>();
    private long nextId = 1;

    Queue() {
      locations.put(
          StorageLocation.PROVINCE,
          new StorageLocation(
              StorageLocation.PROVINCE,
              StorageLevel.PROVINCIAL_CENTER,
              null,
              "TCC_PROVINCE_EVIDENCE_DIR",
              null));
    }

    /** Queues one item as the planner would, waiting, and answers its id. */
    long waiting(DataClass dataClass, String itemId, String commune, String sha256, Instant at) {
      ReviewItem item =
          new ReviewItem(
              null,
              dataClass,
              itemId,
              new JurisdictionCode(commune),
              "GL-QN-0001",
              at,
              at,
              at,
              1000,
              sha256,
              "clip",
              dataClass + "/COMMUNE_CENTER/ANY/v1",
              at,
              ReviewItem.expiryOf(at),
              ReviewState.WAITING,
              null,
              null,
              null,
              null);
      enqueue(List.of(item), null);
      return items.values().stream()
          .filter(i -> i.itemId().equals(itemId))
          .findFirst()
          .orElseThrow()
          .id();
    }

    ReviewItem item(long id) {
      return items.get(id);
    }

    @Override
    public void enqueue(List<ReviewItem> queued, Long runId) {
      for (ReviewItem item : queued) {
        boolean known =
            items.values().stream()
                .anyMatch(
                    i -> i.dataClass() == item.dataClass() && i.itemId().equals(item.itemId()));
        if (!known) {
          long id = nextId++;
          items.put(id, withId(item, id));
          communeLocation(item.jurisdiction());
        }
      }
    }

    @Override
    public Map<String, ReviewState> statesOf(DataClass dataClass, Collection<String> itemIds) {
      Map<String, ReviewState> states = new LinkedHashMap<>();
      items.values().stream()
          .filter(i -> i.dataClass() == dataClass && itemIds.contains(i.itemId()))
          .forEach(i -> states.put(i.itemId(), i.state()));
      return states;
    }

    @Override
    public List<ReviewItem> pastGrace(Instant now, int limit) {
      return items.values().stream()
          .filter(i -> i.isWaiting() && !i.expiresAt().isAfter(now))
          .limit(limit)
          .toList();
    }

    @Override
    public List<ReviewItem> lockForDecision(Collection<Long> ids) {
      return ids.stream().sorted().map(items::get).filter(i -> i != null).toList();
    }

    @Override
    public List<ReviewItem> lockWaiting(JurisdictionCode commune, int limit) {
      return items.values().stream()
          .filter(i -> i.isWaiting() && i.jurisdiction().equals(commune))
          .limit(limit)
          .toList();
    }

    @Override
    public boolean recordDecision(ReviewItem decided) {
      ReviewItem before = items.get(decided.id());
      if (before == null || !before.isWaiting()) {
        return false;
      }
      items.put(decided.id(), decided);
      return true;
    }

    @Override
    public List<ReviewItem> page(Filter filter, int offset, int limit) {
      return matching(filter).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(Filter filter) {
      return matching(filter).size();
    }

    private List<ReviewItem> matching(Filter f) {
      return items.values().stream()
          .filter(i -> f.scope() != null && f.scope().covers(i.jurisdiction()))
          .filter(i -> f.state() == null || i.state() == f.state())
          .filter(i -> f.dataClass() == null || i.dataClass() == f.dataClass())
          .filter(i -> f.cameraCode() == null || f.cameraCode().equals(i.cameraCode()))
          .sorted(Comparator.comparing(ReviewItem::dueAt).thenComparing(ReviewItem::id))
          .toList();
    }

    @Override
    public Optional<ReviewItem> find(long id) {
      return Optional.ofNullable(items.get(id));
    }

    @Override
    public long openTransfer(
        JurisdictionCode commune, String reason, String by, Instant at, int count, long bytes) {
      long id = transfers.size() + 1L;
      transfers.put(id, new ReviewTransferRecord(id, commune, reason, by, at, count, bytes));
      return id;
    }

    @Override
    public Optional<ReviewTransferRecord> transfer(long id) {
      return Optional.ofNullable(transfers.get(id));
    }

    @Override
    public void addCustody(CustodyEntry entry) {
      custody.add(entry);
    }

    @Override
    public List<CustodyEntry> custodyOf(long transferId) {
      return custody.stream().filter(c -> c.transferId() == transferId).toList();
    }

    @Override
    public List<Arrival> arrivals(JurisdictionCode from, int offset, int limit) {
      List<Arrival> all = new ArrayList<>();
      for (int i = custody.size() - 1; i >= 0; i--) {
        CustodyEntry c = custody.get(i);
        ReviewTransferRecord t = transfers.get(c.transferId());
        if (from == null || from.equals(t.jurisdiction())) {
          all.add(
              new Arrival(
                  c, t.jurisdiction(), t.reason(), items.get(c.reviewItemId()).cameraCode()));
        }
      }
      return all.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long countArrivals(JurisdictionCode from) {
      return arrivals(from, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public StorageLocation communeLocation(JurisdictionCode commune) {
      return locations.computeIfAbsent(
          StorageLocation.communeCode(commune),
          code ->
              new StorageLocation(
                  code, StorageLevel.COMMUNE_CENTER, commune, "TCC_EVIDENCE_DIR", null));
    }

    @Override
    public StorageLocation provinceLocation() {
      return locations.get(StorageLocation.PROVINCE);
    }

    @Override
    public List<StorageLocation> locations() {
      return List.copyOf(locations.values());
    }

    @Override
    public Map<String, Long> waitingPerCommune() {
      Map<String, Long> waiting = new LinkedHashMap<>();
      items.values().stream()
          .filter(ReviewItem::isWaiting)
          .forEach(i -> waiting.merge(i.jurisdiction().value(), 1L, Long::sum));
      return waiting;
    }

    private static ReviewItem withId(ReviewItem i, long id) {
      return new ReviewItem(
          id,
          i.dataClass(),
          i.itemId(),
          i.jurisdiction(),
          i.cameraCode(),
          i.capturedFrom(),
          i.capturedTo(),
          i.dueAt(),
          i.sizeBytes(),
          i.sha256(),
          i.description(),
          i.policyKey(),
          i.queuedAt(),
          i.expiresAt(),
          i.state(),
          i.decidedBy(),
          i.decidedAt(),
          i.decisionReason(),
          i.transferId());
    }
  }
}
