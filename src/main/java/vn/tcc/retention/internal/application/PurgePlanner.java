package vn.tcc.retention.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.DueRule;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.retention.internal.domain.PurgeCutoff;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeVerdict;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.ReviewItem;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * The dry run: walks every {@link RetentionSource} page by page, asks the retention rules about
 * each item at the run's instant, and writes every item that is due into the run's plan, with the
 * policy version (or agreement) and legal basis that made it due.
 *
 * <p><b>Review at the commune.</b> Items at a commune center whose policy ends in review and
 * transfer are written as {@code REVIEW_DUE}, never deleted by the purge, and put in their
 * commune's review queue ({@link ReviewQueue}) the first time a plan finds them. What the queue
 * decided then changes the plan: an item sent up ({@code TRANSFERRED}) is judged at the provincial
 * center, under its policy; an item not chosen ({@code EXPIRED}: released by the commune, or left
 * waiting past {@link ReviewItem#GRACE}, which each plan applies first) is planned {@code DUE} for
 * deletion like any other.
 *
 * <p>Cheap per item, because a dry run walks millions of them: the policy book and the holds in
 * force are read once per run, the holds filed by what they reach ({@code HoldIndex}); each source
 * is asked only for items old enough to be due ({@link PurgeCutoff}: now minus the shortest period
 * any version of the class could give); a source that can walks the whole class in one set-based
 * query read through a cursor ({@link RetentionSource#eachPage}) rather than keyset pages that each
 * repeat their joins row by row; a class the review queue holds nothing of is not looked up in it;
 * each page of the plan is written (COPY) in its own transaction, on another thread while the next
 * page is read and judged, and the items it queues for review on a third ({@link PageWriter}). Each
 * source's share of the time (listing, look-up, judging, writing) goes to the server log. A crash
 * leaves the run PLANNING; planning it again first clears what was written.
 */
@ApplicationScoped
public class PurgePlanner {
  private static final Logger LOG = Logger.getLogger(PurgePlanner.class.getName());
  static final int PAGE = 2_000;

  private RetentionPolicies policies;
  private LegalHolds holds;
  private PurgeRuns runs;
  private Supplier<List<RetentionSource>> sources;
  private PurgeTransactions transactions;
  private ReviewQueue review;
  private AuditTrail audit;
  private Clock clock;

  /**
   * Writes a page of the plan while the next one is read (the server's managed threads; none in
   * unit tests, which write each page on the planner's thread).
   */
  @Resource ManagedExecutorService executor;

  PurgePlanner() {}

  @Inject
  PurgePlanner(
      RetentionPolicies policies,
      LegalHolds holds,
      PurgeRuns runs,
      @Any Instance<RetentionSource> sources,
      PurgeTransactions transactions,
      ReviewQueue review,
      AuditTrail audit,
      Clock clock) {
    this(
        policies, holds, runs, () -> sources.stream().toList(), transactions, review, audit, clock);
  }

  PurgePlanner(
      RetentionPolicies policies,
      LegalHolds holds,
      PurgeRuns runs,
      Supplier<List<RetentionSource>> sources,
      PurgeTransactions transactions,
      ReviewQueue review,
      AuditTrail audit,
      Clock clock) {
    this.policies = policies;
    this.holds = holds;
    this.runs = runs;
    this.sources = sources;
    this.transactions = transactions;
    this.review = review;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a dry run found: items due for deletion and for review, and their bytes. */
  public record PlanResult(long candidates, long due, long review, long bytesDue) {}

  /** Plans {@code run} (state PLANNING), from the start; ends it PLANNED. */
  public PlanResult plan(PurgeRun run) {
    Instant asOf = run.plannedAsOf();
    PolicyBook book = policies.book();
    List<LegalHold> inForce = holds.inForceOn(RetentionCalendar.day(asOf));
    PurgeVerdict.Judge judge = new PurgeVerdict.Judge(book, inForce, asOf);
    long started = System.nanoTime();
    transactions.inNew(
        () -> {
          runs.clearPlan(run.id());
          return null;
        });
    long cleared = System.nanoTime();
    expirePastGrace(asOf);
    long expired = System.nanoTime();
    StringBuilder timings = new StringBuilder();
    Tally tally = new Tally();
    List<RetentionSource> ordered = new ArrayList<>(sources.get());
    ordered.sort(Comparator.comparing(s -> s.dataClass().name()));
    // Two lanes, each one page at a time: the plan's lines, and the items it queues for review
    // (each queued once, whichever plan finds it first), so neither table's writes wait for the
    // other's. A plan that fails, or a crash, leaves no line (the next plan clears them first)
    // and no queued item that is not due for review.
    PageWriter pages = new PageWriter(executor);
    PageWriter queues = new PageWriter(executor);
    try {
      for (RetentionSource source : ordered) {
        // Asked once: a source is a transactional bean, each call through its proxy costs.
        DataClass sourceClass = source.dataClass();
        Instant startedBefore = PurgeCutoff.startedBefore(sourceClass, book, asOf);
        if (startedBefore == null) {
          continue; // no policy for the class at all: nothing of it can be due
        }
        StepTimes times = new StepTimes();
        // A class the queue holds nothing of needs no look-up per page: the items this plan
        // queues are each listed once, so no later page of the class can find them there.
        boolean anyQueued = review.holdsAnyOf(sourceClass);
        ClassPlan plan =
            new ClassPlan(run, sourceClass, anyQueued, judge, asOf, tally, pages, queues, times);
        long walkStarted = System.nanoTime();
        if (source.eachPage(startedBefore, PAGE, plan::page)) {
          times.listing = System.nanoTime() - walkStarted - plan.inPages;
        } else {
          String cursor = null;
          do {
            long t0 = System.nanoTime();
            RetentionSource.CandidatePage page = source.candidates(startedBefore, cursor, PAGE);
            times.listing += System.nanoTime() - t0;
            plan.page(page.items());
            cursor = page.nextCursor();
          } while (cursor != null);
        }
        timings.append(sourceClass).append(": ").append(times).append("; ");
      }
      long t4 = System.nanoTime();
      pages.awaitLast();
      queues.awaitLast();
      timings.append("last page written ").append(ms(System.nanoTime() - t4)).append(" ms; ");
    } catch (RuntimeException | Error failed) {
      // The plan fails with what failed first; no page left being written.
      pages.awaitQuietly();
      queues.awaitQuietly();
      throw failed;
    }
    Map<String, DueRule> rules = tally.rules;
    long candidates = tally.candidates;
    long due = tally.due;
    long reviewDue = tally.reviewDue;
    long bytes = tally.bytes;
    PlanResult result = new PlanResult(candidates, due, reviewDue, bytes);
    long finishing = System.nanoTime();
    transactions.inNew(
        () -> {
          runs.finishPlan(run.id(), rules.values(), clock.instant());
          audit.record(
              AuditRecord.success(
                      RetentionRunAudit.PLANNED, RetentionRunAudit.OBJECT, Long.toString(run.id()))
                  .withDetails(
                      "dry run as of "
                          + asOf
                          + ": "
                          + result.due()
                          + " items due for deletion ("
                          + result.bytesDue()
                          + " bytes), "
                          + result.review()
                          + " due for review, of "
                          + result.candidates()
                          + " candidates; "
                          + inForce.size()
                          + " holds in force; rules "
                          + rules.keySet()));
          return null;
        });
    LOG.info(
        () ->
            "Dry run "
                + run.id()
                + " planned in "
                + ms(System.nanoTime() - started)
                + " ms: plan cleared "
                + ms(cleared - started)
                + " ms, review expiry "
                + ms(expired - cleared)
                + " ms; "
                + timings
                + "finished (statistics, counts) "
                + ms(System.nanoTime() - finishing)
                + " ms");
    return result;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** What a plan has found so far, over all classes, and the last sequence number it gave. */
  private static final class Tally {
    final Map<String, DueRule> rules = new LinkedHashMap<>();
    long candidates;
    long due;
    long reviewDue;
    long bytes;
    int seq;
  }

  /** The plan of one class: judges each page it is handed and has the page written. */
  private final class ClassPlan {
    private final PurgeRun run;
    private final DataClass sourceClass;
    private final boolean anyQueued;
    private final PurgeVerdict.Judge judge;
    private final Instant asOf;
    private final Tally tally;
    private final PageWriter pages;
    private final PageWriter queues;
    private final StepTimes times;

    /** Time spent here, which a source's walk counts as its own. */
    long inPages;

    ClassPlan(
        PurgeRun run,
        DataClass sourceClass,
        boolean anyQueued,
        PurgeVerdict.Judge judge,
        Instant asOf,
        Tally tally,
        PageWriter pages,
        PageWriter queues,
        StepTimes times) {
      this.run = run;
      this.sourceClass = sourceClass;
      this.anyQueued = anyQueued;
      this.judge = judge;
      this.asOf = asOf;
      this.tally = tally;
      this.pages = pages;
      this.queues = queues;
      this.times = times;
    }

    void page(List<RetainedRecord> items) {
      long t1 = System.nanoTime();
      times.items += items.size();
      Map<String, ReviewState> queued =
          anyQueued
              ? review.statesOf(
                  sourceClass,
                  items.stream()
                      .filter(r -> r.level() == StorageLevel.COMMUNE_CENTER)
                      .map(RetainedRecord::itemId)
                      .toList())
              : Map.of();
      long t2 = System.nanoTime();
      times.reviewLookup += t2 - t1;
      List<PlannedItem> lines = new ArrayList<>(items.size());
      List<ReviewItem> toQueue = new ArrayList<>();
      for (RetainedRecord listed : items) {
        tally.candidates++;
        if (listed.dataClass() != sourceClass) {
          throw new IllegalStateException(
              "Source of " + sourceClass + " listed an item of " + listed.dataClass());
        }
        ReviewState reviewed = queued.get(listed.itemId());
        RetainedRecord record = reviewed == ReviewState.TRANSFERRED ? atProvince(listed) : listed;
        if (judge.judge(record) instanceof PurgeVerdict.Due verdict) {
          PlannedItem line =
              reviewed == ReviewState.EXPIRED
                  ? PlannedItem.afterReview(++tally.seq, record, verdict)
                  : PlannedItem.planned(++tally.seq, record, verdict);
          lines.add(line);
          tally.rules.putIfAbsent(verdict.rule().key(), verdict.rule());
          if (line.state() == PlannedItemState.DUE) {
            tally.due++;
            tally.bytes += record.sizeBytes();
          } else {
            tally.reviewDue++;
            if (reviewed == null && record.jurisdiction() != null) {
              toQueue.add(queueItem(line, asOf));
            }
          }
        }
      }
      long t3 = System.nanoTime();
      times.judging += t3 - t2;
      times.lines += lines.size();
      long runId = run.id();
      if (!lines.isEmpty()) {
        pages.write(
            () ->
                transactions.inNew(
                    () -> {
                      long w0 = System.nanoTime();
                      runs.addPlanned(runId, lines);
                      times.writingPlan.addAndGet(System.nanoTime() - w0);
                      return null;
                    }));
      }
      if (!toQueue.isEmpty()) {
        queues.write(
            () ->
                transactions.inNew(
                    () -> {
                      long w0 = System.nanoTime();
                      review.enqueue(toQueue, runId);
                      times.queueing.addAndGet(System.nanoTime() - w0);
                      return null;
                    }));
      }
      long t4 = System.nanoTime();
      times.waitingForWriter += t4 - t3;
      inPages += t4 - t1;
    }
  }

  /**
   * Where a source's share of a dry run went, for the server log: its listing, the review queue's
   * look-up, the judging, and the wait for the previous page's write.
   */
  static final class StepTimes {
    long items;
    long lines;
    long listing;
    long reviewLookup;
    long judging;
    long waitingForWriter;
    // Written on the writer's thread.
    final AtomicLong writingPlan = new AtomicLong();
    final AtomicLong queueing = new AtomicLong();

    @Override
    public String toString() {
      return items
          + " listed, "
          + lines
          + " planned; listing "
          + ms(listing)
          + " ms, review look-up "
          + ms(reviewLookup)
          + " ms, judging "
          + ms(judging)
          + " ms, waiting for the writer "
          + ms(waitingForWriter)
          + " ms (writing plan lines "
          + ms(writingPlan.get())
          + " ms, queueing for review "
          + ms(queueing.get())
          + " ms)";
    }
  }

  /**
   * Writes the pages of a plan one after the other, each while the planner reads and judges the
   * next: at most one page is being written at a time, and a page that failed to be written fails
   * the plan at the next page or at the end. An item a page queues for review is not yet visible to
   * the next page's look-up; the queue leaves an item it holds already as it is.
   */
  static final class PageWriter {
    private final Executor executor;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    PageWriter(Executor executor) {
      this.executor = executor == null ? Runnable::run : executor;
    }

    void write(Runnable page) {
      awaitLast();
      last = CompletableFuture.runAsync(page, executor);
    }

    void awaitQuietly() {
      try {
        last.join();
      } catch (RuntimeException ignored) {
        // the caller fails already
      }
      last = CompletableFuture.completedFuture(null);
    }

    /** Waits for the page being written; rethrows what failed it. */
    void awaitLast() {
      CompletableFuture<Void> pending = last;
      last = CompletableFuture.completedFuture(null);
      try {
        pending.join();
      } catch (CompletionException failed) {
        if (failed.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (failed.getCause() instanceof Error error) {
          throw error;
        }
        throw failed;
      }
    }
  }

  /** Items a plan queues stay no longer than this per turn of the expiry: a few pages a plan. */
  static final int EXPIRY_BATCH = 1_000;

  /**
   * Items left waiting past their grace period expire, before the plan judges anything, so this
   * plan already lists them for deletion. Each batch in its own transaction, audited as the
   * schedule's decision.
   */
  private void expirePastGrace(Instant asOf) {
    int expired;
    do {
      expired =
          transactions.inNew(
              () -> {
                List<String> ids = new ArrayList<>();
                for (ReviewItem item : review.pastGrace(asOf, EXPIRY_BATCH)) {
                  if (review.recordDecision(
                      item.expireBySchedule(DeletionContext.SCHEDULE, asOf))) {
                    ids.add(item.dataClass() + "/" + item.itemId());
                  }
                }
                if (!ids.isEmpty()) {
                  audit.record(
                      AuditRecord.success(ReviewAudit.EXPIRED, ReviewAudit.OBJECT, null)
                          .withDetails(
                              ids.size()
                                  + " items left unreviewed past "
                                  + ReviewItem.GRACE
                                  + " expire: "
                                  + String.join(",", ids)));
                }
                return ids.size();
              });
    } while (expired == EXPIRY_BATCH);
  }

  /** A record of an item its commune sent up: the province keeps it now. */
  static RetainedRecord atProvince(RetainedRecord r) {
    return new RetainedRecord(
        r.dataClass(),
        r.itemId(),
        StorageLevel.PROVINCIAL_CENTER,
        r.jurisdiction(),
        r.ownerType(),
        r.retentionStartsAt(),
        r.cameraCode(),
        r.capturedFrom(),
        r.capturedTo(),
        r.cases(),
        r.agreementId(),
        r.agreementPeriod(),
        r.sizeBytes(),
        r.sha256(),
        r.description());
  }

  private ReviewItem queueItem(PlannedItem line, Instant asOf) {
    RetainedRecord r = line.record();
    Instant now = clock.instant();
    return new ReviewItem(
        null,
        r.dataClass(),
        r.itemId(),
        r.jurisdiction(),
        r.cameraCode(),
        r.capturedFrom(),
        r.capturedTo(),
        ReviewItem.dueAfter(line.keptThrough(), asOf),
        r.sizeBytes(),
        r.sha256(),
        r.description() == null || r.description().length() <= 500
            ? r.description()
            : r.description().substring(0, 500),
        line.ruleKey(),
        now,
        ReviewItem.expiryOf(now),
        ReviewState.WAITING,
        null,
        null,
        null,
        null);
  }
}
