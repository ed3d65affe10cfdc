package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.time.TccTime;

class PurgePlannerTest {
  // 10:00 in Vietnam on 1 June 2026.
  static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
  static final Instant DAYS_40_AGO = NOW.minus(40, ChronoUnit.DAYS);
  static final Instant DAYS_100_AGO = NOW.minus(100, ChronoUnit.DAYS);

  final PurgeFakes.Policies policies = new PurgeFakes.Policies();
  final PurgeFakes.Holds holds = new PurgeFakes.Holds();
  final PurgeFakes.Runs runs = new PurgeFakes.Runs();
  final List<AuditRecord> audits = new ArrayList<>();
  final PurgeFakes.Source plateReads = new PurgeFakes.Source(DataClass.PLATE_READ);
  final PurgeFakes.Source evidence = new PurgeFakes.Source(DataClass.VIOLATION_EVIDENCE);
  final ReviewFakes.Queue review = new ReviewFakes.Queue();

  PurgePlannerTest() {
    Period month = Period.ofDays(30);
    policies.versions.add(
        PurgeFakes.policy(
            DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, month, EndAction.DELETE));
    policies.versions.add(
        PurgeFakes.policy(
            DataClass.VIOLATION_EVIDENCE,
            StorageLevel.COMMUNE_CENTER,
            Period.ofDays(90),
            EndAction.REVIEW_AND_TRANSFER));
    policies.versions.add(
        PurgeFakes.policy(
            DataClass.VIOLATION_EVIDENCE,
            StorageLevel.PROVINCIAL_CENTER,
            Period.ofDays(60),
            EndAction.DELETE));
  }

  PurgePlanner planner() {
    return new PurgePlanner(
        policies,
        holds,
        runs,
        () -> List.of(plateReads, evidence),
        runs,
        review,
        audits::add,
        Clock.fixed(NOW, TccTime.ZONE));
  }

  List<PlannedItem> plan() {
    long id = runs.open(PurgeRun.Trigger.MANUAL, "supervisor", NOW, null);
    planner().plan(runs.find(id).orElseThrow());
    return runs.lines(id);
  }

  @Test
  void an_item_past_its_period_is_planned_with_its_rule_and_a_younger_one_is_not() {
    plateReads.items.add(
        record(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, "old", DAYS_40_AGO));
    plateReads.items.add(
        record(
            DataClass.PLATE_READ,
            StorageLevel.COMMUNE_CENTER,
            "young",
            NOW.minus(29, ChronoUnit.DAYS)));
    // Started 31 local days ago at 23:00 (kept through day 30 after it, due at that midnight).
    plateReads.items.add(
        record(
            DataClass.PLATE_READ,
            StorageLevel.COMMUNE_CENTER,
            "just-due",
            LocalDate.of(2026, 5, 1).atTime(23, 0).atZone(TccTime.ZONE).toInstant()));

    List<PlannedItem> plan = plan();

    assertEquals(
        List.of("just-due", "old"), plan.stream().map(l -> l.record().itemId()).sorted().toList());
    PlannedItem old =
        plan.stream().filter(l -> l.record().itemId().equals("old")).findFirst().orElseThrow();
    assertEquals("PLATE_READ/COMMUNE_CENTER/ANY/v1", old.ruleKey());
    assertEquals(PlannedItemState.DUE, old.state());
    assertEquals("PLANNED", runs.find(1).orElseThrow().state().name());
    assertEquals(2, runs.find(1).orElseThrow().itemsDue());
    assertTrue(audits.stream().anyMatch(a -> a.action().equals("RETENTION_RUN_PLANNED")));
  }

