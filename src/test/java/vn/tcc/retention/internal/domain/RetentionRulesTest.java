package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.retention.api.DataClass.AUDIT_TRAIL;
import static vn.tcc.retention.api.DataClass.CLOSED_CASE;
import static vn.tcc.retention.api.DataClass.FALSE_DETECTION;
import static vn.tcc.retention.api.DataClass.SHARED_CAMERA_DATA;
import static vn.tcc.retention.api.DataClass.VIOLATION_EVIDENCE;
import static vn.tcc.retention.api.DataClass.VMS_RECORDING;
import static vn.tcc.retention.api.StorageLevel.COMMUNE_CENTER;
import static vn.tcc.retention.api.StorageLevel.PROVINCIAL_CENTER;
import static vn.tcc.retention.internal.domain.Retention.JAN_1_2026;
import static vn.tcc.retention.internal.domain.Retention.change;
import static vn.tcc.retention.internal.domain.Retention.day;
import static vn.tcc.retention.internal.domain.Retention.local;
import static vn.tcc.retention.internal.domain.Retention.officer;
import static vn.tcc.retention.internal.domain.Retention.policy;
import static vn.tcc.retention.internal.domain.Retention.supervisor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.RetentionReason.ByAgreement;
import vn.tcc.retention.internal.domain.RetentionReason.ByCase;
import vn.tcc.retention.internal.domain.RetentionReason.ByHold;
import vn.tcc.retention.internal.domain.RetentionReason.ByPolicy;
import vn.tcc.retention.internal.domain.RetentionReason.NoPolicy;

class RetentionRulesTest {
  private static final String CAMERA = "GL-CAM-0042";
  private static final String CASE_NUMBER = "VP-2026-000123";

