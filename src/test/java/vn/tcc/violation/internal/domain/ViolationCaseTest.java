package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.violation.internal.domain.Callers.officer;
import static vn.tcc.violation.internal.domain.Callers.refused;
import static vn.tcc.violation.internal.domain.Callers.supervisor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

class ViolationCaseTest {
  private static final FineSchedule FINES = Decree168Rules.schedule();
  private static final Instant DETECTED_AT = Instant.parse("2026-03-02T01:15:00Z");
  private static final Instant AT = Instant.parse("2026-03-03T02:00:00Z");
  private static final Instant LATER = Instant.parse("2026-03-04T03:00:00Z");

  private static ViolationCase inState(CaseState state) {
    return stored(CaseLifecycle.in(state), null, null);
  }

  private static ViolationCase stored(
      CaseLifecycle lifecycle, ViolationCase.Verified verified, ViolationCase.Penalty penalty) {
    return new ViolationCase(
        7,
        "VP-2026-0000007",
        3,
        new JurisdictionCode("GL.QUY_NHON"),
        new ViolationCase.Detected(
            "GL-QN-0001",
            "RED_LIGHT",
            "81A12345",
            new BigDecimal("0.97"),
            "CAR",
            null,
            null,
            11,
            DETECTED_AT,
            DETECTED_AT,
            1),
        lifecycle,
        verified,
        penalty,
        new ViolationCase.Milestones(
            DETECTED_AT, LocalDate.of(2026, 3, 12), null, null, null, null, null));
  }

  private static ViolationCase verifiedWithFine(CaseState state) {
    CaseFine fine = new CaseFine("FINE", 4_000_000L, 6_000_000L, 4, "vi", "en", null);
    return stored(
        CaseLifecycle.in(state), new ViolationCase.Verified("81A12345", "RED_LIGHT", fine), null);
  }

  private static ReviewDecision confirm() {
    return ReviewDecision.confirm("81A-123.45", EventType.RED_LIGHT);
  }

  @Test
  void a_move_records_who_why_and_when_and_is_saved_once() {
    ViolationCase violationCase = inState(CaseState.DETECTED);

    violationCase.startReview(officer("officer1"), AT);

    assertEquals(CaseState.IN_REVIEW, violationCase.state());
    assertTrue(violationCase.hasUnsavedChanges());
    assertEquals(
        List.of(
            new CaseTransition(
                CaseState.DETECTED, CaseState.IN_REVIEW, "officer1", "officer1", null, AT)),
        violationCase.unsavedTransitions());
  }

  @Test
  void a_move_the_state_does_not_allow_is_refused_and_nothing_is_recorded() {
    ViolationCase violationCase = inState(CaseState.DETECTED);

    refused(
        409,
        "violation.transition.notAllowed",
        () -> violationCase.move(CaseState.PAID, officer("officer1"), null, AT));

    assertEquals(CaseState.DETECTED, violationCase.state());
    assertFalse(violationCase.hasUnsavedChanges());
    assertTrue(violationCase.unsavedTransitions().isEmpty());
  }

  @Test
  void the_second_agreeing_review_verifies_the_case_with_the_fine_in_force() {
    ViolationCase violationCase = inState(CaseState.IN_REVIEW);
    Verification after =
        Verification.start()
            .review(officer("officer1"), confirm())
            .review(officer("officer2"), confirm());

    violationCase.settle(after, officer("officer2"), FINES, AT);

    assertEquals(CaseState.VERIFIED, violationCase.state());
    assertEquals("81A12345", violationCase.verifiedPlate());
    assertEquals("RED_LIGHT", violationCase.verifiedType());
    assertEquals(violationCase.fineFor(EventType.RED_LIGHT, FINES), violationCase.fine());
    assertNotNull(violationCase.fine().outcome());
    assertEquals("officer2", violationCase.unsavedTransitions().get(0).actor());
  }

  @Test
  void a_first_review_alone_does_not_move_the_case() {
    ViolationCase violationCase = inState(CaseState.IN_REVIEW);

    violationCase.settle(
        Verification.start().review(officer("officer1"), confirm()),
        officer("officer1"),
        FINES,
        AT);

    assertEquals(CaseState.IN_REVIEW, violationCase.state());
    assertTrue(violationCase.unsavedTransitions().isEmpty());
  }

  @Test
  void two_rejections_reject_the_case_with_their_reasons() {
    ViolationCase violationCase = inState(CaseState.IN_REVIEW);
    Verification after =
        Verification.start()
            .review(officer("officer1"), ReviewDecision.reject("Xe ưu tiên"))
            .review(officer("officer2"), ReviewDecision.reject("Biển số mờ"));

    violationCase.settle(after, officer("officer2"), FINES, AT);

    assertEquals(CaseState.REJECTED, violationCase.state());
    assertEquals(
        String.join("; ", after.rejectionReasons()),
        violationCase.unsavedTransitions().get(0).reason());
    assertNull(violationCase.verifiedPlate());
    assertEquals(CaseFine.NOT_ASSESSED, violationCase.fine());
  }

