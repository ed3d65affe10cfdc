package vn.tcc.sharing.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.sharing.internal.application.SharingRoles;

/**
 * Which sharing pages the menu offers: the agreements to administrators, supervisors, officers and
 * auditors; his own portal to a provider's representative.
 */
@Named("sharingMenu")
@RequestScoped
public class SharingMenu {
  @Inject CurrentRequest currentRequest;

  public boolean isReader() {
    return SharingRoles.has(currentRequest.caller(), SharingRoles.READERS);
  }

  public boolean isProvider() {
    return SharingRoles.isProvider(currentRequest.caller());
  }
}
