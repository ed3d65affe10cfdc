package vn.tcc.sharing.internal.application;

import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who may do what with sharing. Administrators register providers and manage agreements; officers,
 * supervisors and auditors read them; officers, supervisors and operators (coordinators) are the
 * ones whose looks at shared cameras are checked; a provider's representative ({@value #PROVIDER})
 * sees only his own organisation's agreements and the accesses to its cameras, and may revoke.
 */
public final class SharingRoles {
  /** The realm role of a provider's representative; his token names the provider (claim). */
  public static final String PROVIDER = vn.tcc.shared.security.Role.PROVIDER;

  public static final List<String> MANAGERS = List.of(Role.ADMIN);

  public static final List<String> READERS =
      List.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR);

  /** Who looks at camera data and so goes through the access check. */
  public static final List<String> CHECKERS =
      List.of(Role.OFFICER, Role.SUPERVISOR, Role.COORDINATOR);

  /** The whole access log, with the officers' names: oversight only. */
  public static final List<String> LOG_READERS = List.of(Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR);

  private SharingRoles() {}

  public static boolean has(Caller caller, List<String> roles) {
    return caller != null
        && caller.kind() == Caller.Kind.USER
        && caller.jurisdiction() != null
        && caller.hasAnyRole(roles);
  }

  /** A provider's representative whose token names his provider. */
  public static boolean isProvider(Caller caller) {
    return caller != null
        && caller.kind() == Caller.Kind.USER
        && caller.hasRole(PROVIDER)
        && caller.provider() != null
        && !caller.provider().isBlank();
  }

  /** 403 unless the caller is a signed-in person of one of these roles with a jurisdiction. */
  static void require(Caller caller, List<String> roles) {
    if (!has(caller, roles)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }
}
