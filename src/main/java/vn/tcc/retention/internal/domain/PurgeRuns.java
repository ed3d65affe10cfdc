package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The stored purge runs and their plans (repository port). Each method is one statement or a few on
 * one connection, in the caller's transaction; the services decide where transactions begin.
 */
public interface PurgeRuns {

  /**
   * A new run, {@link PurgeState#PLANNING}.
   *
   * @throws RetentionRuleException {@code retention.run.anotherActive} (409) when another run is
   *     being planned or carried out, {@code retention.run.alreadyScheduled} (409) when the
   *     schedule already planned a run for {@code scheduledFor}
   */
  long open(PurgeRun.Trigger trigger, String requestedBy, Instant asOf, LocalDate scheduledFor);

  Optional<PurgeRun> find(long id);

  /** The run being planned or carried out, if any (at most one: a unique index says so). */
  Optional<PurgeRun> active();

  /** The newest runs first. */
  List<PurgeRun> list(int offset, int limit);

  long count();

  /** Removes what a planning interrupted by a crash had written, to plan again from the start. */
  void clearPlan(long runId);

  /** Adds plan lines, one statement for all of them. */
  void addPlanned(long runId, List<PlannedItem> items);

  /**
   * Ends the planning: stores the rules the plan's items are due by, counts the items and bytes,
   * and moves the run to {@link PurgeState#PLANNED} at {@code at}.
   */
  void finishPlan(long runId, Collection<DueRule> rules, Instant at);

  /**
   * The rules of the run's plan that no person approved in another run's dry run: what an automatic
   * approval would approve unseen.
   */
  Set<String> rulesNeverApproved(long runId);

  /**
   * Records the approval of a {@link PurgeState#PLANNED} run; false when it is not (any longer)
   * planned.
   *
   * @throws RetentionRuleException {@code retention.run.anotherActive} (409) when another run is
   *     being planned or carried out
   */
  boolean approve(long runId, PurgeRun.ApprovalKind kind, String by, Instant at);

  /** APPROVED → RUNNING; false when the run is not approved (another worker started it). */
  boolean start(long runId, Instant at);

  /**
   * Takes the purge's lock for the current transaction (a PostgreSQL transaction-level advisory
   * lock): false when another worker, on this node or another, holds it. Released at commit.
   */
  boolean lockForChunk();

  /** The next {@code limit} lines still {@link PlannedItemState#DUE}, in plan order. */
  List<PlannedItem> nextDue(long runId, int limit);

  /**
   * Records what became of lines still DUE and counts them done; a line no longer DUE is left as it
   * is (its first outcome stands). Returns the lines recorded.
   */
  int recordOutcomes(long runId, List<Outcome> outcomes);

  /**
   * Every line of the run with an outcome of the owning module (not left for review, not kept), as
   * the deletion record lists it, in plan order, one by one: a run may have a million.
   */
  void forEachDeletionRecordItem(long runId, Consumer<DeletedItem> each);

  /** How many lines {@link #forEachDeletionRecordItem} lists, per outcome, with their bytes. */
  RecordCounts deletionRecordCounts(long runId);

  /** RUNNING → DONE with the record's id. */
  void finish(long runId, long recordId, Instant at);

  /** The run failed; {@code why} is shown on its page. */
  void fail(long runId, String why);

  /**
   * FAILED → PLANNING (when it failed before its plan was finished) or APPROVED; false when it did
   * not fail.
   *
   * @throws RetentionRuleException {@code retention.run.anotherActive} (409)
   */
  boolean resume(long runId);

  /** The rules (policy versions, agreements) each of these runs' plans uses, by run. */
  Map<Long, List<DueRule>> rules(Collection<Long> runIds);

  /** Counts and bytes of the plan per class, level and state, within {@code scope}. */
  List<SummaryLine> summary(long runId, JurisdictionCode scope);

  /** Plan lines in plan order, within {@code scope}, optionally of one class and/or level. */
  List<PlannedItem> items(
      long runId,
      DataClass dataClass,
      StorageLevel level,
      JurisdictionCode scope,
      int offset,
      int limit);

  /** The deletion record's lines of a run per outcome (DELETED, LOCKED, …): items and bytes. */
  record RecordCounts(Map<String, Long> items, Map<String, Long> bytes) {
    public long total() {
      return items.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Lines deleted now or already gone, and their bytes. */
    public long gone() {
      return items.getOrDefault("DELETED", 0L) + items.getOrDefault("ALREADY_GONE", 0L);
    }

    public long bytesGone() {
      return bytes.getOrDefault("DELETED", 0L) + bytes.getOrDefault("ALREADY_GONE", 0L);
    }
  }

  /** What became of one plan line. */
  record Outcome(int seq, PlannedItemState state, String detail) {}

  /** Items and bytes of a class at a level in one state. */
  record SummaryLine(
      DataClass dataClass, StorageLevel level, PlannedItemState state, long items, long bytes) {}
}
