package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tcc.retention.api.DataClass.PLATE_READ;
import static vn.tcc.retention.api.DataClass.VMS_RECORDING;
import static vn.tcc.retention.api.StorageLevel.COMMUNE_CENTER;
import static vn.tcc.retention.api.StorageLevel.PROVINCIAL_CENTER;
import static vn.tcc.retention.internal.domain.Retention.BASIS;
import static vn.tcc.retention.internal.domain.Retention.JAN_1_2026;
import static vn.tcc.retention.internal.domain.Retention.change;
import static vn.tcc.retention.internal.domain.Retention.day;
import static vn.tcc.retention.internal.domain.Retention.policy;
import static vn.tcc.retention.internal.domain.Retention.refused;
import static vn.tcc.retention.internal.domain.RetentionRuleException.CONFLICT;
import static vn.tcc.retention.internal.domain.RetentionRuleException.INVALID;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;

class PolicyBookTest {
  private static final RetentionPolicy FOOTAGE_30_DAYS =
      policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(30), JAN_1_2026, 1);
  private static final RetentionPolicy FOOTAGE_14_DAYS_FROM_JULY =
      policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(14), day("2026-07-01"), 2);
  private static final PolicyBook BOOK =
      PolicyBook.of(List.of(FOOTAGE_14_DAYS_FROM_JULY, FOOTAGE_30_DAYS));

  @Test
  void the_version_in_force_is_the_latest_that_has_taken_effect() {
    assertEquals(
        Optional.of(FOOTAGE_30_DAYS),
        BOOK.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2026-06-30")));
    assertEquals(
        Optional.of(FOOTAGE_14_DAYS_FROM_JULY),
        BOOK.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2026-07-01")));
  }

  @Test
  void before_the_first_version_no_policy_is_in_force() {
    assertEquals(
        Optional.empty(),
        BOOK.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2025-12-31")));
  }

  @Test
  void a_policy_is_for_its_own_level_only() {
    assertEquals(
        Optional.empty(),
        BOOK.inForce(VMS_RECORDING, PROVINCIAL_CENTER, OwnerType.POLICE, day("2026-03-01")));
  }

  @Test
  void an_owner_types_own_policy_replaces_the_any_owner_policy_from_its_first_day() {
    RetentionPolicy households =
        policy(
            VMS_RECORDING,
            COMMUNE_CENTER,
            OwnerType.HOUSEHOLD,
            Period.ofDays(7),
            EndAction.DELETE,
            day("2026-03-01"),
            1);
    PolicyBook book = PolicyBook.of(List.of(FOOTAGE_30_DAYS, households));

    assertEquals(
        Optional.of(FOOTAGE_30_DAYS),
        book.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.HOUSEHOLD, day("2026-02-28")));
    assertEquals(
        Optional.of(households),
        book.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.HOUSEHOLD, day("2026-03-01")));
    assertEquals(
        Optional.of(FOOTAGE_30_DAYS),
        book.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2026-03-01")));
  }

  @Test
  void data_of_no_owner_finds_the_any_owner_policy() {
    assertEquals(
        Optional.of(FOOTAGE_30_DAYS),
        BOOK.inForce(VMS_RECORDING, COMMUNE_CENTER, null, day("2026-03-01")));
  }

  @Test
  void an_item_is_reached_by_the_version_of_its_start_day_and_every_later_one_in_force_today() {
    List<RetentionPolicy> reaching =
        BOOK.versionsReaching(
            VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2026-06-20"), day("2026-07-02"));

    assertEquals(List.of(FOOTAGE_30_DAYS, FOOTAGE_14_DAYS_FROM_JULY), reaching);
  }

  @Test
  void a_version_not_yet_in_force_today_reaches_nothing() {
    List<RetentionPolicy> reaching =
        BOOK.versionsReaching(
            VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, day("2026-06-20"), day("2026-06-30"));

    assertEquals(List.of(FOOTAGE_30_DAYS), reaching);
  }

  @Test
  void a_change_becomes_the_next_version_of_its_policy() {
    LocalDate today = day("2026-08-01");

    RetentionPolicy admitted =
        BOOK.admit(change(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(21), today), today);

    assertEquals(3, admitted.version());
    assertEquals(Period.ofDays(21), admitted.period());
  }

  @Test
  void the_first_change_of_a_policy_is_version_1() {
    LocalDate today = day("2026-08-01");

    RetentionPolicy admitted =
        BOOK.admit(change(PLATE_READ, COMMUNE_CENTER, Period.ofDays(30), today), today);

    assertEquals(1, admitted.version());
  }

  @Test
  void a_change_effective_yesterday_is_refused() {
    LocalDate today = day("2026-08-01");

    refused(
        INVALID,
        "retention.policy.effectiveInPast",
        () ->
            BOOK.admit(
                change(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(21), today.minusDays(1)),
                today));
  }

  @Test
  void a_change_without_a_reason_is_refused() {
    LocalDate today = day("2026-08-01");
    PolicyChange noReason =
        new PolicyChange(
            VMS_RECORDING,
            COMMUNE_CENTER,
            null,
            Period.ofDays(21),
            EndAction.DELETE,
            BASIS,
            today,
            "  ",
            "admin.a");

    refused(INVALID, "retention.policy.reasonRequired", () -> BOOK.admit(noReason, today));
  }

  @Test
  void a_change_without_a_legal_basis_is_refused() {
    LocalDate today = day("2026-08-01");
    PolicyChange noBasis =
        new PolicyChange(
            VMS_RECORDING,
            COMMUNE_CENTER,
            null,
            Period.ofDays(21),
            EndAction.DELETE,
            null,
            today,
            "Rút ngắn",
            "admin.a");

    refused(INVALID, "retention.policy.legalBasisRequired", () -> BOOK.admit(noBasis, today));
  }

  @Test
  void a_second_version_starting_the_same_day_is_refused() {
    refused(
        CONFLICT,
        "retention.policy.sameDay",
        () ->
            BOOK.admit(
                change(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(21), day("2026-07-01")),
                day("2026-06-15")));
  }

  @Test
  void a_stored_history_with_two_versions_on_one_day_is_refused() {
    RetentionPolicy sameDay =
        policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(60), JAN_1_2026, 2);

    refused(
        CONFLICT,
        "retention.policy.sameDay",
        () -> PolicyBook.of(List.of(FOOTAGE_30_DAYS, sameDay)));
  }

  @Test
  void an_admitted_version_added_to_the_book_is_in_force_from_its_day() {
    LocalDate today = day("2026-08-01");
    RetentionPolicy admitted =
        BOOK.admit(change(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(21), today), today);

    PolicyBook changed = BOOK.with(admitted);

    assertEquals(
        Optional.of(admitted),
        changed.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, today));
    assertEquals(
        Optional.of(FOOTAGE_14_DAYS_FROM_JULY),
        BOOK.inForce(VMS_RECORDING, COMMUNE_CENTER, OwnerType.POLICE, today));
  }
}
