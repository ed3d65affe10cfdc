package vn.tcc.command.internal.incident.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of an incident's life, in one place:
 *
 * <pre>
 *   NEW ──(nobody takes it within the escalation time)──▶ ESCALATED
 *   NEW | ESCALATED ──acknowledge (one operator wins)──▶ ACKNOWLEDGED
 *   ACKNOWLEDGED ──record action (the acknowledger or a supervisor)──▶ ACKNOWLEDGED
 *   ACKNOWLEDGED ──close with an outcome (the acknowledger or a supervisor)──▶ CLOSED
 *   NEW | ESCALATED ──close (a supervisor only: a false alarm needs no taker)──▶ CLOSED
 * </pre>
 *
 * "One operator wins" is kept by the store's conditional update; these rules say who may try.
 */
public final class IncidentLifecycle {
  private IncidentLifecycle() {}

  public static boolean mayBeAcknowledged(IncidentState state) {
    return state == IncidentState.NEW || state == IncidentState.ESCALATED;
  }

  /**
   * Checks that {@code user} may record an action on an incident in {@code state} taken by {@code
   * acknowledgedBy}.
   */
  public static void checkMayRecordAction(
      IncidentState state, String acknowledgedBy, String user, boolean supervisor) {
    if (state == IncidentState.CLOSED) {
      throw new IncidentRuleException("command.incident.error.closed");
    }
    if (state != IncidentState.ACKNOWLEDGED) {
      throw new IncidentRuleException("command.incident.error.notAcknowledged");
    }
    if (!supervisor && !user.equals(acknowledgedBy)) {
      throw new IncidentRuleException("command.incident.error.notYours", acknowledgedBy);
    }
  }

  /**
   * Checks that {@code user} may close an incident in {@code state} taken by {@code
   * acknowledgedBy}.
   */
  public static void checkMayClose(
      IncidentState state, String acknowledgedBy, String user, boolean supervisor) {
    if (state == IncidentState.CLOSED) {
      throw new IncidentRuleException("command.incident.error.closed");
    }
    if (supervisor) {
      return;
    }
    if (state != IncidentState.ACKNOWLEDGED) {
      throw new IncidentRuleException("command.incident.error.notAcknowledged");
    }
    if (!user.equals(acknowledgedBy)) {
      throw new IncidentRuleException("command.incident.error.notYours", acknowledgedBy);
    }
  }

  /** Whether an incident opened at {@code openedAt} and still not taken is due to escalate now. */
  public static boolean escalationDue(
      IncidentState state, Instant openedAt, Instant now, Duration escalateAfter) {
    return state == IncidentState.NEW && !openedAt.plus(escalateAfter).isAfter(now);
  }

  /** The moment before which incidents still NEW are due to escalate (for a set-based update). */
  public static Instant escalationCutoff(Instant now, Duration escalateAfter) {
    return now.minus(escalateAfter);
  }
}
