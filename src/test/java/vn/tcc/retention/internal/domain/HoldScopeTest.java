package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.retention.internal.domain.Retention.local;
import static vn.tcc.retention.internal.domain.Retention.refused;
import static vn.tcc.retention.internal.domain.RetentionRuleException.INVALID;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

class HoldScopeTest {
  private static final HoldScope.OfCamera TEN_TO_ELEVEN =
      new HoldScope.OfCamera("GL-CAM-0042", local("2026-04-10T10:00"), local("2026-04-10T11:00"));

  private static RetainedItem footage(String camera, String from, String to) {
    return RetainedItem.of(
            DataClass.VMS_RECORDING, StorageLevel.COMMUNE_CENTER, OwnerType.POLICE, local(to))
        .withCapture(camera, local(from), local(to));
  }

  @Test
  void footage_overlapping_the_held_range_by_an_instant_is_held() {
    assertTrue(
        TEN_TO_ELEVEN.reaches(footage("GL-CAM-0042", "2026-04-10T09:30", "2026-04-10T10:00")));
    assertTrue(
        TEN_TO_ELEVEN.reaches(footage("GL-CAM-0042", "2026-04-10T11:00", "2026-04-10T11:30")));
  }

  @Test
  void footage_just_outside_the_held_range_is_not_held() {
    assertFalse(
        TEN_TO_ELEVEN.reaches(footage("GL-CAM-0042", "2026-04-10T09:00", "2026-04-10T09:59:59")));
    assertFalse(
        TEN_TO_ELEVEN.reaches(footage("GL-CAM-0042", "2026-04-10T11:00:01", "2026-04-10T12:00")));
  }

  @Test
  void footage_of_another_camera_is_not_held() {
    assertFalse(
        TEN_TO_ELEVEN.reaches(footage("GL-CAM-0043", "2026-04-10T10:15", "2026-04-10T10:20")));
  }

  @Test
  void data_that_shows_no_time_of_a_camera_is_not_held_by_a_camera_hold() {
    RetainedItem ownerAnswer =
        RetainedItem.of(
            DataClass.OWNER_IDENTITY,
            StorageLevel.PROVINCIAL_CENTER,
            OwnerType.POLICE,
            local("2026-04-10T10:30"));

    assertFalse(TEN_TO_ELEVEN.reaches(ownerAnswer));
  }

  @Test
  void a_camera_range_that_ends_before_it_starts_is_refused() {
    Instant ten = local("2026-04-10T10:00");

    refused(
        INVALID,
        "retention.hold.timeRangeInvalid",
        () -> new HoldScope.OfCamera("GL-CAM-0042", ten, ten.minusSeconds(1)));
  }

  @Test
  void a_case_hold_reaches_an_item_of_any_of_its_cases() {
    RetainedItem evidence =
        RetainedItem.of(
                DataClass.VIOLATION_EVIDENCE,
                StorageLevel.PROVINCIAL_CENTER,
                OwnerType.POLICE,
                local("2026-04-10T10:30"))
            .withCase(CaseLink.open("VP-2026-000001"))
            .withCase(CaseLink.open("VP-2026-000002"));

    assertTrue(new HoldScope.OfCase("VP-2026-000002").reaches(evidence));
    assertFalse(new HoldScope.OfCase("VP-2026-000003").reaches(evidence));
  }

  @Test
  void an_agreement_hold_reaches_what_was_received_under_that_agreement_only() {
    RetainedItem shared =
        RetainedItem.of(
                DataClass.SHARED_CAMERA_DATA,
                StorageLevel.COMMUNE_CENTER,
                OwnerType.ORGANIZATION,
                local("2026-04-10T10:30"))
            .withAgreement("TT-2026-007", Period.ofDays(7));

    assertTrue(new HoldScope.OfAgreement("TT-2026-007").reaches(shared));
    assertFalse(new HoldScope.OfAgreement("TT-2026-008").reaches(shared));
  }
}
