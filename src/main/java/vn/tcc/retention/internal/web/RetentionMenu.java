package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Which retention pages the menu shows the caller (the shell's menu asks). */
@Named("retentionMenu")
@RequestScoped
public class RetentionMenu {
  @Inject CurrentRequest currentRequest;

  /** Auditors, administrators and supervisors of the province read the signed deletion records. */
  public boolean isRecordReader() {
    Caller caller = currentRequest.caller();
    return caller.hasAnyRole(List.of(Role.AUDITOR, Role.ADMIN, Role.SUPERVISOR))
        && caller.jurisdiction() != null
        && caller.jurisdiction().isProvince();
  }
}
