package vn.tcc.retention.internal.domain;

/** What happens to an item when its retention ends. */
public enum EndAction {
  /** Deleted (through the VMS for footage), with a signed record of the deletion. */
  DELETE,

  /**
   * Reviewed by a commune officer: what matters is extracted and transferred to the provincial
   * center for long-term storage, the rest deleted. Only for data kept at a commune center.
   */
  REVIEW_AND_TRANSFER
}
