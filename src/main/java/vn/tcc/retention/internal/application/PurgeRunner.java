package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.retention.internal.domain.PurgeVerdict;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionReason;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Carries out an approved run: deletes exactly its planned items, chunk by chunk, each through the
 * module that owns it, and ends with the signed deletion record.
 *
 * <p>Why it cannot delete twice or delete what is held, even across a crash or a redeploy:
 *
 * <ul>
 *   <li>One chunk is one transaction: it takes the purge's advisory lock ({@link
 *       PurgeRuns#lockForChunk}; another worker on any node finds it taken and stops), reads the
 *       next {@value #CHUNK} lines still {@code DUE}, asks the owning sources to delete them and
 *       records each answer on its line, all before the commit. Rows the sources delete join that
 *       transaction, so the rows and the outcomes commit or roll back together.
 *   <li>The plan line's state is the idempotency key: only lines still {@code DUE} are worked, and
 *       an outcome is written only over {@code DUE}. A file or VMS recording deleted just before a
 *       crash (outside the transaction) leaves its line {@code DUE}; the resumed run asks again and
 *       the source, idempotent by contract, answers {@code ALREADY_GONE}.
 *   <li>Each chunk reads the holds in force and the policies again and judges each line anew on the
 *       facts stored in the plan: a line a hold reaches now is {@code SKIPPED_HELD}, one a
 *       lengthened policy keeps is {@code SKIPPED_KEPT}, and neither is sent to a source.
 * </ul>
 *
 * A chunk that fails (a source throws) is rolled back whole and retried item by item, so one item a
 * store cannot delete is recorded {@code FAILED} alone and the run goes on.
 *
 * <p>Two server system properties tune it while it runs: {@value #CHUNK_SIZE} (lines per chunk,
 * default {@value #CHUNK}, 1 to {@value #MAX_CHUNK}: smaller chunks hold the purge's lock and the
 * rows for a shorter time beside a heavy ingestion) and {@value #PAUSED}, which also stops a run
 * under way after the chunk it is working (maintenance; the run stays RUNNING and continues once
 * the property is removed).
 */
@ApplicationScoped
public class PurgeRunner {
  static final int CHUNK = 500;
  static final int MAX_CHUNK = 5_000;
  public static final String CHUNK_SIZE = "tcc.retention.purge.chunk-size";
  public static final String PAUSED = "tcc.retention.purge.paused";
  private static final Logger LOG = Logger.getLogger(PurgeRunner.class.getName());

  private PurgeRuns runs;
  private RetentionPolicies policies;
  private LegalHolds holds;
  private Supplier<List<RetentionSource>> sources;
  private DeletionRecorder recorder;
  private PurgeTransactions transactions;
  private AuditTrail audit;
  private Clock clock;

  PurgeRunner() {}

  @Inject
  PurgeRunner(
      PurgeRuns runs,
      RetentionPolicies policies,
      LegalHolds holds,
      @Any Instance<RetentionSource> sources,
      DeletionRecorder recorder,
      PurgeTransactions transactions,
      AuditTrail audit,
      Clock clock) {
    this(
        runs,
        policies,
        holds,
        () -> sources.stream().toList(),
        recorder,
        transactions,
        audit,
        clock);
  }

  PurgeRunner(
      PurgeRuns runs,
      RetentionPolicies policies,
      LegalHolds holds,
      Supplier<List<RetentionSource>> sources,
      DeletionRecorder recorder,
      PurgeTransactions transactions,
      AuditTrail audit,
      Clock clock) {
    this.runs = runs;
    this.policies = policies;
    this.holds = holds;
    this.sources = sources;
    this.recorder = recorder;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** How a call to {@link #carryOut} ended. */
  public enum Ending {
    /** Every line has its outcome; the record is written; the run is DONE. */
    DONE,
    /** Another worker holds the purge's lock: it carries the run on. */
    BUSY_ELSEWHERE,
    /** The run is not approved or running (nothing to do). */
    NOT_RUNNABLE,
    /** Stopped after {@code maxChunks}; the next call continues. */
    PAUSED
  }

  /** Carries out the run until done, for at most {@code maxChunks} chunks. */
  public Ending carryOut(long runId, int maxChunks) {
    PurgeRun run = runs.find(runId).orElse(null);
    if (run == null) {
      return Ending.NOT_RUNNABLE;
    }
    if (run.state() == PurgeState.APPROVED) {
      Instant at = clock.instant();
      boolean started = transactions.inNew(() -> startAudited(run, at));
      if (!started) {
        return Ending.NOT_RUNNABLE;
      }
    } else if (run.state() != PurgeState.RUNNING) {
      return Ending.NOT_RUNNABLE;
    }
    PurgeRun running = runs.find(runId).orElseThrow();
    DeletionContext context =
        new DeletionContext(runId, false, running.requestedBy(), running.approvedBy());
    int chunkSize = chunkSize();
    for (int chunks = 0; chunks < maxChunks; chunks++) {
      if (chunks > 0 && isPaused()) {
        return Ending.PAUSED;
      }
      int worked;
      try {
        worked = transactions.inNew(() -> chunk(runId, chunkSize, context));
      } catch (RuntimeException chunkFailed) {
        LOG.log(
            Level.WARNING, "Purge run " + runId + ": a chunk failed; item by item", chunkFailed);
        worked = itemByItem(runId, chunkSize, context);
      }
      if (worked < 0) {
        return Ending.BUSY_ELSEWHERE;
      }
      if (worked == 0) {
        Boolean finished = transactions.inNew(() -> finishAudited(runId));
        return finished ? Ending.DONE : Ending.BUSY_ELSEWHERE;
      }
    }
    return Ending.PAUSED;
  }

  private boolean startAudited(PurgeRun run, Instant at) {
    if (!runs.start(run.id(), at)) {
      return false;
    }
    audit.record(
        AuditRecord.success(
                RetentionRunAudit.STARTED, RetentionRunAudit.OBJECT, Long.toString(run.id()))
            .withDetails(
                run.itemsDue()
                    + " items to delete; requested by "
                    + run.requestedBy()
                    + ", approved by "
                    + run.approvedBy()
                    + " ("
                    + run.approvalKind()
                    + ")"));
    return true;
  }

  /**
   * One chunk in the caller's transaction: the lines worked, 0 when none is left, -1 when another
   * worker holds the lock.
   */
  int chunk(long runId, int limit, DeletionContext context) {
    if (!runs.lockForChunk()) {
      return -1;
    }
    List<PlannedItem> lines = runs.nextDue(runId, limit);
    if (lines.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    PurgeVerdict.Judge judge =
        new PurgeVerdict.Judge(policies.book(), holds.inForceOn(RetentionCalendar.day(now)), now);
    List<PurgeRuns.Outcome> outcomes = new ArrayList<>(lines.size());
    Map<DataClass, List<PlannedItem>> toDelete = new LinkedHashMap<>();
    for (PlannedItem line : lines) {
      PurgeVerdict verdict = judge.judge(line.record());
      if (verdict instanceof PurgeVerdict.Kept kept) {
        outcomes.add(
            new PurgeRuns.Outcome(
                line.seq(),
                kept.byHold() ? PlannedItemState.SKIPPED_HELD : PlannedItemState.SKIPPED_KEPT,
                keptBecause(kept)));
      } else {
        toDelete.computeIfAbsent(line.record().dataClass(), c -> new ArrayList<>()).add(line);
      }
    }
    toDelete.forEach((dataClass, due) -> outcomes.addAll(delete(dataClass, due, context)));
    return Math.max(1, runs.recordOutcomes(runId, outcomes));
  }

  /**
   * Deletes the lines of one class through every source of that class (one, normally). Where two
   * sources hold the class, an item unknown to one is ALREADY_GONE there, so the strongest answer
   * counts: a deletion or a refusal over an absence.
   */
  private List<PurgeRuns.Outcome> delete(
      DataClass dataClass, List<PlannedItem> lines, DeletionContext context) {
    List<RetainedRecord> records = lines.stream().map(PlannedItem::record).toList();
    Map<String, DeletionOutcome> answers = new HashMap<>();
    boolean anySource = false;
    for (RetentionSource source : sources.get()) {
      if (source.dataClass() != dataClass) {
        continue;
      }
      anySource = true;
      for (DeletionOutcome answer : source.delete(records, context)) {
        answers.merge(answer.itemId(), answer, PurgeRunner::stronger);
      }
    }
    List<PurgeRuns.Outcome> outcomes = new ArrayList<>(lines.size());
    for (PlannedItem line : lines) {
      DeletionOutcome answer = answers.get(line.record().itemId());
      if (answer == null) {
        outcomes.add(
            new PurgeRuns.Outcome(
                line.seq(),
                PlannedItemState.FAILED,
                anySource ? "the source gave no answer" : "no source holds " + dataClass));
      } else {
        outcomes.add(
            new PurgeRuns.Outcome(
                line.seq(), PlannedItemState.of(answer.result()), trim(answer.detail())));
      }
    }
    return outcomes;
  }

  private static String keptBecause(PurgeVerdict.Kept kept) {
    if (kept.decision().reason() instanceof RetentionReason.ByHold held) {
      return "hold " + held.hold().id() + " (" + held.hold().decisionNumber() + ")";
    }
    return "kept until " + kept.decision().keepUntil();
  }

  private static DeletionOutcome stronger(DeletionOutcome one, DeletionOutcome other) {
    return one.result() == DeletionOutcome.Result.ALREADY_GONE ? other : one;
  }

  /** After a failed chunk: the same lines one per transaction; one that fails alone is FAILED. */
  private int itemByItem(long runId, int chunkSize, DeletionContext context) {
    int worked = 0;
    for (int i = 0; i < chunkSize; i++) {
      int one;
      try {
        one = transactions.inNew(() -> chunk(runId, 1, context));
      } catch (RuntimeException itemFailed) {
        String why = trim(String.valueOf(rootCause(itemFailed).getMessage()));
        one =
            transactions.inNew(
                () -> {
                  if (!runs.lockForChunk()) {
                    return -1;
                  }
                  List<PlannedItem> next = runs.nextDue(runId, 1);
                  if (next.isEmpty()) {
                    return 0;
                  }
                  return runs.recordOutcomes(
                      runId,
                      List.of(
                          new PurgeRuns.Outcome(next.get(0).seq(), PlannedItemState.FAILED, why)));
                });
      }
      if (one <= 0) {
        return worked == 0 ? one : worked;
      }
      worked += one;
    }
    return worked;
  }

  /** Writes the deletion record and ends the run, in one transaction; false if busy elsewhere. */
  private boolean finishAudited(long runId) {
    if (!runs.lockForChunk()) {
      return false;
    }
    PurgeRun run = runs.find(runId).orElseThrow();
    if (run.state() != PurgeState.RUNNING) {
      return run.state() == PurgeState.DONE;
    }
    Instant finishedAt = clock.instant();
    PurgeRuns.RecordCounts counts = runs.deletionRecordCounts(runId);
    DeletionRecordDocument.Header header =
        new DeletionRecordDocument.Header(
            runId,
            false,
            run.requestedBy(),
            run.approvedBy(),
            run.startedAt(),
            finishedAt,
            counts.total(),
            counts.gone(),
            counts.bytesGone());
    // The items stream from the plan into the document: a million of them are never one list.
    long recordId = recorder.record(header, each -> runs.forEachDeletionRecordItem(runId, each));
    runs.finish(runId, recordId, finishedAt);
    audit.record(
        AuditRecord.success(
                RetentionRunAudit.FINISHED, RetentionRunAudit.OBJECT, Long.toString(runId))
            .withDetails("deletion record " + recordId + "; outcomes " + counts.items()));
    return true;
  }

  /** Lines per chunk: the server's {@value #CHUNK_SIZE} property, read at each turn. */
  static int chunkSize() {
    Integer configured = Integer.getInteger(CHUNK_SIZE);
    return configured == null ? CHUNK : Math.max(1, Math.min(MAX_CHUNK, configured));
  }

  /** The purge is paused for maintenance (server system property {@value #PAUSED}). */
  static boolean isPaused() {
    return Boolean.getBoolean(PAUSED);
  }

  private static String trim(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
