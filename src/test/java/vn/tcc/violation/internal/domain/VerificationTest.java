package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.violation.internal.domain.Callers.admin;
import static vn.tcc.violation.internal.domain.Callers.officer;
import static vn.tcc.violation.internal.domain.Callers.refused;
import static vn.tcc.violation.internal.domain.Callers.supervisor;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.security.Caller;

class VerificationTest {
  private static final Caller AN = officer("an");
  private static final Caller BAO = officer("bao");
  private static final Caller CUONG = officer("cuong");
  private static final Caller DUNG = supervisor("dung");

  private static final ReviewDecision RED_LIGHT_81A =
      ReviewDecision.confirm("81A-123.45", EventType.RED_LIGHT);

  @Test
  void two_officers_confirming_the_same_plate_however_typed_verify_the_case() {
    Verification verification =
        Verification.start()
            .review(AN, RED_LIGHT_81A)
            .review(BAO, ReviewDecision.confirm("81a 12345", EventType.RED_LIGHT));
    assertEquals(CaseState.VERIFIED, verification.outcome());
    assertEquals(Optional.of("81A12345"), verification.verifiedPlate());
    assertEquals(Optional.of(EventType.RED_LIGHT), verification.verifiedType());
    assertEquals(List.of(), verification.rejectionReasons());
  }

  @Test
  void the_case_stays_in_review_until_the_second_review() {
    Verification once = Verification.start().review(AN, RED_LIGHT_81A);
    assertEquals(CaseState.IN_REVIEW, once.outcome());
    assertEquals(Optional.empty(), once.verifiedPlate());
    assertEquals(Optional.empty(), once.settledDecision());
  }

  @Test
  void two_officers_rejecting_reject_the_case_with_both_reasons() {
    Verification verification =
        Verification.start()
            .review(AN, ReviewDecision.reject("Đèn vàng, không phải đèn đỏ"))
            .review(BAO, ReviewDecision.reject("Xe dừng trước vạch"));
    assertEquals(CaseState.REJECTED, verification.outcome());
    assertEquals(
        List.of("Đèn vàng, không phải đèn đỏ", "Xe dừng trước vạch"),
        verification.rejectionReasons());
    assertEquals(Optional.empty(), verification.verifiedPlate());
  }

  @Test
  void the_same_officer_cannot_give_the_second_review_whatever_the_case_of_his_username() {
    Verification once = Verification.start().review(AN, RED_LIGHT_81A);
    refused(409, "violation.review.sameOfficer", () -> once.review(AN, RED_LIGHT_81A));
    refused(409, "violation.review.sameOfficer", () -> once.review(officer(" An "), RED_LIGHT_81A));
    assertFalse(once.awaitsReviewFrom(AN));
    assertTrue(once.awaitsReviewFrom(BAO));
  }

  @Test
  void a_different_plate_is_a_dispute() {
    assertEquals(
        CaseState.DISPUTED,
        Verification.start()
            .review(AN, RED_LIGHT_81A)
            .review(BAO, ReviewDecision.confirm("81A-123.46", EventType.RED_LIGHT))
            .outcome());
  }

  @Test
  void a_different_violation_type_is_a_dispute() {
    assertEquals(
        CaseState.DISPUTED,
        Verification.start()
            .review(AN, RED_LIGHT_81A)
            .review(BAO, ReviewDecision.confirm("81A-123.45", EventType.WRONG_LANE))
            .outcome());
  }

  @Test
  void confirm_against_reject_is_a_dispute() {
    Verification verification =
        Verification.start().review(AN, ReviewDecision.reject("Ảnh mờ")).review(BAO, RED_LIGHT_81A);
    assertEquals(CaseState.DISPUTED, verification.outcome());
    assertEquals(Optional.empty(), verification.settledDecision());
  }

  @Test
  void a_supervisor_who_did_not_review_resolves_the_dispute_and_his_decision_stands() {
    Verification disputed =
        Verification.start()
            .review(AN, RED_LIGHT_81A)
            .review(BAO, ReviewDecision.confirm("81A-128.45", EventType.RED_LIGHT));
    Verification resolved =
        disputed.resolve(DUNG, ReviewDecision.confirm("81A 128.45", EventType.RED_LIGHT));
    assertEquals(CaseState.VERIFIED, resolved.outcome());
    assertEquals(Optional.of("81A12845"), resolved.verifiedPlate());
    assertEquals("dung", resolved.supervisor().reviewer());

    Verification rejected = disputed.resolve(DUNG, ReviewDecision.reject("Không đọc được biển"));
    assertEquals(CaseState.REJECTED, rejected.outcome());
    assertEquals(List.of("Không đọc được biển"), rejected.rejectionReasons());
  }

