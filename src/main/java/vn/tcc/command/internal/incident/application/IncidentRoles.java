package vn.tcc.command.internal.incident.application;

import java.util.List;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who works with incidents: operators and supervisors of the command room for the province, commune
 * officers for their commune (the caller's jurisdiction decides which incidents he sees).
 */
public final class IncidentRoles {
  public static final List<String> HANDLERS = List.of(Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER);

  private IncidentRoles() {}

  public static boolean isHandler(Caller caller) {
    return caller.hasAnyRole(HANDLERS) && caller.jurisdiction() != null;
  }

  public static boolean isSupervisor(Caller caller) {
    return caller.hasRole(Role.SUPERVISOR);
  }
}
