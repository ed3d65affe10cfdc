package vn.tcc.retention.internal.application;

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
import java.util.function.Supplier;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.internal.domain.DueRule;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.retention.internal.domain.PurgeCutoff;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeVerdict;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * The dry run: walks every {@link RetentionSource} page by page, asks the retention rules about
 * each item at the run's instant, and writes every item that is due into the run's plan, with the
 * policy version (or agreement) and legal basis that made it due. Items at a commune center whose
 * policy ends in review and transfer are written as {@code REVIEW_DUE}: the purge never deletes
 * them; the commune's review queue (a later slice) takes them from there.
 *
 * <p>Cheap per item, because a dry run walks millions of them: the policy book and the holds in
 * force are read once per run, the holds filed by what they reach ({@code HoldIndex}); each source
 * is asked only for items old enough to be due ({@link PurgeCutoff}: now minus the shortest period
 * any version of the class could give); each page of the plan is one multi-row insert in its own
 * transaction. A crash leaves the run PLANNING; planning it again first clears what was written.
 */
@ApplicationScoped
public class PurgePlanner {
  static final int PAGE = 2_000;

  private RetentionPolicies policies;
  private LegalHolds holds;
  private PurgeRuns runs;
  private Supplier<List<RetentionSource>> sources;
  private PurgeTransactions transactions;
  private AuditTrail audit;
  private Clock clock;

  PurgePlanner() {}

  @Inject
  PurgePlanner(
      RetentionPolicies policies,
      LegalHolds holds,
      PurgeRuns runs,
      @Any Instance<RetentionSource> sources,
      PurgeTransactions transactions,
      AuditTrail audit,
      Clock clock) {
    this(policies, holds, runs, () -> sources.stream().toList(), transactions, audit, clock);
  }

  PurgePlanner(
      RetentionPolicies policies,
      LegalHolds holds,
      PurgeRuns runs,
      Supplier<List<RetentionSource>> sources,
      PurgeTransactions transactions,
      AuditTrail audit,
      Clock clock) {
    this.policies = policies;
    this.holds = holds;
    this.runs = runs;
    this.sources = sources;
    this.transactions = transactions;
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
    transactions.inNew(
        () -> {
          runs.clearPlan(run.id());
          return null;
        });
    Map<String, DueRule> rules = new LinkedHashMap<>();
    long candidates = 0;
    long due = 0;
    long review = 0;
    long bytes = 0;
    int seq = 0;
    List<RetentionSource> ordered = new ArrayList<>(sources.get());
    ordered.sort(Comparator.comparing(s -> s.dataClass().name()));
    for (RetentionSource source : ordered) {
      Instant startedBefore = PurgeCutoff.startedBefore(source.dataClass(), book, asOf);
      if (startedBefore == null) {
        continue; // no policy for the class at all: nothing of it can be due
      }
      String cursor = null;
      do {
        RetentionSource.CandidatePage page = source.candidates(startedBefore, cursor, PAGE);
        List<PlannedItem> lines = new ArrayList<>(page.items().size());
        for (RetainedRecord record : page.items()) {
          candidates++;
          if (record.dataClass() != source.dataClass()) {
            throw new IllegalStateException(
                "Source of " + source.dataClass() + " listed an item of " + record.dataClass());
          }
          if (judge.judge(record) instanceof PurgeVerdict.Due verdict) {
            PlannedItem line = PlannedItem.planned(++seq, record, verdict);
            lines.add(line);
            rules.putIfAbsent(verdict.rule().key(), verdict.rule());
            if (line.state() == vn.tcc.retention.internal.domain.PlannedItemState.DUE) {
              due++;
              bytes += record.sizeBytes();
            } else {
              review++;
            }
          }
        }
        if (!lines.isEmpty()) {
          transactions.inNew(
              () -> {
                runs.addPlanned(run.id(), lines);
                return null;
              });
        }
        cursor = page.nextCursor();
      } while (cursor != null);
    }
    PlanResult result = new PlanResult(candidates, due, review, bytes);
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
    return result;
  }
}