  @Test
  void the_source_is_asked_only_for_items_older_than_the_shortest_period_of_the_class() {
    planner().plan(runs.find(runs.open(PurgeRun.Trigger.MANUAL, "s", NOW, null)).orElseThrow());

    // Plate reads: 30 days at every level: items started before 00:00 on 2 May (local).
    assertEquals(
        LocalDate.of(2026, 5, 2).atStartOfDay(TccTime.ZONE).toInstant(),
        plateReads.askedStartedBefore.get(0));
    // Evidence: 90 days at the commune, 60 at the province: the shorter one bounds the question.
    assertEquals(
        LocalDate.of(2026, 4, 2).atStartOfDay(TccTime.ZONE).toInstant(),
        evidence.askedStartedBefore.get(0));
  }

  @Test
  void a_held_item_is_not_planned() {
    plateReads.items.add(
        record(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, "held", DAYS_40_AGO));
    plateReads.items.add(
        PurgeFakes.onCamera(
            record(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, "free", DAYS_40_AGO),
            "GL-QN-0002"));
    holds.inForce.add(
        new LegalHold(
            1L,
            new HoldScope.OfCamera("GL-QN-0001", DAYS_100_AGO, NOW),
            "supervisor.a",
            "Điều tra tai nạn",
            "QD-12/2026",
            DAYS_40_AGO,
            null,
            null,
            null,
            null));

    assertEquals(List.of("free"), plan().stream().map(l -> l.record().itemId()).toList());
  }

  @Test
  void longest_wins_evidence_of_an_open_case_stays_and_of_a_closed_case_counts_from_closure() {
    RetainedRecord base =
        record(DataClass.VIOLATION_EVIDENCE, StorageLevel.PROVINCIAL_CENTER, "x", DAYS_100_AGO);
    evidence.items.add(
        PurgeFakes.withCases(base, "open", List.of(CaseLink.open("VP-2026-0000001"))));
    evidence.items.add(
        PurgeFakes.withCases(
            base,
            "closed-recently",
            List.of(CaseLink.closed("VP-2026-0000002", NOW.minus(10, ChronoUnit.DAYS)))));
    evidence.items.add(
        PurgeFakes.withCases(
            base,
            "closed-long-ago",
            List.of(CaseLink.closed("VP-2026-0000003", NOW.minus(70, ChronoUnit.DAYS)))));

    assertEquals(
        List.of("closed-long-ago"), plan().stream().map(l -> l.record().itemId()).toList());
  }

  @Test
  void commune_data_that_ends_in_review_is_planned_for_review_not_deletion() {
    evidence.items.add(
        record(DataClass.VIOLATION_EVIDENCE, StorageLevel.COMMUNE_CENTER, "commune", DAYS_100_AGO));
    evidence.items.add(
        record(
            DataClass.VIOLATION_EVIDENCE,
            StorageLevel.PROVINCIAL_CENTER,
            "province",
            DAYS_100_AGO));

    List<PlannedItem> plan = plan();

    assertEquals(2, plan.size());
    PlannedItem commune =
        plan.stream().filter(l -> l.record().itemId().equals("commune")).findFirst().orElseThrow();
    assertEquals(PlannedItemState.REVIEW_DUE, commune.state());
    assertEquals(EndAction.REVIEW_AND_TRANSFER, commune.endAction());
    assertEquals(1, runs.find(1).orElseThrow().itemsDue(), "only the province's item is deleted");
    assertEquals(1, runs.find(1).orElseThrow().itemsReview());
  }

  @Test
  void commune_data_due_for_review_enters_its_communes_queue_once_however_many_plans_find_it() {
    evidence.items.add(
        record(DataClass.VIOLATION_EVIDENCE, StorageLevel.COMMUNE_CENTER, "clip", DAYS_100_AGO));

    plan();
    plan();

    assertEquals(1, review.items.size());
    var queued = review.items.values().iterator().next();
    assertEquals("clip", queued.itemId());
    assertEquals("GL.QUY_NHON", queued.jurisdiction().value());
    assertEquals(ReviewState.WAITING, queued.state());
    assertTrue(queued.expiresAt().isAfter(NOW.plus(29, ChronoUnit.DAYS)), "a month to decide");
    assertTrue(
        review.locations.containsKey("COMMUNE:GL.QUY_NHON"), "the commune's center is a place");
  }