  @Test
  void disagreeing_reviews_dispute_the_case() {
    ViolationCase violationCase = inState(CaseState.IN_REVIEW);
    Verification after =
        Verification.start()
            .review(officer("officer1"), confirm())
            .review(officer("officer2"), ReviewDecision.reject("Xe ưu tiên"));

    violationCase.settle(after, officer("officer2"), FINES, AT);

    assertEquals(CaseState.DISPUTED, violationCase.state());
    assertEquals(
        "Hai kết quả xác minh không thống nhất",
        violationCase.unsavedTransitions().get(0).reason());
  }

  @Test
  void the_scheduler_escalates_and_only_a_supervisor_resumes_where_the_case_was() {
    ViolationCase violationCase = inState(CaseState.VERIFIED);

    violationCase.escalate("Quá hạn xác định chủ phương tiện", AT);

    assertEquals(CaseState.ESCALATED, violationCase.state());
    assertEquals(CaseState.VERIFIED, violationCase.escalatedFrom());
    CaseTransition escalation = violationCase.unsavedTransitions().get(0);
    assertEquals("system", escalation.actor());
    assertEquals("TCC", escalation.actorName());
    refused(
        403,
        "violation.transition.roleNotAllowed",
        () -> violationCase.move(CaseState.VERIFIED, officer("officer1"), null, LATER));
    refused(
        409,
        "violation.transition.resumeToPrevious",
        () -> violationCase.move(CaseState.IN_REVIEW, supervisor("supervisor1"), null, LATER));

    violationCase.move(CaseState.VERIFIED, supervisor("supervisor1"), "Đã xử lý", LATER);

    assertEquals(CaseState.VERIFIED, violationCase.state());
    assertNull(violationCase.escalatedFrom());
    assertEquals(2, violationCase.unsavedTransitions().size());
  }

  @Test
  void escalating_needs_a_reason() {
    refused(
        422,
        "violation.transition.reasonRequired",
        () -> inState(CaseState.VERIFIED).escalate(" ", AT));
  }

  @Test
  void identifying_the_owner_dates_it_with_the_centers_answer() {
    ViolationCase violationCase = inState(CaseState.VERIFIED);

    violationCase.identifyOwner(officer("officer1"), "ACC-1", AT, LATER);

    assertEquals(CaseState.OWNER_IDENTIFIED, violationCase.state());
    assertEquals(AT, violationCase.milestones().ownerIdentifiedAt());
    assertEquals("Mã truy cập ACC-1", violationCase.unsavedTransitions().get(0).reason());
    assertEquals(LATER, violationCase.unsavedTransitions().get(0).at());
  }

  @Test
  void issuing_the_notice_records_its_number_and_response_date() {
    ViolationCase violationCase = inState(CaseState.OWNER_IDENTIFIED);
    LocalDate due = CaseDeadlines.responseDue(AT);

    violationCase.issueNotice(officer("officer1"), "TB-2026-000001", AT, due);

    assertEquals(CaseState.NOTICE_ISSUED, violationCase.state());
    assertEquals(AT, violationCase.milestones().noticeIssuedAt());
    assertEquals(due, violationCase.milestones().responseDue());
    assertEquals("TB-2026-000001", violationCase.unsavedTransitions().get(0).reason());
  }

  @Test
  void a_notice_is_refused_before_it_is_made_when_the_case_is_not_identified() {
    refused(
        409,
        "violation.transition.notAllowed",
        () -> inState(CaseState.VERIFIED).requireMayMove(CaseState.NOTICE_ISSUED, officer("o1")));
  }

  @Test
  void the_penalty_within_the_range_is_a_note_with_payment_due_ten_days_later() {
    ViolationCase violationCase = verifiedWithFine(CaseState.NOTICE_ISSUED);

    violationCase.decidePenalty(officer("officer1"), 5_000_000, false, AT);

    assertEquals(CaseState.NOTICE_ISSUED, violationCase.state());
    assertEquals(5_000_000L, violationCase.fineVnd());
    assertEquals("officer1", violationCase.penalty().decidedBy());
    assertEquals(CaseDeadlines.paymentDue(AT), violationCase.penalty().paymentDue());
    CaseTransition note = violationCase.unsavedTransitions().get(0);
    assertTrue(note.isNote());
    assertEquals("Quyết định xử phạt 5000000 đồng", note.reason());
    assertTrue(violationCase.hasUnsavedChanges());
  }

