package vn.tcc.violation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.violation.internal.application.WorkWaiting;

/** The landing page's case tiles: what waits for the signed-in user's review and decision. */
@Named
@RequestScoped
public class CaseWorkView {
  @Inject WorkWaiting workWaiting;
  @Inject CurrentRequest currentRequest;

  private WorkWaiting.Counts counts;

  public WorkWaiting.Counts getCounts() {
    if (counts == null) {
      counts = workWaiting.of(currentRequest.caller());
    }
    return counts;
  }

  /** Whether a count is at the cap, so the tile says "1.000+" rather than a false total. */
  public boolean capped(Long count) {
    return count != null && count > WorkWaiting.CAP;
  }

  public long shown(Long count) {
    return count == null ? 0 : Math.min(count, WorkWaiting.CAP);
  }
}
