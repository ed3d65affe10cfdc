package vn.tcc.command.internal.incident.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.command.internal.incident.application.IncidentRoles;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Whether the menu offers the incidents and the operations log: operators, supervisors, officers,
 * and auditors (who only read).
 */
@Named("commandMenu")
@RequestScoped
public class CommandMenu {
  @Inject CurrentRequest currentRequest;

  public boolean isIncidentHandler() {
    return IncidentRoles.isReader(currentRequest.caller());
  }
}
