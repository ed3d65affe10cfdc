package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

class ReviewItemTest {
  static final Instant QUEUED =
      LocalDate.of(2026, 3, 1).atTime(2, 0).atZone(TccTime.ZONE).toInstant();
  static final Instant LATER = QUEUED.plusSeconds(3600);

  static Caller user(String role, String jurisdiction) {
    return new Caller(
        role + "-" + jurisdiction,
        role,
        Caller.Kind.USER,
        Set.of(role),
        new JurisdictionCode(jurisdiction));
  }

  static ReviewItem waiting() {
    return new ReviewItem(
        7L,
        DataClass.VIOLATION_EVIDENCE,
        "ab".repeat(32),
        new JurisdictionCode("GL.QUY_NHON"),
        "GL-QN-0001",
        QUEUED,
        QUEUED,
        QUEUED,
        2048,
        "ab".repeat(32),
        "clip",
        "VIOLATION_EVIDENCE/COMMUNE_CENTER/ANY/v1",
        QUEUED,
        ReviewItem.expiryOf(QUEUED),
        ReviewState.WAITING,
        null,
        null,
        null,
        null);
  }

  @Test
  void an_officer_of_the_commune_transfers_a_waiting_item_with_his_name_and_reason() {
    ReviewItem sent =
        waiting().transferBy(user(Role.OFFICER, "GL.QUY_NHON"), 3, "Vụ tai nạn", LATER);

    assertEquals(ReviewState.TRANSFERRED, sent.state());
    assertEquals(3L, sent.transferId());
    assertEquals("officer-GL.QUY_NHON", sent.decidedBy());
    assertEquals(LATER, sent.decidedAt());
    assertEquals("Vụ tai nạn", sent.decisionReason());
  }

  @Test
  void province_staff_cover_every_commune_and_may_decide_too() {
    assertEquals(
        ReviewState.EXPIRED,
        waiting().releaseBy(user(Role.SUPERVISOR, "GL"), "không cần", LATER).state());
  }

  @Test
  void another_communes_officer_may_not_decide() {
    RetentionRuleException refused =
        assertThrows(
            RetentionRuleException.class,
            () -> waiting().transferBy(user(Role.OFFICER, "GL.PLEIKU"), 3, "x", LATER));
    assertEquals(403, refused.status());
    assertEquals("retention.review.otherCommune", refused.messageKey());
  }

  @Test
  void administrators_auditors_and_coordinators_watch_but_do_not_decide() {
    for (String role : new String[] {Role.ADMIN, Role.AUDITOR, Role.COORDINATOR}) {
      RetentionRuleException refused =
          assertThrows(
              RetentionRuleException.class,
              () -> waiting().releaseBy(user(role, "GL"), "x", LATER),
              role);
      assertEquals("retention.review.roleNotAllowed", refused.messageKey());
    }
  }

  @Test
  void a_decision_stands_a_transferred_item_is_not_released_nor_sent_twice() {
    Caller officer = user(Role.OFFICER, "GL.QUY_NHON");
    ReviewItem sent = waiting().transferBy(officer, 3, "x", LATER);

    RetentionRuleException twice =
        assertThrows(RetentionRuleException.class, () -> sent.transferBy(officer, 4, "y", LATER));
    assertEquals(409, twice.status());
    assertThrows(RetentionRuleException.class, () -> sent.releaseBy(officer, "y", LATER));
    ReviewItem released = waiting().releaseBy(officer, "không liên quan", LATER);
    assertThrows(RetentionRuleException.class, () -> released.transferBy(officer, 4, "y", LATER));
  }

  @Test
  void an_item_expires_on_its_own_only_after_its_grace_period() {
    // Queued at 02:00 on 1 March: 30 days kept through 31 March, expires at 00:00 on 1 April.
    Instant expiry = LocalDate.of(2026, 4, 1).atStartOfDay(TccTime.ZONE).toInstant();
    assertEquals(expiry, waiting().expiresAt());

    assertThrows(
        IllegalStateException.class,
        () -> waiting().expireBySchedule("system:retention", expiry.minusSeconds(1)));
    ReviewItem expired = waiting().expireBySchedule("system:retention", expiry);
    assertEquals(ReviewState.EXPIRED, expired.state());
    assertEquals("system:retention", expired.decidedBy());
  }

  @Test
  void the_due_instant_is_the_midnight_after_the_last_kept_day() {
    assertEquals(
        LocalDate.of(2026, 6, 1).atStartOfDay(TccTime.ZONE).toInstant(),
        ReviewItem.dueAfter(LocalDate.of(2026, 5, 31), LATER));
    assertEquals(LATER, ReviewItem.dueAfter(null, LATER));
  }
}
