package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.retention.internal.application.RetentionRoles;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Which retention pages the menu offers: the dashboard, policies and records to administrators,
 * supervisors and auditors; the holds to them and to officers.
 */
@Named("retentionMenu")
@RequestScoped
public class RetentionMenu {
  @Inject CurrentRequest currentRequest;

  public boolean isOverseer() {
    return currentRequest.caller().hasAnyRole(RetentionRoles.DASHBOARD_READERS);
  }

  public boolean isHoldReader() {
    return currentRequest.caller().hasAnyRole(RetentionRoles.HOLD_READERS);
  }
}
