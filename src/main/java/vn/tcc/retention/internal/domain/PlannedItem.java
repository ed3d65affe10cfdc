package vn.tcc.retention.internal.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.tcc.retention.api.RetainedRecord;

/**
 * One line of a purge run's plan: the item exactly as its owning module listed it (so the run
 * re-checks holds on the same facts and hands the module back the same record), the rule that made
 * it due and what is to happen to it, and what became of it.
 *
 * @param seq its place in the plan; the run deletes in this order
 * @param ruleKey the {@link DueRule#key()} that made it due
 * @param keptThrough the last day the winning rule kept it
 * @param detail the owning module's explanation of an outcome, or null
 */
public record PlannedItem(
    int seq,
    RetainedRecord record,
    String ruleKey,
    EndAction endAction,
    LocalDate keptThrough,
    PlannedItemState state,
    String detail) {
  public PlannedItem {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(ruleKey, "ruleKey");
    Objects.requireNonNull(endAction, "endAction");
    Objects.requireNonNull(state, "state");
  }

  /** A line of a new plan: due for deletion, or for review at the commune. */
  public static PlannedItem planned(int seq, RetainedRecord record, PurgeVerdict.Due due) {
    PlannedItemState state =
        due.endAction() == EndAction.REVIEW_AND_TRANSFER
            ? PlannedItemState.REVIEW_DUE
            : PlannedItemState.DUE;
    return new PlannedItem(
        seq, record, due.rule().key(), due.endAction(), due.keptThrough(), state, null);
  }

  /**
   * A line for an item its commune did not send up (released, or left past its grace period): due
   * for deletion now, by the same rule that made it due for review.
   */
  public static PlannedItem afterReview(int seq, RetainedRecord record, PurgeVerdict.Due due) {
    return new PlannedItem(
        seq,
        record,
        due.rule().key(),
        EndAction.DELETE,
        due.keptThrough(),
        PlannedItemState.DUE,
        due.endAction() == EndAction.REVIEW_AND_TRANSFER ? "not chosen in review" : null);
  }
}
