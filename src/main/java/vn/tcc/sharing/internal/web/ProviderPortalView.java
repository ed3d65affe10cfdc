package vn.tcc.sharing.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.sharing.internal.application.AccessLogQueries;
import vn.tcc.sharing.internal.application.AccessLogView;
import vn.tcc.sharing.internal.application.AgreementAdministration;
import vn.tcc.sharing.internal.application.AgreementView;
import vn.tcc.sharing.internal.domain.AgreementState;

/**
 * The provider's own page: his agreements, every access the police made to his cameras (unit,
 * purpose, data, time; no officer's name), and revoking an agreement with a reason.
 */
@Named
@ViewScoped
public class ProviderPortalView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AgreementAdministration agreements;
  @Inject transient AccessLogQueries accessLog;
  @Inject transient CurrentRequest currentRequest;

  private transient List<AgreementView> rows = List.of();
  private transient List<AccessLogView> accesses = List.of();
  private Long revokeId;
  private String reason;

  public void load() {
    try {
      rows = agreements.list(currentRequest.caller(), null, null, "0", "200").items();
      accesses = accessLog.page(currentRequest.caller(), null, null, "0", "200").items();
    } catch (ProblemException refused) {
      rows = List.of();
      accesses = List.of();
      PageMessages.refused(refused);
    }
  }

  public String getProviderName() {
    return rows.isEmpty() ? currentRequest.caller().provider() : rows.get(0).providerName();
  }

  public boolean mayRevoke(AgreementView agreement) {
    return agreement.actions().contains(AgreementState.REVOKED);
  }

  public void startRevoke(long id) {
    revokeId = id;
    reason = null;
  }

  public void revoke() {
    if (revokeId == null) {
      return;
    }
    try {
      agreements.move(currentRequest.caller(), revokeId, AgreementState.REVOKED, reason, null);
      PageMessages.info("sharing.portal.revoked", revokeId);
      revokeId = null;
      reason = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("sharing.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public List<AgreementView> getRows() {
    return rows;
  }

  public List<AccessLogView> getAccesses() {
    return accesses;
  }

  public Long getRevokeId() {
    return revokeId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
