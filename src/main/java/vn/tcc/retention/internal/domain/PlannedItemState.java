package vn.tcc.retention.internal.domain;

import vn.tcc.retention.api.DeletionOutcome;

/** What a planned item of a purge run is, or became. */
public enum PlannedItemState {
  /** To be deleted when the run is carried out. */
  DUE,
  /**
   * Due at a commune center whose policy ends in review and transfer: never deleted by the purge,
   * put in the commune's review queue instead ({@link ReviewItem}).
   */
  REVIEW_DUE,
  DELETED,
  ALREADY_GONE,
  LOCKED,
  UNSUPPORTED,
  FAILED,
  /** A legal hold placed after the plan reaches it: kept. */
  SKIPPED_HELD,
  /** Another rule keeps it now (a policy lengthened since the plan): kept. */
  SKIPPED_KEPT;

  /** The state an owning module's answer puts the item in. */
  public static PlannedItemState of(DeletionOutcome.Result result) {
    return valueOf(result.name());
  }

  /** The owning module's answer this state records, or null for a state no module answered. */
  public DeletionOutcome.Result asResult() {
    return switch (this) {
      case DELETED -> DeletionOutcome.Result.DELETED;
      case ALREADY_GONE -> DeletionOutcome.Result.ALREADY_GONE;
      case LOCKED -> DeletionOutcome.Result.LOCKED;
      case UNSUPPORTED -> DeletionOutcome.Result.UNSUPPORTED;
      case FAILED -> DeletionOutcome.Result.FAILED;
      default -> null;
    };
  }
}
