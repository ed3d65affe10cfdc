package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One purge run as stored: who asked for it and when, the instant its plan judged the items at, who
 * approved it, its progress and, once done, its signed deletion record.
 *
 * @param scheduledFor the local day a scheduled run was planned for; null for a manual one
 * @param plannedAsOf the instant the rules were asked at: the plan lists what was due then
 * @param approvalKind how it was approved, null while not
 * @param itemsDue items planned for deletion; {@code itemsDone} of them have their outcome
 * @param itemsReview items due for review at a commune (never deleted by the run)
 * @param recordId the deletion record written when it finished
 */
public record PurgeRun(
    long id,
    PurgeState state,
    Trigger trigger,
    LocalDate scheduledFor,
    String requestedBy,
    Instant requestedAt,
    Instant plannedAsOf,
    Instant plannedAt,
    ApprovalKind approvalKind,
    String approvedBy,
    Instant approvedAt,
    Instant startedAt,
    Instant finishedAt,
    Long recordId,
    long itemsDue,
    long bytesDue,
    long itemsReview,
    long itemsDone,
    String failure) {

  /** The schedule plans one run a day; a person may ask for a dry run at any time. */
  public enum Trigger {
    SCHEDULE,
    MANUAL
  }

  public enum ApprovalKind {
    /** A supervisor or administrator other than the requester approved it. */
    PERSON,
    /** Every policy version it uses had a dry run a person approved before. */
    PRIOR_DRY_RUN
  }

  /** The username under which the schedule asks for runs and approves them by prior dry run. */
  public static final String SCHEDULE = vn.tcc.retention.api.DeletionContext.SCHEDULE;
}
