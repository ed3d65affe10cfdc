package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.util.List;
import vn.tcc.retention.internal.domain.CustodyEntry;
import vn.tcc.retention.internal.domain.ReviewItem;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.retention.internal.domain.ReviewTransferRecord;

/** What the review pages and API show of the queue, transfers, arrivals and locations. */
public final class ReviewViews {
  private ReviewViews() {}

  /** One item of a commune's review queue. */
  public record ItemView(
      long id,
      String dataClass,
      String itemId,
      String jurisdiction,
      String cameraCode,
      Instant capturedFrom,
      Instant capturedTo,
      Instant dueAt,
      long sizeBytes,
      String sha256,
      String description,
      Instant queuedAt,
      Instant expiresAt,
      String state,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      Long transferId)
      implements java.io.Serializable {
    static ItemView of(ReviewItem i) {
      return new ItemView(
          i.id(),
          i.dataClass().name(),
          i.itemId(),
          i.jurisdiction().value(),
          i.cameraCode(),
          i.capturedFrom(),
          i.capturedTo(),
          i.dueAt(),
          i.sizeBytes(),
          i.sha256(),
          i.description(),
          i.queuedAt(),
          i.expiresAt(),
          i.state().name(),
          i.decidedBy(),
          i.decidedAt(),
          i.decisionReason(),
          i.transferId());
    }
  }

  public record QueuePage(List<ItemView> items, long total, int page, int size) {}

  /**
   * One link of the chain of custody as shown: locations by code; the server's paths stay in the
   * database's record.
   */
  public record CustodyView(
      long reviewItemId,
      String dataClass,
      String itemId,
      String fromLocation,
      String toLocation,
      String sha256Before,
      String sha256After,
      long bytes,
      String movedBy,
      Instant movedAt)
      implements java.io.Serializable {
    static CustodyView of(CustodyEntry c) {
      return new CustodyView(
          c.reviewItemId(),
          c.dataClass().name(),
          c.itemId(),
          c.fromLocation(),
          c.toLocation(),
          c.sha256Before(),
          c.sha256After(),
          c.bytes(),
          c.movedBy(),
          c.movedAt());
    }
  }

  /** A transfer and what it moved. */
  public record TransferView(
      long id,
      String jurisdiction,
      String reason,
      String transferredBy,
      Instant transferredAt,
      int items,
      long bytes,
      List<CustodyView> custody)
      implements java.io.Serializable {
    static TransferView of(ReviewTransferRecord t, List<CustodyEntry> custody) {
      return new TransferView(
          t.id(),
          t.jurisdiction().value(),
          t.reason(),
          t.transferredBy(),
          t.transferredAt(),
          t.items(),
          t.bytes(),
          custody.stream().map(CustodyView::of).toList());
    }

    /** How many of the moved items are files whose hash was verified at the province. */
    public long verifiedFiles() {
      return custody.stream().filter(c -> c.sha256After() != null).count();
    }
  }

  /** One item that arrived at the province: from which commune, in which transfer, why. */
  public record ArrivalView(
      long transferId, String fromCommune, String reason, String cameraCode, CustodyView custody)
      implements java.io.Serializable {
    static ArrivalView of(ReviewQueue.Arrival a) {
      return new ArrivalView(
          a.custody().transferId(),
          a.from().value(),
          a.reason(),
          a.cameraCode(),
          CustodyView.of(a.custody()));
    }
  }

  public record ArrivalPage(List<ArrivalView> items, long total, int page, int size) {}

  /** The commune's items let go, for the purge to delete. */
  public record ReleaseView(String jurisdiction, int released, List<Long> items) {
    public ReleaseView {
      items = List.copyOf(items);
    }
  }

  /**
   * A storage location with its figures: what it was sized for and what the owning modules report
   * kept there now.
   */
  public record LocationView(
      String code,
      String level,
      String jurisdiction,
      String root,
      Long capacityBytes,
      long usedBytes,
      long items) {}
}
