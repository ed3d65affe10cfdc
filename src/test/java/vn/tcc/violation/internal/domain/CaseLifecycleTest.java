package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.violation.internal.domain.Callers.admin;
import static vn.tcc.violation.internal.domain.Callers.officer;
import static vn.tcc.violation.internal.domain.Callers.refused;
import static vn.tcc.violation.internal.domain.Callers.supervisor;
import static vn.tcc.violation.internal.domain.CaseState.APPEALED;
import static vn.tcc.violation.internal.domain.CaseState.APPEAL_DECIDED;
import static vn.tcc.violation.internal.domain.CaseState.CLOSED;
import static vn.tcc.violation.internal.domain.CaseState.DETECTED;
import static vn.tcc.violation.internal.domain.CaseState.DISPUTED;
import static vn.tcc.violation.internal.domain.CaseState.ESCALATED;
import static vn.tcc.violation.internal.domain.CaseState.IN_REVIEW;
import static vn.tcc.violation.internal.domain.CaseState.NOTICE_ISSUED;
import static vn.tcc.violation.internal.domain.CaseState.OWNER_IDENTIFIED;
import static vn.tcc.violation.internal.domain.CaseState.PAID;
import static vn.tcc.violation.internal.domain.CaseState.REJECTED;
import static vn.tcc.violation.internal.domain.CaseState.VERIFIED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tcc.shared.security.Caller;

class CaseLifecycleTest {
  private static final Caller AN = officer("an");
  private static final Caller BINH = supervisor("binh");
  private static final Caller SYSTEM = Caller.SYSTEM_CALLER;
  private static final int CONFLICT = 409;
  private static final int FORBIDDEN = 403;
  private static final int INVALID = 422;

  @Test
  void an_officer_takes_a_case_from_detection_to_payment_and_the_system_closes_it() {
    CaseLifecycle lifecycle = CaseLifecycle.detected();
    for (CaseState next : new CaseState[] {IN_REVIEW, VERIFIED, OWNER_IDENTIFIED, NOTICE_ISSUED}) {
      lifecycle = lifecycle.moveTo(next, AN, null);
      assertEquals(next, lifecycle.state());
    }
    lifecycle = lifecycle.moveTo(PAID, SYSTEM, null).moveTo(CLOSED, SYSTEM, null);
    assertEquals(CLOSED, lifecycle.state());
    assertTrue(lifecycle.state().isFinal());
  }

  @Test
  void a_step_cannot_be_skipped() {
    refused(
        CONFLICT,
        "violation.transition.notAllowed",
        () -> CaseLifecycle.detected().moveTo(VERIFIED, BINH, null));
    refused(
        CONFLICT,
        "violation.transition.notAllowed",
        () -> CaseLifecycle.in(VERIFIED).moveTo(NOTICE_ISSUED, AN, null));
  }

  @Test
  void rejecting_a_false_detection_needs_a_reason_and_ends_the_case() {
    CaseLifecycle inReview = CaseLifecycle.in(IN_REVIEW);
    refused(
        INVALID, "violation.transition.reasonRequired", () -> inReview.moveTo(REJECTED, AN, " "));
    CaseLifecycle rejected = inReview.moveTo(REJECTED, AN, "Biển số bị che, xe khác");
    assertEquals(REJECTED, rejected.state());
    for (CaseState target : CaseState.values()) {
      refused(
          CONFLICT, "violation.transition.notAllowed", () -> rejected.moveTo(target, BINH, "x"));
    }
  }

