package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.time.TccTime;

/**
 * The dry run over a source that walks its whole class in one pass ({@link
 * RetentionSource#eachPage}) and over a class the review queue holds nothing of: the same plan as
 * page by page, with fewer questions.
 */
class PurgePlannerWalkTest {
  final PurgePlannerTest paged = new PurgePlannerTest();
  final List<String> statesAskedFor = new ArrayList<>();

  /** The fake source of the planner test, walked in pages of {@code size} instead of paged. */
  static final class Walking implements RetentionSource {
    final PurgeFakes.Source source;
    int candidatesCalls;

    Walking(PurgeFakes.Source source) {
      this.source = source;
    }

    @Override
    public DataClass dataClass() {
      return source.dataClass();
    }

    @Override
    public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
      candidatesCalls++;
      return source.candidates(startedBefore, cursor, limit);
    }

    @Override
    public boolean eachPage(
        Instant startedBefore, int pageSize, Consumer<List<RetainedRecord>> pages) {
      List<RetainedRecord> older =
          source.items.stream().filter(r -> r.retentionStartsAt().isBefore(startedBefore)).toList();
      for (int from = 0; from < older.size(); from += pageSize) {
        pages.accept(older.subList(from, Math.min(older.size(), from + pageSize)));
      }
      return true;
    }

    @Override
    public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
      return source.delete(items, context);
    }

    @Override
    public List<StoredVolume> volumes() {
      return source.volumes();
    }
  }

  /** The fake queue, answering whether it holds a class and counting the look-ups per class. */
  ReviewQueue countingQueue() {
    ReviewFakes.Queue queue = paged.review;
    return (ReviewQueue)
        Proxy.newProxyInstance(
            ReviewQueue.class.getClassLoader(),
            new Class<?>[] {ReviewQueue.class},
            (proxy, method, args) -> {
              if (method.getName().equals("holdsAnyOf")) {
                return queue.items.values().stream().anyMatch(i -> i.dataClass() == args[0]);
              }
              if (method.getName().equals("statesOf")) {
                statesAskedFor.add(args[0].toString());
              }
              try {
                return method.invoke(queue, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  List<PlannedItem> plan(List<RetentionSource> sources, ReviewQueue queue) {
    long id = paged.runs.open(PurgeRun.Trigger.MANUAL, "supervisor", PurgePlannerTest.NOW, null);
    new PurgePlanner(
            paged.policies,
            paged.holds,
            paged.runs,
            () -> sources,
            paged.runs,
            queue,
            (AuditRecord a) -> {},
            Clock.fixed(PurgePlannerTest.NOW, TccTime.ZONE))
        .plan(paged.runs.find(id).orElseThrow());
    List<PlannedItem> lines = paged.runs.lines(id);
    return lines;
  }

  void fill() {
    for (int i = 0; i < 5_500; i++) {
      paged.plateReads.items.add(
          PurgePlannerTest.record(
              DataClass.PLATE_READ,
              StorageLevel.COMMUNE_CENTER,
              "read-" + i,
              PurgePlannerTest.DAYS_40_AGO.minus(i, ChronoUnit.MINUTES)));
    }
    for (int i = 0; i < 2_100; i++) {
      paged.evidence.items.add(
          PurgePlannerTest.record(
              DataClass.VIOLATION_EVIDENCE,
              i % 3 == 0 ? StorageLevel.PROVINCIAL_CENTER : StorageLevel.COMMUNE_CENTER,
              "file-" + i,
              PurgePlannerTest.DAYS_100_AGO.minus(i, ChronoUnit.MINUTES)));
    }
  }

  @Test
  void a_walked_class_is_planned_as_its_pages_would_be_and_never_paged() {
    fill();
    List<PlannedItem> byPages = plan(List.of(paged.plateReads, paged.evidence), paged.review);
    Walking reads = new Walking(paged.plateReads);
    Walking files = new Walking(paged.evidence);

    List<PlannedItem> walked = plan(List.of(reads, files), paged.review);

    assertEquals(byPages, walked);
    assertEquals(
        5_500 + 700, walked.stream().filter(l -> l.state() == PlannedItemState.DUE).count());
    assertEquals(0, reads.candidatesCalls + files.candidatesCalls);
  }

  @Test
  void a_class_the_queue_holds_nothing_of_is_not_looked_up_and_plans_the_same() {
    fill();
    List<PlannedItem> first = plan(List.of(paged.plateReads, paged.evidence), countingQueue());
    assertEquals(List.of(), statesAskedFor, "an empty queue: no look-up at all");
    assertEquals(1_400, paged.review.items.size(), "the commune's files queued for review");

    statesAskedFor.clear();
    List<PlannedItem> second = plan(List.of(paged.plateReads, paged.evidence), countingQueue());

    assertEquals(first, second);
    assertFalse(statesAskedFor.contains("PLATE_READ"));
    assertTrue(statesAskedFor.contains("VIOLATION_EVIDENCE"));
  }
}
