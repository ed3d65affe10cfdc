package vn.tcc.reporting.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Which report pages the menu offers: his unit's report to a coordinator whose token names a unit;
 * the review to supervisors and auditors of the whole province.
 */
@Named("reportingMenu")
@RequestScoped
public class ReportingMenu {
  @Inject CurrentRequest currentRequest;

  public boolean isFiler() {
    return currentRequest.caller().hasRole(Role.COORDINATOR);
  }

  public boolean isReviewer() {
    var caller = currentRequest.caller();
    return (caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.AUDITOR))
        && caller.jurisdiction() != null
        && caller.jurisdiction().isProvince();
  }
}
