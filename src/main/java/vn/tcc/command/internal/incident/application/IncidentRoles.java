package vn.tcc.command.internal.incident.application;

import java.util.List;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who works with incidents: operators and supervisors of the command room for the province, commune
 * officers for their commune (the caller's jurisdiction decides which incidents he sees). Auditors
 * read the incidents and the operations log of their jurisdiction, never change them, and each of
 * their reads is audited.
 */
public final class IncidentRoles {
  public static final List<String> HANDLERS = List.of(Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER);

  public static final List<String> READERS =
      List.of(Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR);

  private IncidentRoles() {}

  /** Handlers, and auditors who only read. */
  public static boolean isReader(Caller caller) {
    return caller.hasAnyRole(READERS) && caller.jurisdiction() != null;
  }

  /** An auditor without a handler's role: his reads go on the audit trail. */
  public static boolean readsAsAuditor(Caller caller) {
    return caller.hasRole(Role.AUDITOR) && !caller.hasAnyRole(HANDLERS);
  }

  public static boolean isHandler(Caller caller) {
    return caller.hasAnyRole(HANDLERS) && caller.jurisdiction() != null;
  }

  public static boolean isSupervisor(Caller caller) {
    return caller.hasRole(Role.SUPERVISOR);
  }
}