  @Test
  void only_a_supervisor_decides_a_disputed_case() {
    CaseLifecycle disputed = CaseLifecycle.in(IN_REVIEW).moveTo(DISPUTED, AN, null);
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> disputed.moveTo(VERIFIED, AN, null));
    // The role is checked before the reason: an officer learns he may not, not that he forgot why.
    refused(
        FORBIDDEN, "violation.transition.roleNotAllowed", () -> disputed.moveTo(REJECTED, AN, ""));
    assertEquals(VERIFIED, disputed.moveTo(VERIFIED, BINH, null).state());
    assertEquals(REJECTED, disputed.moveTo(REJECTED, BINH, "Hai xe trùng biển").state());
  }

  @Test
  void an_appeal_is_recorded_by_an_officer_and_decided_by_a_supervisor_with_a_reason() {
    CaseLifecycle appealed = CaseLifecycle.in(NOTICE_ISSUED).moveTo(APPEALED, AN, null);
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> appealed.moveTo(APPEAL_DECIDED, AN, "Giữ nguyên"));
    refused(
        INVALID,
        "violation.transition.reasonRequired",
        () -> appealed.moveTo(APPEAL_DECIDED, BINH, null));
    CaseLifecycle decided = appealed.moveTo(APPEAL_DECIDED, BINH, "Giữ nguyên quyết định");
    // Dismissed: the fine stands and is paid. Upheld: a supervisor closes the case.
    assertEquals(PAID, decided.moveTo(PAID, SYSTEM, null).state());
    refused(
        FORBIDDEN, "violation.transition.roleNotAllowed", () -> decided.moveTo(CLOSED, AN, null));
    assertEquals(CLOSED, decided.moveTo(CLOSED, BINH, null).state());
  }

  @Test
  void an_administrator_and_a_machine_client_may_not_move_a_case() {
    for (CaseState state : CaseState.values()) {
      if (state == ESCALATED) {
        continue;
      }
      assertEquals(Set.of(), CaseLifecycle.in(state).targetsFor(admin("quantri")), state.name());
    }
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> CaseLifecycle.detected().moveTo(IN_REVIEW, admin("quantri"), null));
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () ->
            CaseLifecycle.detected().moveTo(IN_REVIEW, Callers.eventSourceWithOfficerRole(), null));
  }

  @Test
  void the_system_may_not_review() {
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> CaseLifecycle.in(IN_REVIEW).moveTo(VERIFIED, SYSTEM, null));
  }

  @Test
  void an_escalated_case_resumes_where_it_was_and_nowhere_else() {
    CaseLifecycle escalated =
        CaseLifecycle.in(NOTICE_ISSUED).moveTo(ESCALATED, SYSTEM, "RESPONSE overdue");
    assertEquals(ESCALATED, escalated.state());
    assertEquals(NOTICE_ISSUED, escalated.escalatedFrom());
    refused(
        CONFLICT,
        "violation.transition.resumeToPrevious",
        () -> escalated.moveTo(PAID, BINH, null));
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> escalated.moveTo(NOTICE_ISSUED, AN, null));
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> escalated.moveTo(NOTICE_ISSUED, SYSTEM, null));
    CaseLifecycle resumed = escalated.moveTo(NOTICE_ISSUED, BINH, null);
    assertEquals(new CaseLifecycle(NOTICE_ISSUED, null), resumed);
  }

  @Test
  void escalating_needs_a_reason_and_is_not_for_officers() {
    refused(
        INVALID,
        "violation.transition.reasonRequired",
        () -> CaseLifecycle.detected().moveTo(ESCALATED, SYSTEM, null));
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> CaseLifecycle.detected().moveTo(ESCALATED, AN, "quá hạn"));
    assertEquals(
        DETECTED, CaseLifecycle.detected().moveTo(ESCALATED, BINH, "quá hạn").escalatedFrom());
  }

  @ParameterizedTest
  @EnumSource(CaseState.class)
  void every_open_state_before_payment_can_be_escalated_and_no_other(CaseState state) {
    Set<CaseState> open =
        EnumSet.of(
            DETECTED,
            IN_REVIEW,
            DISPUTED,
            VERIFIED,
            OWNER_IDENTIFIED,
            NOTICE_ISSUED,
            APPEALED,
            APPEAL_DECIDED);
    assertEquals(open.contains(state), state.isEscalatable());
    if (state == ESCALATED) {
      return;
    }
    CaseLifecycle lifecycle = CaseLifecycle.in(state);
    if (open.contains(state)) {
      assertEquals(state, lifecycle.moveTo(ESCALATED, SYSTEM, "quá hạn").escalatedFrom());
    } else {
      refused(
          CONFLICT,
          "violation.transition.notAllowed",
          () -> lifecycle.moveTo(ESCALATED, SYSTEM, "quá hạn"));
    }
  }

  @Test
  void the_targets_offered_depend_on_the_role() {
    CaseLifecycle notice = CaseLifecycle.in(NOTICE_ISSUED);
    assertEquals(EnumSet.of(PAID, APPEALED), notice.targetsFor(AN));
    assertEquals(EnumSet.of(PAID, APPEALED, ESCALATED), notice.targetsFor(BINH));
    assertEquals(EnumSet.of(PAID, ESCALATED), notice.targetsFor(SYSTEM));
    CaseLifecycle escalated = notice.moveTo(ESCALATED, SYSTEM, "quá hạn");
    assertEquals(EnumSet.of(NOTICE_ISSUED), escalated.targetsFor(BINH));
    assertEquals(Set.of(), escalated.targetsFor(AN));
  }

  @Test
  void only_an_escalated_case_remembers_where_it_came_from() {
    assertThrows(IllegalArgumentException.class, () -> new CaseLifecycle(ESCALATED, null));
    assertThrows(IllegalArgumentException.class, () -> new CaseLifecycle(VERIFIED, DETECTED));
    assertThrows(IllegalArgumentException.class, () -> new CaseLifecycle(ESCALATED, PAID));
    assertThrows(IllegalArgumentException.class, () -> CaseLifecycle.in(null));
  }

  @Test
  void without_a_caller_nothing_moves() {
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> CaseLifecycle.detected().moveTo(IN_REVIEW, null, null));
    refused(
        FORBIDDEN,
        "violation.transition.roleNotAllowed",
        () -> CaseLifecycle.detected().moveTo(IN_REVIEW, Caller.ANONYMOUS_CALLER, null));
  }
}
