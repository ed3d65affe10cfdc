package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.platform.security.ViewRoleTable;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The menu's side of {@code WEB-INF/view-roles.properties}: {@code #{views.mayOpen('/x.xhtml')}}
 * shows a link exactly when its page would open for the caller.
 */
@Named("views")
@RequestScoped
public class ViewAccess {
  @Inject ViewRoleTable table;
  @Inject CurrentRequest currentRequest;

  public boolean mayOpen(String path) {
    return table.roles().mayOpen(path, currentRequest.caller());
  }
}