  @Test
  void a_penalty_outside_the_range_or_before_the_notice_is_refused() {
    ProblemException outOfRange =
        refused(
            422,
            "violation.penalty.outOfRange",
            () ->
                verifiedWithFine(CaseState.NOTICE_ISSUED)
                    .decidePenalty(officer("officer1"), 7_000_000, false, AT));
    assertEquals(List.of(4_000_000L, 6_000_000L), List.of(outOfRange.args()));
    refused(
        409,
        "violation.penalty.notNow",
        () ->
            verifiedWithFine(CaseState.OWNER_IDENTIFIED)
                .decidePenalty(officer("officer1"), 5_000_000, false, AT));
    refused(
        409,
        "violation.penalty.notNow",
        () ->
            verifiedWithFine(CaseState.APPEAL_DECIDED)
                .decidePenalty(officer("officer1"), 5_000_000, false, AT));
    verifiedWithFine(CaseState.APPEAL_DECIDED)
        .decidePenalty(officer("officer1"), 5_000_000, true, AT);
  }

  @Test
  void payment_moves_the_case_to_paid_then_the_system_closes_it() {
    ViolationCase violationCase =
        stored(
            CaseLifecycle.in(CaseState.NOTICE_ISSUED),
            null,
            new ViolationCase.Penalty(5_000_000, "officer1", AT, CaseDeadlines.paymentDue(AT)));

    violationCase.pay(Caller.SYSTEM_CALLER, "GW-1", AT, LATER);

    assertEquals(CaseState.CLOSED, violationCase.state());
    assertEquals(AT, violationCase.milestones().paidAt());
    assertEquals(LATER, violationCase.milestones().closedAt());
    List<CaseTransition> lines = violationCase.unsavedTransitions();
    assertEquals(
        new CaseTransition(CaseState.NOTICE_ISSUED, CaseState.PAID, "system", "TCC", "GW-1", LATER),
        lines.get(0));
    assertEquals(
        new CaseTransition(
            CaseState.PAID, CaseState.CLOSED, "system", "TCC", "Đã nộp đủ tiền phạt", LATER),
        lines.get(1));
  }

  @Test
  void an_administrator_may_not_record_a_payment() {
    refused(
        403,
        "violation.transition.roleNotAllowed",
        () -> inState(CaseState.NOTICE_ISSUED).pay(Callers.admin("admin"), "GW-1", AT, AT));
  }

  @Test
  void an_upheld_appeal_closes_the_case_and_a_dismissed_one_leaves_it_decided() {
    ViolationCase upheld = inState(CaseState.APPEALED);
    upheld.decideAppeal(supervisor("supervisor1"), true, " Xe đã bán ", AT);
    assertEquals(CaseState.CLOSED, upheld.state());
    assertEquals(AT, upheld.milestones().closedAt());
    assertEquals("Chấp nhận khiếu nại: Xe đã bán", upheld.unsavedTransitions().get(0).reason());
    assertEquals("Chấp nhận khiếu nại, huỷ xử phạt", upheld.unsavedTransitions().get(1).reason());

    ViolationCase dismissed = inState(CaseState.APPEALED);
    dismissed.decideAppeal(supervisor("supervisor1"), false, "Không có căn cứ", AT);
    assertEquals(CaseState.APPEAL_DECIDED, dismissed.state());
    assertEquals("Bác khiếu nại: Không có căn cứ", dismissed.unsavedTransitions().get(0).reason());
    assertNull(dismissed.milestones().closedAt());
  }

  @Test
  void an_appeal_is_decided_by_a_supervisor_with_a_reason() {
    refused(
        403,
        "violation.transition.roleNotAllowed",
        () -> inState(CaseState.APPEALED).decideAppeal(officer("officer1"), false, "x", AT));
    refused(
        422,
        "violation.transition.reasonRequired",
        () -> inState(CaseState.APPEALED).decideAppeal(supervisor("s1"), false, null, AT));
  }

  @Test
  void a_note_does_not_move_the_case_nor_change_it() {
    ViolationCase violationCase = inState(CaseState.NOTICE_ISSUED);

    violationCase.note(Caller.SYSTEM_CALLER, "Quá hạn nộp phạt", AT);

    assertEquals(CaseState.NOTICE_ISSUED, violationCase.state());
    assertFalse(violationCase.hasUnsavedChanges());
    assertEquals(
        List.of(
            new CaseTransition(
                CaseState.NOTICE_ISSUED,
                CaseState.NOTICE_ISSUED,
                "system",
                "TCC",
                "Quá hạn nộp phạt",
                AT)),
        violationCase.unsavedTransitions());
  }
}
