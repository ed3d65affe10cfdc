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
 * purpose, data, time; no officer's name), the compulsory grants approved on his cameras, the
 * receipts and destruction certificates to download, and revoking an agreement with a reason.
 */
@Named
@ViewScoped
public class ProviderPortalView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AgreementAdministration agreements;
  @Inject transient AccessLogQueries accessLog;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient vn.tcc.sharing.internal.application.GrantAdministration grants;
  @Inject transient vn.tcc.sharing.internal.application.AgreementPaperDownloads papers;

  private transient List<AgreementView> rows = List.of();
  private transient List<AccessLogView> accesses = List.of();
  private transient List<vn.tcc.sharing.internal.application.GrantView> grantRows = List.of();
  private transient java.util.Map<Long, List<String>> documents = java.util.Map.of();
  private transient java.util.Map<
          Long, vn.tcc.sharing.internal.application.AgreementPaperDownloads.CertificateSignature>
      signatures = java.util.Map.of();
  private Long revokeId;
  private String reason;

  public void load() {
    try {
      rows = agreements.list(currentRequest.caller(), null, null, "0", "200").items();
      accesses = accessLog.page(currentRequest.caller(), null, null, "0", "200").items();
      grantRows = grants.list(currentRequest.caller(), "0", "200").items();
      java.util.Map<Long, List<String>> issued = new java.util.HashMap<>();
      java.util.Map<
              Long,
              vn.tcc.sharing.internal.application.AgreementPaperDownloads.CertificateSignature>
          signed = new java.util.HashMap<>();
      for (AgreementView row : rows) {
        List<String> kinds = papers.kinds(currentRequest.caller(), row.id());
        issued.put(row.id(), kinds);
        // The certificate's signature, verified again, beside its link.
        if (kinds.contains("DESTRUCTION_CERTIFICATE")) {
          papers
              .certificateSignature(currentRequest.caller(), row.id())
              .ifPresent(s -> signed.put(row.id(), s));
        }
      }
      documents = issued;
      signatures = signed;
    } catch (ProblemException refused) {
      rows = List.of();
      accesses = List.of();
      grantRows = List.of();
      documents = java.util.Map.of();
      signatures = java.util.Map.of();
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

  /** The approved compulsory grants on his cameras (Art. 18's emergency bases). */
  public List<vn.tcc.sharing.internal.application.GrantView> getGrants() {
    return grantRows;
  }

  /** The papers issued for an agreement: RECEIPT, DESTRUCTION_CERTIFICATE. */
  /** The destruction certificate's signature of an agreement, or null. */
  public vn.tcc.sharing.internal.application.AgreementPaperDownloads.CertificateSignature
      signatureOf(long agreementId) {
    return signatures.get(agreementId);
  }

  public List<String> documentsOf(long agreementId) {
    return documents.getOrDefault(agreementId, List.of());
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
