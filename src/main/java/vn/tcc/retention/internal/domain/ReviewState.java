package vn.tcc.retention.internal.domain;

/** Where an item of a commune's review queue stands. See {@link ReviewItem} for the moves. */
public enum ReviewState {
  /** In the commune's queue: the purge does not delete it while it waits. */
  WAITING,
  /** Chosen, copied to the provincial center and verified there: the provincial policy applies. */
  TRANSFERRED,
  /** Not chosen (released by the commune, or left past its grace period): deleted by the purge. */
  EXPIRED
}
