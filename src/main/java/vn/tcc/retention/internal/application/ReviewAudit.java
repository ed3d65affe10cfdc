package vn.tcc.retention.internal.application;

/** The audit trail's words for the review and transfer of commune data. */
final class ReviewAudit {
  static final String OBJECT = "review_item";
  static final String TRANSFER_OBJECT = "review_transfer";
  static final String TRANSFERRED = "RETENTION_REVIEW_TRANSFERRED";
  static final String TRANSFER_REFUSED = "RETENTION_REVIEW_TRANSFER_REFUSED";
  static final String RELEASED = "RETENTION_REVIEW_RELEASED";
  static final String EXPIRED = "RETENTION_REVIEW_EXPIRED";
  static final String DENIED = "RETENTION_REVIEW_DENIED";

  private ReviewAudit() {}
}
