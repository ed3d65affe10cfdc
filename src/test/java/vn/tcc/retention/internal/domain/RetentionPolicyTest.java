package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.retention.api.DataClass.AUDIT_TRAIL;
import static vn.tcc.retention.api.DataClass.VIOLATION_EVIDENCE;
import static vn.tcc.retention.api.DataClass.VMS_RECORDING;
import static vn.tcc.retention.api.StorageLevel.COMMUNE_CENTER;
import static vn.tcc.retention.api.StorageLevel.PROVINCIAL_CENTER;
import static vn.tcc.retention.internal.domain.Retention.BASIS;
import static vn.tcc.retention.internal.domain.Retention.JAN_1_2026;
import static vn.tcc.retention.internal.domain.Retention.policy;
import static vn.tcc.retention.internal.domain.Retention.refused;
import static vn.tcc.retention.internal.domain.RetentionRuleException.INVALID;

import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  @Test
  void review_and_transfer_is_refused_at_the_provincial_center() {
    refused(
        INVALID,
        "retention.policy.reviewOnlyAtCommune",
        () ->
            policy(
                VIOLATION_EVIDENCE,
                PROVINCIAL_CENTER,
                null,
                Period.ofYears(5),
                EndAction.REVIEW_AND_TRANSFER,
                JAN_1_2026,
                1));
  }

  @Test
  void review_and_transfer_is_allowed_at_a_commune_center() {
    RetentionPolicy commune =
        policy(
            VIOLATION_EVIDENCE,
            COMMUNE_CENTER,
            null,
            Period.ofDays(90),
            EndAction.REVIEW_AND_TRANSFER,
            JAN_1_2026,
            1);

    assertEquals(EndAction.REVIEW_AND_TRANSFER, commune.endAction());
  }

  @Test
  void a_zero_or_negative_period_is_refused() {
    refused(
        INVALID,
        "retention.policy.periodNotPositive",
        () -> policy(VMS_RECORDING, COMMUNE_CENTER, Period.ZERO, JAN_1_2026, 1));
    refused(
        INVALID,
        "retention.policy.periodNotPositive",
        () -> policy(VMS_RECORDING, COMMUNE_CENTER, Period.of(1, 0, -1), JAN_1_2026, 1));
  }

  @Test
  void the_audit_trail_is_never_kept_under_five_years() {
    refused(
        INVALID,
        "retention.policy.auditTrailFloor",
        () -> policy(AUDIT_TRAIL, PROVINCIAL_CENTER, Period.of(4, 11, 30), JAN_1_2026, 1));
  }

  @Test
  void the_audit_trail_floor_counts_whole_months_so_days_cannot_stand_in_for_years() {
    refused(
        INVALID,
        "retention.policy.auditTrailFloor",
        () -> policy(AUDIT_TRAIL, PROVINCIAL_CENTER, Period.ofDays(1_830), JAN_1_2026, 1));
  }

  @Test
  void the_audit_trail_may_be_kept_exactly_five_years() {
    RetentionPolicy fiveYears =
        policy(AUDIT_TRAIL, PROVINCIAL_CENTER, Period.ofYears(5), JAN_1_2026, 1);

    assertEquals(Period.ofYears(5), fiveYears.period());
  }

  @Test
  void a_policy_without_a_legal_basis_is_refused() {
    refused(
        INVALID,
        "retention.policy.legalBasisRequired",
        () ->
            new RetentionPolicy(
                VMS_RECORDING,
                COMMUNE_CENTER,
                null,
                Period.ofDays(30),
                EndAction.DELETE,
                " ",
                JAN_1_2026,
                1,
                "why",
                "admin.a"));
  }

  @Test
  void a_policy_without_a_reason_is_refused() {
    refused(
        INVALID,
        "retention.policy.reasonRequired",
        () ->
            new RetentionPolicy(
                VMS_RECORDING,
                COMMUNE_CENTER,
                null,
                Period.ofDays(30),
                EndAction.DELETE,
                BASIS,
                JAN_1_2026,
                1,
                "",
                "admin.a"));
  }

  @Test
  void a_policy_with_no_owner_type_is_for_any_owner() {
    assertTrue(
        policy(VMS_RECORDING, COMMUNE_CENTER, Period.ofDays(30), JAN_1_2026, 1).isForAnyOwner());
  }
}
