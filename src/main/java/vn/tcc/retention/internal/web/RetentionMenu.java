package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tcc.retention.internal.application.RetentionRoles;
import vn.tcc.retention.internal.application.ReviewQueueService;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Which retention pages the menu offers: the dashboard and policies to administrators, supervisors
 * and auditors; the holds and the review of commune data to them and to officers (a commune's staff
 * see their commune's queue, the province also what arrived); the purge runs to supervisors,
 * administrators and auditors; the signed deletion records to those of them who work for the whole
 * province (a record's items do not say which commune they belong to).
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

  public boolean isReviewReader() {
    return currentRequest.caller().hasAnyRole(ReviewQueueService.READERS);
  }

  /** The purge runs page: whoever may read runs (the API's rule), see RetentionRoles. */
  public boolean isRunReader() {
    return currentRequest.caller().hasAnyRole(RetentionRoles.RUN_READERS);
  }

  public boolean isRecordReader() {
    Caller caller = currentRequest.caller();
    return caller.hasAnyRole(List.of(Role.AUDITOR, Role.ADMIN, Role.SUPERVISOR))
        && caller.jurisdiction() != null
        && caller.jurisdiction().isProvince();
  }
}
