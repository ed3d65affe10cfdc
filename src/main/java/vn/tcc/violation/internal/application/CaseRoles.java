package vn.tcc.violation.internal.application;

import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who may do what with cases: officers and supervisors act on them, auditors also read them.
 * Coordinators, admins and machine clients get 403.
 */
public final class CaseRoles {
  /** Review, identify, notify, record payments and appeals. */
  public static final List<String> ACTING = List.of(Role.OFFICER, Role.SUPERVISOR);

  /** Look at cases, their evidence and documents. */
  public static final List<String> READING = List.of(Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR);

  private CaseRoles() {}

  /** 403 unless the caller has one of the roles. */
  public static void require(Caller caller, List<String> roles) {
    if (!caller.hasAnyRole(roles)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }

  /**
   * 403 unless the caller is a person (not a machine client or the system) with one of the roles.
   */
  public static void requirePerson(Caller caller, List<String> roles) {
    if (caller.kind() != Caller.Kind.USER) {
      throw new ProblemException(403, "problem.403.role");
    }
    require(caller, roles);
  }
}