  @Test
  void an_item_its_commune_sent_up_is_kept_under_the_provincial_policy() {
    // 100 days old: due for review at the commune (90 days), deleted at the province after 60.
    evidence.items.add(
        record(DataClass.VIOLATION_EVIDENCE, StorageLevel.COMMUNE_CENTER, "sent", DAYS_100_AGO));
    plan();
    long id = review.items.keySet().iterator().next();
    review.recordDecision(
        review
            .item(id)
            .transferBy(Fakes.user("officer", "officer", "GL.QUY_NHON"), 1, "tai nạn", NOW));

    List<PlannedItem> plan = plan();

    assertEquals(1, plan.size());
    PlannedItem line = plan.get(0);
    assertEquals(StorageLevel.PROVINCIAL_CENTER, line.record().level());
    assertEquals(PlannedItemState.DUE, line.state());
    assertEquals("VIOLATION_EVIDENCE/PROVINCIAL_CENTER/ANY/v1", line.ruleKey());

    evidence.items.set(
        0,
        record(
            DataClass.VIOLATION_EVIDENCE,
            StorageLevel.COMMUNE_CENTER,
            "sent",
            NOW.minus(50, ChronoUnit.DAYS)));
    assertTrue(plan().isEmpty(), "younger than the province's 60 days: kept");
  }

  @Test
  void an_item_not_chosen_is_planned_for_deletion_by_the_same_rule() {
    evidence.items.add(
        record(DataClass.VIOLATION_EVIDENCE, StorageLevel.COMMUNE_CENTER, "let-go", DAYS_100_AGO));
    plan();
    long id = review.items.keySet().iterator().next();
    review.recordDecision(
        review
            .item(id)
            .releaseBy(Fakes.user("officer", "officer", "GL.QUY_NHON"), "không liên quan", NOW));

    List<PlannedItem> plan = plan();

    assertEquals(1, plan.size());
    assertEquals(PlannedItemState.DUE, plan.get(0).state());
    assertEquals(EndAction.DELETE, plan.get(0).endAction());
    assertEquals("VIOLATION_EVIDENCE/COMMUNE_CENTER/ANY/v1", plan.get(0).ruleKey());
  }

  @Test
  void an_item_left_waiting_past_its_grace_period_expires_and_is_planned_for_deletion() {
    Instant longAgo = NOW.minus(40, ChronoUnit.DAYS);
    review.waiting(DataClass.VIOLATION_EVIDENCE, "forgotten", "GL.QUY_NHON", null, longAgo);
    evidence.items.add(
        record(
            DataClass.VIOLATION_EVIDENCE, StorageLevel.COMMUNE_CENTER, "forgotten", DAYS_100_AGO));

    List<PlannedItem> plan = plan();

    assertEquals(ReviewState.EXPIRED, review.item(1).state());
    assertEquals("system:retention", review.item(1).decidedBy());
    assertEquals(PlannedItemState.DUE, plan.get(0).state());
    assertTrue(audits.stream().anyMatch(a -> a.action().equals("RETENTION_REVIEW_EXPIRED")));
  }

  @Test
  void a_plan_of_many_pages_lists_every_due_item_once() {
    for (int i = 0; i < 2 * PurgePlanner.PAGE + 7; i++) {
      plateReads.items.add(
          record(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, "r" + i, DAYS_40_AGO));
    }
    List<PlannedItem> plan = plan();
    assertEquals(2 * PurgePlanner.PAGE + 7, plan.size());
    assertEquals(plan.size(), plan.stream().map(l -> l.record().itemId()).distinct().count());
    assertEquals(3, plateReads.askedStartedBefore.size(), "three pages");
  }

  static RetainedRecord record(DataClass c, StorageLevel l, String id, Instant start) {
    return PurgeFakes.record(c, l, id, start);
  }
}
