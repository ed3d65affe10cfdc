package vn.tcc.violation.internal.domain;

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

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * A case's place in its lifecycle: its state and, while it is {@link CaseState#ESCALATED}, the
 * state it was escalated from, which is the only state it may resume to.
 *
 * <p>The moves and who may make them:
 *
 * <pre>
 * DETECTED         → IN_REVIEW                  officer, supervisor
 * IN_REVIEW        → VERIFIED | DISPUTED        officer, supervisor (outcome of {@link Verification})
 * IN_REVIEW        → REJECTED (reason)          officer, supervisor (outcome of {@link Verification})
 * DISPUTED         → VERIFIED | REJECTED (reason) supervisor
 * VERIFIED         → OWNER_IDENTIFIED           officer, supervisor
 * OWNER_IDENTIFIED → NOTICE_ISSUED              officer, supervisor
 * NOTICE_ISSUED    → PAID                       officer, supervisor, system (payment feed)
 * NOTICE_ISSUED    → APPEALED                   officer, supervisor
 * APPEALED         → APPEAL_DECIDED (reason)    supervisor
 * APPEAL_DECIDED   → PAID                       officer, supervisor, system (appeal dismissed)
 * APPEAL_DECIDED   → CLOSED                     supervisor (appeal upheld, penalty cancelled)
 * PAID             → CLOSED                     officer, supervisor, system
 * any escalatable  → ESCALATED (reason)         supervisor, system (deadline scheduler)
 * ESCALATED        → the state it came from     supervisor
 * </pre>
 *
 * Administrators have no move: they manage cameras and agreements, not cases, and deciding a case
 * means reading personal data they have no need for. Machine clients (event sources, the IOC) have
 * none either; the system caller only records payments, closes paid cases and escalates.
 */
public record CaseLifecycle(CaseState state, CaseState escalatedFrom) {
  private static final Set<String> STAFF = Set.of(Role.OFFICER, Role.SUPERVISOR);
  private static final Set<String> SUPERVISORS = Set.of(Role.SUPERVISOR);
  private static final Set<CaseState> NEED_REASON = EnumSet.of(REJECTED, APPEAL_DECIDED, ESCALATED);
  private static final Map<CaseState, Map<CaseState, Move>> MOVES = moves();

  /** Who may make a move: people with one of the roles, and the system caller when allowed. */
  private record Move(Set<String> roles, boolean system) {}

  public CaseLifecycle {
    if (state == null) {
      throw new IllegalArgumentException("A case always has a state");
    }
    if ((state == ESCALATED) != (escalatedFrom != null)) {
      throw new IllegalArgumentException(
          "An escalated case, and only an escalated case, remembers where it came from");
    }
    if (escalatedFrom != null && !escalatedFrom.isEscalatable()) {
      throw new IllegalArgumentException("Cannot have been escalated from " + escalatedFrom);
    }
  }

  /** A case just opened by a detection. */
  public static CaseLifecycle detected() {
    return new CaseLifecycle(DETECTED, null);
  }

  /** A case in a state other than {@link CaseState#ESCALATED}, e.g. as read back from storage. */
  public static CaseLifecycle in(CaseState state) {
    return new CaseLifecycle(state, null);
  }

  /**
   * The case after the move, or a {@link ViolationRuleException}: {@code
   * violation.transition.notAllowed} (409) when the state does not allow it, {@code
   * violation.transition.resumeToPrevious} (409) when an escalated case is sent elsewhere than
   * where it came from, {@code violation.transition.roleNotAllowed} (403) when the caller may not
   * make it, {@code violation.transition.reasonRequired} (422) when a reason is needed and blank.
   *
   * @param reason why: required to reject, to decide an appeal and to escalate; else may be null
   */
  public CaseLifecycle moveTo(CaseState target, Caller caller, String reason) {
    Move move = moveTowards(target);
    if (!allows(move, caller)) {
      throw ViolationRuleException.forbidden("violation.transition.roleNotAllowed", state, target);
    }
    if (NEED_REASON.contains(target) && (reason == null || reason.isBlank())) {
      throw ViolationRuleException.invalid("violation.transition.reasonRequired", target);
    }
    if (target == ESCALATED) {
      return new CaseLifecycle(ESCALATED, state);
    }
    return new CaseLifecycle(target, null);
  }

  /** The states this caller may move the case to now; what a page offers as buttons. */
  public Set<CaseState> targetsFor(Caller caller) {
    Set<CaseState> targets = EnumSet.noneOf(CaseState.class);
    for (CaseState target : CaseState.values()) {
      Move move = allowedMove(target);
      if (move != null && allows(move, caller)) {
        targets.add(target);
      }
    }
    return targets;
  }

  private Move moveTowards(CaseState target) {
    Move move = allowedMove(target);
    if (move != null) {
      return move;
    }
    if (state == ESCALATED && target != ESCALATED) {
      throw ViolationRuleException.conflict(
          "violation.transition.resumeToPrevious", escalatedFrom, target);
    }
    throw ViolationRuleException.conflict("violation.transition.notAllowed", state, target);
  }

  private Move allowedMove(CaseState target) {
    if (state == ESCALATED) {
      return target == escalatedFrom ? new Move(SUPERVISORS, false) : null;
    }
    if (target == ESCALATED) {
      return state.isEscalatable() ? new Move(SUPERVISORS, true) : null;
    }
    return MOVES.getOrDefault(state, Map.of()).get(target);
  }

  private static boolean allows(Move move, Caller caller) {
    if (caller == null) {
      return false;
    }
    return switch (caller.kind()) {
      case USER -> caller.hasAnyRole(move.roles());
      case SYSTEM -> move.system();
      case CLIENT, ANONYMOUS -> false;
    };
  }

  private static Map<CaseState, Map<CaseState, Move>> moves() {
    Move staff = new Move(STAFF, false);
    Move staffOrSystem = new Move(STAFF, true);
    Move supervisor = new Move(SUPERVISORS, false);
    Map<CaseState, Map<CaseState, Move>> moves = new EnumMap<>(CaseState.class);
    moves.put(DETECTED, Map.of(IN_REVIEW, staff));
    moves.put(IN_REVIEW, Map.of(VERIFIED, staff, REJECTED, staff, DISPUTED, staff));
    moves.put(DISPUTED, Map.of(VERIFIED, supervisor, REJECTED, supervisor));
    moves.put(VERIFIED, Map.of(OWNER_IDENTIFIED, staff));
    moves.put(OWNER_IDENTIFIED, Map.of(NOTICE_ISSUED, staff));
    moves.put(NOTICE_ISSUED, Map.of(PAID, staffOrSystem, APPEALED, staff));
    moves.put(APPEALED, Map.of(APPEAL_DECIDED, supervisor));
    moves.put(APPEAL_DECIDED, Map.of(PAID, staffOrSystem, CLOSED, supervisor));
    moves.put(PAID, Map.of(CLOSED, staffOrSystem));
    return moves;
  }
}