  private static final RetentionPolicy FOOTAGE_30_DAYS =
      policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(30), JAN_1_2026, 1);
  private static final RetentionPolicy COMMUNE_EVIDENCE_90_DAYS =
      policy(
          VIOLATION_EVIDENCE,
          COMMUNE_CENTER,
          null,
          Period.ofDays(90),
          EndAction.REVIEW_AND_TRANSFER,
          JAN_1_2026,
          1);
  private static final RetentionPolicy PROVINCE_EVIDENCE_5_YEARS =
      policy(VIOLATION_EVIDENCE, PROVINCIAL_CENTER, Period.ofYears(5), JAN_1_2026, 1);
  private static final RetentionPolicy COMMUNE_CLOSED_CASE_90_DAYS =
      policy(
          CLOSED_CASE,
          COMMUNE_CENTER,
          null,
          Period.ofDays(90),
          EndAction.REVIEW_AND_TRANSFER,
          JAN_1_2026,
          1);
  private static final RetentionPolicy PROVINCE_CLOSED_CASE_5_YEARS =
      policy(CLOSED_CASE, PROVINCIAL_CENTER, Period.ofYears(5), JAN_1_2026, 1);
  private static final RetentionPolicy OWNER_ANSWERS_1_YEAR =
      policy(DataClass.OWNER_IDENTITY, PROVINCIAL_CENTER, Period.ofYears(1), JAN_1_2026, 1);
  private static final RetentionPolicy FALSE_DETECTIONS_1_YEAR =
      policy(FALSE_DETECTION, PROVINCIAL_CENTER, Period.ofYears(1), JAN_1_2026, 1);
  private static final RetentionPolicy SHARED_30_DAYS =
      policy(SHARED_CAMERA_DATA, COMMUNE_CENTER, Period.ofDays(30), JAN_1_2026, 1);

  private static final PolicyBook BOOK =
      PolicyBook.of(
          List.of(
              FOOTAGE_30_DAYS,
              COMMUNE_EVIDENCE_90_DAYS,
              PROVINCE_EVIDENCE_5_YEARS,
              COMMUNE_CLOSED_CASE_90_DAYS,
              PROVINCE_CLOSED_CASE_5_YEARS,
              OWNER_ANSWERS_1_YEAR,
              FALSE_DETECTIONS_1_YEAR,
              SHARED_30_DAYS));

  /** Footage of {@link #CAMERA} at a commune center, recorded for a minute ending {@code end}. */
  private static RetainedItem footage(String end) {
    Instant to = local(end);
    return RetainedItem.of(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, to)
        .withCapture(CAMERA, to.minusSeconds(60), to);
  }

  private static RetainedItem evidence(StorageLevel level, String capturedAt) {
    Instant at = local(capturedAt);
    return RetainedItem.of(VIOLATION_EVIDENCE, level, OwnerType.POLICE, at)
        .withCapture(CAMERA, at, at);
  }

  private static LegalHold cameraHold(LocalDate heldThrough) {
    return LegalHold.place(
            new HoldScope.OfCamera(CAMERA, local("2026-03-01T00:00"), local("2026-03-01T23:59")),
            officer("an.nguyen"),
            "Tai nạn giao thông đang điều tra",
            "QĐ 12/QĐ-CSĐT",
            heldThrough,
            local("2026-03-05T08:00"))
        .withId(1);
  }

  private static RetentionDecision decide(RetainedItem item, List<LegalHold> holds, String now) {
    return RetentionRules.keepUntil(item, BOOK, holds, local(now));
  }

  @Test
  void footage_is_kept_through_the_last_day_of_its_policy_and_falls_due_at_local_midnight() {
    RetentionDecision decision = decide(footage("2026-03-01T10:00"), List.of(), "2026-03-15T09:00");

    assertEquals(new KeepUntil.Through(day("2026-03-31")), decision.keepUntil());
    assertEquals(new ByPolicy(FOOTAGE_30_DAYS), decision.reason());
    assertEquals(EndAction.DELETE, decision.endAction());
    assertFalse(decision.isDueAt(local("2026-03-31T23:59:59")));
    assertTrue(decision.isDueAt(local("2026-04-01T00:00")));
  }

  @Test
  void footage_recorded_at_local_midnight_is_kept_a_day_longer_than_footage_of_23_59() {
    RetentionDecision at2359 = decide(footage("2026-03-01T23:59"), List.of(), "2026-03-15T09:00");
    RetentionDecision atMidnight =
        decide(footage("2026-03-02T00:00"), List.of(), "2026-03-15T09:00");

    assertEquals(new KeepUntil.Through(day("2026-03-31")), at2359.keepUntil());
    assertEquals(new KeepUntil.Through(day("2026-04-01")), atMidnight.keepUntil());
  }

  @Test
  void a_hold_longer_than_the_policy_keeps_the_item_and_is_named() {
    LegalHold hold = cameraHold(day("2026-06-30"));

    RetentionDecision decision =
        decide(footage("2026-03-01T10:00"), List.of(hold), "2026-04-15T09:00");

    assertEquals(new KeepUntil.Through(day("2026-06-30")), decision.keepUntil());
    assertEquals(new ByHold(hold), decision.reason());
    assertFalse(decision.isDueAt(local("2026-04-15T09:00")));
  }

  @Test
  void a_hold_shorter_than_the_policy_changes_nothing() {
    RetentionDecision decision =
        decide(
            footage("2026-03-01T10:00"),
            List.of(cameraHold(day("2026-03-10"))),
            "2026-03-15T09:00");

    assertEquals(new KeepUntil.Through(day("2026-03-31")), decision.keepUntil());
    assertEquals(new ByPolicy(FOOTAGE_30_DAYS), decision.reason());
  }

  @Test
  void on_equal_days_the_hold_is_named_rather_than_the_policy() {
    LegalHold hold = cameraHold(day("2026-03-31"));

    RetentionDecision decision =
        decide(footage("2026-03-01T10:00"), List.of(hold), "2026-03-15T09:00");

    assertEquals(new ByHold(hold), decision.reason());
  }

  @Test
  void a_hold_with_no_end_keeps_the_item_indefinitely() {
    RetentionDecision decision =
        decide(footage("2026-03-01T10:00"), List.of(cameraHold(null)), "2026-04-15T09:00");

    assertEquals(new KeepUntil.Indefinitely(), decision.keepUntil());
    assertFalse(decision.isDueAt(local("2099-12-31T23:59")));
  }

  @Test
  void a_lifted_hold_no_longer_keeps_the_item() {
    LegalHold lifted =
        cameraHold(null)
            .lift(supervisor("binh.tran"), "Đã khởi tố xong", local("2026-03-20T10:00"));

    RetentionDecision decision =
        decide(footage("2026-03-01T10:00"), List.of(lifted), "2026-04-02T09:00");

    assertEquals(new ByPolicy(FOOTAGE_30_DAYS), decision.reason());
    assertTrue(decision.isDueAt(local("2026-04-02T09:00")));
  }

  @Test
  void a_hold_of_another_camera_does_not_keep_the_item() {
    LegalHold otherCamera =
        LegalHold.place(
            new HoldScope.OfCamera(
                "GL-CAM-0099", local("2026-03-01T00:00"), local("2026-03-02T00:00")),
            officer("an.nguyen"),
            "Điều tra",
            "QĐ 13",
            null,
            local("2026-03-05T08:00"));

    RetentionDecision decision =
        decide(footage("2026-03-01T10:00"), List.of(otherCamera), "2026-03-15T09:00");

    assertEquals(new ByPolicy(FOOTAGE_30_DAYS), decision.reason());
  }

  @Test
  void evidence_of_an_open_case_is_kept_until_the_case_closes() {
    RetainedItem item =
        evidence(COMMUNE_CENTER, "2026-03-01T10:00").withCase(CaseLink.open(CASE_NUMBER));

    RetentionDecision decision = decide(item, List.of(), "2027-03-01T09:00");

    assertEquals(new KeepUntil.UntilCaseClosed(CASE_NUMBER), decision.keepUntil());
    assertEquals(
        new ByCase(CASE_NUMBER, CaseLink.Standing.OPEN, COMMUNE_EVIDENCE_90_DAYS),
        decision.reason());
    assertFalse(decision.isDueAt(local("2027-03-01T09:00")));
  }

  @Test
  void evidence_of_a_case_under_appeal_outlasts_a_hold_with_an_end_day() {
    LegalHold hold = cameraHold(day("2030-12-31"));
    RetainedItem item =
        evidence(PROVINCIAL_CENTER, "2026-03-01T10:00").withCase(CaseLink.underAppeal(CASE_NUMBER));

    RetentionDecision decision = decide(item, List.of(hold), "2026-04-01T09:00");

    assertEquals(new KeepUntil.UntilCaseClosed(CASE_NUMBER), decision.keepUntil());
    assertEquals(3, decision.claims().size());
  }

  @Test
  void evidence_of_a_closed_case_is_kept_its_own_period_counted_again_from_the_closure() {
    // Evidence alone would be due after 29 May (90 days from capture); the case closed on 20 May.
    RetainedItem item =
        evidence(COMMUNE_CENTER, "2026-03-01T10:00")
            .withCase(CaseLink.closed(CASE_NUMBER, local("2026-05-20T16:00")));

    RetentionDecision decision = decide(item, List.of(), "2026-06-01T09:00");

    assertEquals(new KeepUntil.Through(day("2026-08-18")), decision.keepUntil());
    assertEquals(
        new ByCase(CASE_NUMBER, CaseLink.Standing.CLOSED, COMMUNE_EVIDENCE_90_DAYS),
        decision.reason());
    assertEquals(EndAction.REVIEW_AND_TRANSFER, decision.endAction());
  }

  @Test
  void an_owners_identity_of_a_closed_case_is_kept_its_own_year_not_the_case_files_five() {
    Instant closedAt = local("2026-05-20T16:00");
    RetainedItem answer =
        RetainedItem.of(DataClass.OWNER_IDENTITY, PROVINCIAL_CENTER, OwnerType.POLICE, closedAt)
            .withCase(CaseLink.closed(CASE_NUMBER, closedAt));

    RetentionDecision decision = decide(answer, List.of(), "2026-06-01T09:00");

    assertEquals(new KeepUntil.Through(day("2027-05-20")), decision.keepUntil());
  }

  @Test
  void footage_of_an_open_case_outlives_its_own_thirty_days() {
    RetainedItem item = footage("2026-03-01T10:00").withCase(CaseLink.open(CASE_NUMBER));

    RetentionDecision decision = decide(item, List.of(), "2026-06-01T09:00");

    assertEquals(new KeepUntil.UntilCaseClosed(CASE_NUMBER), decision.keepUntil());
    assertEquals(EndAction.DELETE, decision.endAction());
  }

  @Test
  void a_rejected_case_keeps_nothing_so_a_false_detection_follows_its_own_policy() {
    RetainedItem item =
        RetainedItem.of(
                FALSE_DETECTION, PROVINCIAL_CENTER, OwnerType.POLICE, local("2026-03-05T14:00"))
            .withCase(CaseLink.rejected(CASE_NUMBER));

    RetentionDecision decision = decide(item, List.of(), "2026-04-01T09:00");

    assertEquals(new KeepUntil.Through(day("2027-03-05")), decision.keepUntil());
    assertEquals(new ByPolicy(FALSE_DETECTIONS_1_YEAR), decision.reason());
    assertEquals(1, decision.claims().size());
  }

  @Test
  void shared_data_follows_its_agreements_own_period_in_place_of_the_policy() {
    RetainedItem item =
        RetainedItem.of(
                SHARED_CAMERA_DATA, COMMUNE_CENTER, OwnerType.HOUSEHOLD, local("2026-03-01T10:00"))
            .withAgreement("TT-2026-007", Period.ofDays(7));

    RetentionDecision decision = decide(item, List.of(), "2026-03-05T09:00");

    assertEquals(new KeepUntil.Through(day("2026-03-08")), decision.keepUntil());
    assertEquals(new ByAgreement("TT-2026-007", Period.ofDays(7)), decision.reason());
    assertEquals(EndAction.DELETE, decision.endAction());
  }

  @Test
  void shared_data_of_an_agreement_that_sets_no_period_follows_the_policy() {
    RetainedItem item =
        RetainedItem.of(
                SHARED_CAMERA_DATA, COMMUNE_CENTER, OwnerType.HOUSEHOLD, local("2026-03-01T10:00"))
            .withAgreement("TT-2026-008", null);

    RetentionDecision decision = decide(item, List.of(), "2026-03-05T09:00");

    assertEquals(new ByPolicy(SHARED_30_DAYS), decision.reason());
  }

  @Test
  void data_no_policy_covers_is_kept_indefinitely_and_has_no_end_action() {
    RetainedItem entry =
        RetainedItem.of(AUDIT_TRAIL, PROVINCIAL_CENTER, null, local("2026-03-01T10:00"));

    RetentionDecision decision = decide(entry, List.of(), "2040-01-01T00:00");

    assertEquals(new KeepUntil.Indefinitely(), decision.keepUntil());
    assertEquals(new NoPolicy(AUDIT_TRAIL, PROVINCIAL_CENTER, null), decision.reason());
    assertNull(decision.endAction());
  }

  @Test
  void the_end_action_is_the_policys_when_a_hold_keeps_longer() {
    RetentionDecision decision =
        decide(
            evidence(COMMUNE_CENTER, "2026-03-01T10:00"),
            List.of(cameraHold(day("2026-12-31"))),
            "2026-04-01T09:00");

    assertEquals(new KeepUntil.Through(day("2026-12-31")), decision.keepUntil());
    assertEquals(EndAction.REVIEW_AND_TRANSFER, decision.endAction());
  }

  @Test
  void a_shorter_version_does_not_shorten_data_whose_retention_started_before_it() {
    PolicyBook shortened =
        BOOK.with(policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(7), day("2026-03-10"), 2));

    RetentionDecision before =
        RetentionRules.keepUntil(
            footage("2026-03-01T10:00"), shortened, List.of(), local("2026-03-20T09:00"));
    RetentionDecision after =
        RetentionRules.keepUntil(
            footage("2026-03-12T10:00"), shortened, List.of(), local("2026-03-20T09:00"));

    assertEquals(new KeepUntil.Through(day("2026-03-31")), before.keepUntil());
    assertEquals(new KeepUntil.Through(day("2026-03-19")), after.keepUntil());
  }

  @Test
  void a_longer_version_lengthens_data_already_kept_once_it_is_in_force() {
    RetentionPolicy sixtyDays =
        policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(60), day("2026-03-10"), 2);
    PolicyBook lengthened = BOOK.with(sixtyDays);
    RetainedItem item = footage("2026-03-01T10:00");

    RetentionDecision dayBefore =
        RetentionRules.keepUntil(item, lengthened, List.of(), local("2026-03-09T23:59"));
    RetentionDecision firstDay =
        RetentionRules.keepUntil(item, lengthened, List.of(), local("2026-03-10T00:00"));

    assertEquals(new KeepUntil.Through(day("2026-03-31")), dayBefore.keepUntil());
    assertEquals(new KeepUntil.Through(day("2026-04-30")), firstDay.keepUntil());
    assertEquals(new ByPolicy(sixtyDays), firstDay.reason());
  }

  @Test
  void a_policy_change_never_shortens_what_is_already_under_a_hold() {
    LegalHold hold = cameraHold(day("2026-12-31"));
    RetainedItem item = footage("2026-03-01T10:00");
    RetentionDecision before =
        RetentionRules.keepUntil(item, BOOK, List.of(hold), local("2026-04-01T09:00"));
    RetentionPolicy oneDay =
        BOOK.admit(
            change(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(1), day("2026-04-02")),
            day("2026-04-01"));

    RetentionDecision after =
        RetentionRules.keepUntil(item, BOOK.with(oneDay), List.of(hold), local("2026-05-01T09:00"));

    assertEquals(before.keepUntil(), after.keepUntil());
    assertEquals(new KeepUntil.Through(day("2026-12-31")), after.keepUntil());
    assertEquals(new ByHold(hold), after.reason());
    assertFalse(after.isDueAt(local("2026-12-31T23:59:59")));
  }

  @Test
  void the_decision_lists_every_rule_that_reaches_the_item() {
    LegalHold hold = cameraHold(day("2026-06-30"));
    RetainedItem item =
        evidence(PROVINCIAL_CENTER, "2026-03-01T10:00")
            .withCase(CaseLink.closed(CASE_NUMBER, local("2026-03-20T10:00")));

    RetentionDecision decision = decide(item, List.of(hold), "2026-04-01T09:00");

    assertEquals(
        List.of(
            new RetentionClaim(new ByHold(hold), new KeepUntil.Through(day("2026-06-30"))),
            new RetentionClaim(
                new ByCase(CASE_NUMBER, CaseLink.Standing.CLOSED, PROVINCE_EVIDENCE_5_YEARS),
                new KeepUntil.Through(day("2031-03-20"))),
            new RetentionClaim(
                new ByPolicy(PROVINCE_EVIDENCE_5_YEARS), new KeepUntil.Through(day("2031-03-01")))),
        decision.claims());
    assertEquals(new KeepUntil.Through(day("2031-03-20")), decision.keepUntil());
  }
}