  @Test
  void an_officer_cannot_resolve_a_dispute_nor_a_supervisor_who_reviewed_it() {
    Verification disputed =
        Verification.start()
            .review(DUNG, RED_LIGHT_81A)
            .review(AN, ReviewDecision.reject("Ảnh mờ"));
    refused(
        403, "violation.review.supervisorRequired", () -> disputed.resolve(CUONG, RED_LIGHT_81A));
    refused(
        409, "violation.review.supervisorWasReviewer", () -> disputed.resolve(DUNG, RED_LIGHT_81A));
    assertEquals(CaseState.VERIFIED, disputed.resolve(supervisor("em"), RED_LIGHT_81A).outcome());
  }

  @Test
  void only_a_dispute_is_resolved() {
    Verification agreed = Verification.start().review(AN, RED_LIGHT_81A).review(BAO, RED_LIGHT_81A);
    refused(409, "violation.review.notDisputed", () -> agreed.resolve(DUNG, RED_LIGHT_81A));
    refused(
        409,
        "violation.review.notDisputed",
        () -> Verification.start().review(AN, RED_LIGHT_81A).resolve(DUNG, RED_LIGHT_81A));
  }

  @Test
  void a_third_review_is_refused() {
    Verification agreed = Verification.start().review(AN, RED_LIGHT_81A).review(BAO, RED_LIGHT_81A);
    refused(409, "violation.review.complete", () -> agreed.review(CUONG, RED_LIGHT_81A));
  }

  @Test
  void only_officers_and_supervisors_review() {
    refused(
        403,
        "violation.review.roleNotAllowed",
        () -> Verification.start().review(admin("quantri"), RED_LIGHT_81A));
    refused(
        403,
        "violation.review.roleNotAllowed",
        () -> Verification.start().review(Caller.SYSTEM_CALLER, RED_LIGHT_81A));
    refused(
        403,
        "violation.review.roleNotAllowed",
        () -> Verification.start().review(Callers.eventSourceWithOfficerRole(), RED_LIGHT_81A));
  }

  @Test
  void the_review_is_blind_until_both_decisions_are_in() {
    Verification once = Verification.start().review(AN, RED_LIGHT_81A);
    assertEquals(1, once.reviewsVisibleTo(AN).size());
    assertEquals(List.of(), once.reviewsVisibleTo(BAO));
    assertEquals(List.of(), once.reviewsVisibleTo(DUNG));

    Verification twice = once.review(BAO, ReviewDecision.reject("Ảnh mờ"));
    assertEquals(2, twice.reviewsVisibleTo(AN).size());
    assertEquals(2, twice.reviewsVisibleTo(BAO).size());
    assertEquals(2, twice.reviewsVisibleTo(DUNG).size());
    assertEquals(List.of(), twice.reviewsVisibleTo(CUONG));
  }

  @Test
  void a_decision_must_say_what_it_confirms_or_why_it_rejects() {
    refused(
        422,
        "violation.review.plateRequired",
        () -> ReviewDecision.confirm(" .-", EventType.RED_LIGHT));
    refused(
        422,
        "violation.review.plateRequired",
        () -> ReviewDecision.confirm(null, EventType.SPEEDING));
    refused(422, "violation.review.typeRequired", () -> ReviewDecision.confirm("81A-123.45", null));
    refused(
        422,
        "violation.review.typeRequired",
        () -> ReviewDecision.confirm("81A-123.45", EventType.PLATE_READ));
    refused(422, "violation.review.reasonRequired", () -> ReviewDecision.reject("  "));
  }

  @Test
  void two_rejections_agree_whatever_their_reasons_and_a_rejection_keeps_no_plate() {
    ReviewDecision rejection =
        new ReviewDecision(
            ReviewDecision.Verdict.REJECT, "81A-123.45", EventType.RED_LIGHT, "Ảnh mờ");
    assertEquals(null, rejection.plate());
    assertTrue(rejection.agreesWith(ReviewDecision.reject("Khác")));
    assertFalse(rejection.agreesWith(RED_LIGHT_81A));
  }

  @Test
  void a_verification_read_back_from_storage_keeps_the_two_person_rule() {
    Verification.Review byAn = new Verification.Review("an", RED_LIGHT_81A);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Verification(byAn, new Verification.Review("AN", RED_LIGHT_81A), null));
    Verification.Review byBao = new Verification.Review("bao", ReviewDecision.reject("Ảnh mờ"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Verification(byAn, byBao, new Verification.Review("bao", RED_LIGHT_81A)));
    assertThrows(IllegalArgumentException.class, () -> new Verification(null, byBao, null));
  }
}
