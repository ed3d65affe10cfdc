package vn.tcc.reporting.internal.application;

import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.SubmissionLifecycle;
import vn.tcc.shared.security.Role;

/**
 * Who may do what with reports. A coordinator files for his own unit only, and another unit's
 * report does not exist for him. Supervisors of the whole province review every unit's reports;
 * auditors of the province read them. Officers and administrators have no part in the reports.
 */
final class ReportingAccess {
  private ReportingAccess() {}

  static boolean isCoordinator(ReportingActor actor) {
    return actor.caller().hasRole(Role.COORDINATOR) && actor.unitCode() != null;
  }

  static boolean isReviewer(ReportingActor actor) {
    return actor.caller().hasRole(Role.SUPERVISOR) && province(actor);
  }

  static boolean isReader(ReportingActor actor) {
    return isReviewer(actor)
        || (actor.caller().hasRole(Role.AUDITOR) && province(actor))
        || isCoordinator(actor);
  }

  /** Whether the actor may read this unit's reports. */
  static boolean mayRead(ReportingActor actor, String unitCode) {
    if (isReviewer(actor) || (actor.caller().hasRole(Role.AUDITOR) && province(actor))) {
      return true;
    }
    return isCoordinator(actor) && actor.unitCode().equals(unitCode);
  }

  static void requireReader(ReportingActor actor) {
    if (!isReader(actor)) {
      throw forbidden(actor);
    }
  }

  static void require(ReportingActor actor, SubmissionLifecycle.Party party) {
    boolean allowed =
        party == SubmissionLifecycle.Party.UNIT ? isCoordinator(actor) : isReviewer(actor);
    if (!allowed) {
      throw forbidden(actor);
    }
  }

  private static ReportingRuleException forbidden(ReportingActor actor) {
    if (actor.caller().hasRole(Role.COORDINATOR) && actor.unitCode() == null) {
      return new ReportingRuleException(403, "reporting.unit.none");
    }
    return new ReportingRuleException(403, "problem.403.role");
  }

  private static boolean province(ReportingActor actor) {
    return actor.caller().jurisdiction() != null && actor.caller().jurisdiction().isProvince();
  }
}
