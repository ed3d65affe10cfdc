package vn.tcc.retention.api;

/**
 * On whose behalf a deletion runs: the purge run (scheduled) or a manual deletion approved by a
 * second supervisor. Owning modules write it into their own audit entries, so the trail tells
 * manual from automatic deletion.
 *
 * @param runId the purge run or manual deletion it belongs to (its deletion record)
 * @param manual true for a manual deletion outside the schedule
 * @param requestedBy who asked for it ({@code system:retention} for the schedule)
 * @param approvedBy who approved it (a second supervisor for manual deletions; the approver of the
 *     policy run otherwise)
 */
public record DeletionContext(long runId, boolean manual, String requestedBy, String approvedBy) {
  public static final String SCHEDULE = "system:retention";

  /** The audit detail owning modules add to their deletion entries. */
  public String auditDetail() {
    return (manual ? "manual" : "scheduled")
        + " deletion run="
        + runId
        + " requestedBy="
        + requestedBy
        + " approvedBy="
        + approvedBy;
  }
}
