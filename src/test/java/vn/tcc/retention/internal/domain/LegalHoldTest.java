package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.retention.internal.domain.Retention.day;
import static vn.tcc.retention.internal.domain.Retention.local;
import static vn.tcc.retention.internal.domain.Retention.officer;
import static vn.tcc.retention.internal.domain.Retention.refused;
import static vn.tcc.retention.internal.domain.Retention.supervisor;
import static vn.tcc.retention.internal.domain.Retention.user;
import static vn.tcc.retention.internal.domain.RetentionRuleException.CONFLICT;
import static vn.tcc.retention.internal.domain.RetentionRuleException.FORBIDDEN;
import static vn.tcc.retention.internal.domain.RetentionRuleException.INVALID;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class LegalHoldTest {
  private static final Instant PLACED_AT = local("2026-04-10T09:00");
  private static final HoldScope CASE = new HoldScope.OfCase("VP-2026-000123");

  private static LegalHold placedByAn() {
    return LegalHold.place(
            CASE,
            officer("an.nguyen"),
            "Khiếu nại đang giải quyết",
            "QĐ 45/QĐ-CSGT",
            null,
            PLACED_AT)
        .withId(7);
  }

  @Test
  void an_officer_places_a_hold_that_keeps_until_lifted_when_it_names_no_day() {
    LegalHold hold = placedByAn();

    assertEquals("an.nguyen", hold.placedBy());
    assertNull(hold.heldThrough());
    assertEquals(new KeepUntil.Indefinitely(), hold.keepUntil());
  }

  @Test
  void a_hold_with_a_last_day_keeps_through_that_day() {
    LegalHold hold =
        LegalHold.place(
            CASE, supervisor("binh.tran"), "Điều tra", "QĐ 46", day("2026-12-31"), PLACED_AT);

    assertEquals(new KeepUntil.Through(day("2026-12-31")), hold.keepUntil());
  }

  @Test
  void an_administrator_may_not_place_a_hold() {
    refused(
        FORBIDDEN,
        "retention.hold.roleNotAllowed",
        () -> LegalHold.place(CASE, user("admin.a", Role.ADMIN), "x", "QĐ 1", null, PLACED_AT));
  }

  @Test
  void a_hold_ending_before_the_day_it_is_placed_is_refused() {
    refused(
        INVALID,
        "retention.hold.endsInPast",
        () ->
            LegalHold.place(CASE, officer("an.nguyen"), "x", "QĐ 1", day("2026-04-09"), PLACED_AT));
  }

  @Test
  void a_hold_without_a_decision_number_is_refused() {
    refused(
        INVALID,
        "retention.hold.decisionNumberRequired",
        () -> LegalHold.place(CASE, officer("an.nguyen"), "Điều tra", " ", null, PLACED_AT));
  }

  @Test
  void another_supervisor_lifts_a_hold() {
    Instant at = local("2026-05-02T14:00");

    LegalHold lifted = placedByAn().lift(supervisor("binh.tran"), "Đã giải quyết khiếu nại", at);

    assertTrue(lifted.isLifted());
    assertEquals("binh.tran", lifted.liftedBy());
    assertEquals(at, lifted.liftedAt());
    assertEquals(7L, lifted.id());
  }

  @Test
  void the_supervisor_who_placed_a_hold_may_not_lift_it() {
    LegalHold placedBySupervisor =
        LegalHold.place(CASE, supervisor("binh.tran"), "Điều tra", "QĐ 46", null, PLACED_AT);

    refused(
        FORBIDDEN,
        "retention.hold.liftedByPlacer",
        () -> placedBySupervisor.lift(supervisor("binh.tran"), "Xong", local("2026-05-02T14:00")));
  }

  @Test
  void an_officer_may_not_lift_a_hold() {
    refused(
        FORBIDDEN,
        "retention.hold.liftNeedsSupervisor",
        () -> placedByAn().lift(officer("chi.le"), "Xong", local("2026-05-02T14:00")));
  }

  @Test
  void the_system_may_not_lift_a_hold() {
    refused(
        FORBIDDEN,
        "retention.hold.liftNeedsSupervisor",
        () -> placedByAn().lift(Caller.SYSTEM_CALLER, "Hết hạn", local("2026-05-02T14:00")));
  }

  @Test
  void lifting_needs_a_reason() {
    refused(
        INVALID,
        "retention.hold.liftReasonRequired",
        () -> placedByAn().lift(supervisor("binh.tran"), "", local("2026-05-02T14:00")));
  }

  @Test
  void a_hold_is_lifted_once() {
    LegalHold lifted =
        placedByAn().lift(supervisor("binh.tran"), "Xong", local("2026-05-02T14:00"));

    refused(
        CONFLICT,
        "retention.hold.alreadyLifted",
        () -> lifted.lift(supervisor("dung.pham"), "Lại", local("2026-05-03T14:00")));
  }

  @Test
  void a_hold_is_in_force_from_the_day_it_is_placed_until_the_day_it_is_lifted() {
    LegalHold lifted =
        placedByAn().lift(supervisor("binh.tran"), "Xong", local("2026-05-02T14:00"));

    assertFalse(lifted.isInForceOn(day("2026-04-09")));
    assertTrue(lifted.isInForceOn(day("2026-04-10")));
    assertTrue(lifted.isInForceOn(day("2026-05-01")));
    assertFalse(lifted.isInForceOn(day("2026-05-02")));
  }

  @Test
  void a_hold_with_a_last_day_is_not_in_force_the_day_after() {
    LegalHold hold =
        LegalHold.place(
            CASE, officer("an.nguyen"), "Điều tra", "QĐ 46", day("2026-06-30"), PLACED_AT);

    assertTrue(hold.isInForceOn(day("2026-06-30")));
    assertFalse(hold.isInForceOn(day("2026-07-01")));
  }
}
