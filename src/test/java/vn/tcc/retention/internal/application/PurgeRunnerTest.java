package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.time.TccTime;

class PurgeRunnerTest {
  static final Instant NOW = PurgePlannerTest.NOW;

  final PurgeFakes.Policies policies = new PurgeFakes.Policies();
  final PurgeFakes.Holds holds = new PurgeFakes.Holds();
  final PurgeFakes.Runs runs = new PurgeFakes.Runs();
  final PurgeFakes.Recorder recorder = new PurgeFakes.Recorder();
  final List<AuditRecord> audits = new ArrayList<>();
  final PurgeFakes.Source plateReads = new PurgeFakes.Source(DataClass.PLATE_READ);

  PurgeRunnerTest() {
    policies.versions.add(
        PurgeFakes.policy(
            DataClass.PLATE_READ,
            StorageLevel.COMMUNE_CENTER,
            Period.ofDays(30),
            EndAction.DELETE));
  }

  /** A run of {@code n} due plate reads, planned and approved by another person. */
  long approvedRunOf(int n) {
    for (int i = 0; i < n; i++) {
      plateReads.items.add(
          PurgeFakes.record(
              DataClass.PLATE_READ,
              StorageLevel.COMMUNE_CENTER,
              "read-" + i,
              NOW.minus(40, ChronoUnit.DAYS)));
    }
    long id = runs.open(PurgeRun.Trigger.MANUAL, "supervisor", NOW, null);
    new PurgePlanner(
            policies,
            holds,
            runs,
            () -> List.of(plateReads),
            runs,
            new ReviewFakes.Queue(),
            audits::add,
            clock())
        .plan(runs.find(id).orElseThrow());
    assertTrue(runs.approve(id, PurgeRun.ApprovalKind.PERSON, "supervisor2", NOW));
    return id;
  }

  PurgeRunner runner() {
    return new PurgeRunner(
        runs, policies, holds, () -> List.of(plateReads), recorder, runs, audits::add, clock());
  }

  static Clock clock() {
    return Clock.fixed(NOW, TccTime.ZONE);
  }

  @Test
  void
      the_servers_chunk_size_sets_the_chunks_and_a_pause_stops_the_run_after_the_chunk_under_way() {
    long id = approvedRunOf(7);
    System.setProperty(PurgeRunner.CHUNK_SIZE, "3");
    try {
      assertEquals(PurgeRunner.Ending.PAUSED, runner().carryOut(id, 1));
      System.setProperty(PurgeRunner.PAUSED, "true");
      assertEquals(PurgeRunner.Ending.PAUSED, runner().carryOut(id, 100), "paused after one chunk");
      assertEquals(List.of(3, 3), plateReads.deleteCallSizes);
      assertEquals(PurgeState.RUNNING, runs.find(id).orElseThrow().state());
      assertEquals(
          6,
          runs.lines.get(id).values().stream()
              .filter(line -> line.state() == PlannedItemState.DELETED)
              .count());

      System.clearProperty(PurgeRunner.PAUSED);
      assertEquals(PurgeRunner.Ending.DONE, runner().carryOut(id, 100));
      assertEquals(List.of(3, 3, 1), plateReads.deleteCallSizes);
      assertEquals(7, recorder.records.get(0).items().size(), "each deletion recorded once");
    } finally {
      System.clearProperty(PurgeRunner.CHUNK_SIZE);
      System.clearProperty(PurgeRunner.PAUSED);
    }
  }

  @Test
  void the_run_deletes_exactly_the_plan_in_chunks_and_ends_with_its_record() {
    long id = approvedRunOf(1_200);

    assertEquals(PurgeRunner.Ending.DONE, runner().carryOut(id, 100));

    assertEquals(List.of(500, 500, 200), plateReads.deleteCallSizes);
    assertEquals(1_200, plateReads.deletions.size());
    assertEquals(PurgeState.DONE, runs.find(id).orElseThrow().state());
    assertEquals(1001L, runs.find(id).orElseThrow().recordId());
    var record = recorder.records.get(0);
    assertEquals(1_200, record.items().size());
    assertEquals("supervisor", record.requestedBy());
    assertEquals("supervisor2", record.approvedBy());
    assertTrue(
        record.items().stream().allMatch(i -> i.outcome() == DeletionOutcome.Result.DELETED));
    assertEquals(1, record.items().get(0).policyVersion());
    assertEquals(PurgeFakes.BASIS, record.items().get(0).legalBasis());
    assertTrue(audits.stream().anyMatch(a -> a.action().equals("RETENTION_RUN_STARTED")));
    assertTrue(audits.stream().anyMatch(a -> a.action().equals("RETENTION_RUN_FINISHED")));
  }

