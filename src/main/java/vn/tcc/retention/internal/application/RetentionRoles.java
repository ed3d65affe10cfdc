package vn.tcc.retention.internal.application;

import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who may do what with retention. Administrators change policies; officers and supervisors place
 * holds (supervisors lift them); supervisors, administrators and auditors watch the dashboard;
 * auditors read everything and change nothing. Coordinators run the operators' room and have no
 * business with retention.
 */
public final class RetentionRoles {
  /** Read the policies: everyone whose work the periods decide. */
  public static final List<String> POLICY_READERS =
      List.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR);

  /** Read the holds of their area. */
  public static final List<String> HOLD_READERS =
      List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);

  /** Place a hold (lifting takes a supervisor, LegalHold says). */
  public static final List<String> HOLD_PLACERS = List.of(Role.OFFICER, Role.SUPERVISOR);

  /** The dashboard: storage, what falls due, runs. */
  public static final List<String> DASHBOARD_READERS =
      List.of(Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR);

  /** The purge runs and their plans (within their area); approving takes the province's. */
  public static final List<String> RUN_READERS = List.of(Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);

  private RetentionRoles() {}

  /** 403 unless the caller is a signed-in person of one of these roles with a jurisdiction. */
  static void require(Caller caller, List<String> roles) {
    if (caller == null
        || caller.kind() != Caller.Kind.USER
        || caller.jurisdiction() == null
        || !caller.hasAnyRole(roles)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }

  static boolean has(Caller caller, List<String> roles) {
    return caller != null
        && caller.kind() == Caller.Kind.USER
        && caller.jurisdiction() != null
        && caller.hasAnyRole(roles);
  }
}