  @Test
  void a_run_resumed_after_a_redeploy_continues_where_it_stopped_and_deletes_nothing_twice() {
    long id = approvedRunOf(1_200);

    assertEquals(PurgeRunner.Ending.PAUSED, runner().carryOut(id, 1));
    assertEquals(700, runs.nextDue(id, 10_000).size());
    // A new worker (the application redeployed) carries the same run on.
    assertEquals(PurgeRunner.Ending.DONE, runner().carryOut(id, 100));

    assertEquals(1_200, plateReads.deletions.size());
    assertTrue(plateReads.deletions.values().stream().allMatch(n -> n == 1), "each once");
    assertEquals(1, recorder.records.size());
  }

  @Test
  void a_crash_after_the_store_deleted_but_before_the_commit_is_answered_already_gone() {
    long id = approvedRunOf(600);
    plateReads.failAfterDeletingOnCall = 0; // the first chunk's transaction dies after deleting

    assertEquals(PurgeRunner.Ending.DONE, runner().carryOut(id, 100));

    assertTrue(plateReads.deletions.values().stream().allMatch(n -> n == 1), "each once");
    List<PlannedItem> lines = runs.lines(id);
    assertEquals(
        500, lines.stream().filter(l -> l.state() == PlannedItemState.ALREADY_GONE).count());
    assertEquals(100, lines.stream().filter(l -> l.state() == PlannedItemState.DELETED).count());
  }

  @Test
  void an_item_held_after_the_plan_is_skipped_and_never_sent_to_its_source() {
    long id = approvedRunOf(3);
    PlannedItem first = runs.lines(id).get(0);
    holds.inForce.add(
        new LegalHold(
            7L,
            new HoldScope.OfCamera(
                first.record().cameraCode(),
                first.record().capturedFrom(),
                first.record().capturedTo()),
            "supervisor.a",
            "Điều tra",
            "QD-7/2026",
            NOW,
            null,
            null,
            null,
            null));

    runner().carryOut(id, 100);

    // Every test item shows the same camera and time, so the hold reaches all three.
    assertTrue(plateReads.deletions.isEmpty());
    assertTrue(runs.lines(id).stream().allMatch(l -> l.state() == PlannedItemState.SKIPPED_HELD));
    assertTrue(runs.lines(id).get(0).detail().contains("QD-7/2026"));
    assertEquals(0, recorder.records.get(0).items().size(), "nothing deleted, still recorded");
  }

  @Test
  void an_outcome_is_never_written_over_another() {
    long id = approvedRunOf(2);
    PlannedItem line = runs.lines(id).get(0);
    runs.recordOutcomes(
        id,
        List.of(
            new vn.tcc.retention.internal.domain.PurgeRuns.Outcome(
                line.seq(), PlannedItemState.LOCKED, "VMS")));

    int second =
        runs.recordOutcomes(
            id,
            List.of(
                new vn.tcc.retention.internal.domain.PurgeRuns.Outcome(
                    line.seq(), PlannedItemState.DELETED, null)));
    runner().carryOut(id, 100);

    assertEquals(0, second);
    assertEquals(PlannedItemState.LOCKED, runs.lines(id).get(0).state());
    assertEquals(1, plateReads.deletions.size(), "the locked one was not sent again");
  }

  @Test
  void another_worker_holding_the_lock_leaves_the_run_to_it() {
    long id = approvedRunOf(10);
    runs.lockTakenElsewhere = true;

    assertEquals(PurgeRunner.Ending.BUSY_ELSEWHERE, runner().carryOut(id, 100));
    assertTrue(plateReads.deletions.isEmpty());
  }
}
