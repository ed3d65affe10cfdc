package vn.tcc.sharing.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.sharing.internal.application.AccessLogQueries;
import vn.tcc.sharing.internal.application.AccessLogView;
import vn.tcc.sharing.internal.application.AgreementAdministration;
import vn.tcc.sharing.internal.application.AgreementView;
import vn.tcc.sharing.internal.application.SharingRoles;
import vn.tcc.sharing.internal.domain.AgreementState;

/**
 * One agreement: its content, its timeline, the moves the caller may make (each with a reason; the
 * signed document's SHA-256 on activation), and the recent accesses under it for the province's
 * overseers.
 */
@Named
@ViewScoped
public class SharingAgreementView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AgreementAdministration agreements;
  @Inject transient AccessLogQueries accessLog;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient vn.tcc.sharing.internal.application.GrantAdministration grants;
  @Inject transient vn.tcc.sharing.internal.application.AgreementPaperDownloads papers;

  private String id;
  private transient AgreementView agreement;
  private transient List<AccessLogView> accesses = List.of();
  private transient List<String> documents = List.of();
  private transient vn.tcc.sharing.internal.application.AgreementPaperDownloads.CertificateSignature
      certificateSignature;
  private transient List<vn.tcc.sharing.internal.application.GrantView> providerGrants = List.of();
  private String reason;
  private String documentSha256;

  public void load() {
    agreement = null;
    accesses = List.of();
    documents = List.of();
    certificateSignature = null;
    providerGrants = List.of();
    long number;
    try {
      number = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException notANumber) {
      PageMessages.refusedPage(new ProblemException(404, "sharing.agreement.missing"));
      return;
    }
    try {
      agreement = agreements.one(currentRequest.caller(), number);
      Caller caller = currentRequest.caller();
      documents = papers.kinds(caller, number);
      if (documents.contains("DESTRUCTION_CERTIFICATE")) {
        certificateSignature = papers.certificateSignature(caller, number).orElse(null);
      }
      String providerCode = agreement.providerCode();
      // The compulsory grants on the same provider's cameras, for the staff who may read them.
      providerGrants =
          grants.list(caller, "0", "200").items().stream()
              .filter(g -> g.providerCode().equals(providerCode))
              .toList();
      if (SharingRoles.has(caller, SharingRoles.LOG_READERS)
          && caller.jurisdiction().isProvince()) {
        accesses = accessLog.page(caller, null, String.valueOf(number), "0", "50").items();
      }
    } catch (ProblemException refused) {
      if (refused.status() == 403 || refused.status() == 404) {
        PageMessages.refusedPage(new ProblemException(404, "sharing.agreement.missing"));
      } else {
        PageMessages.refused(refused);
      }
    }
  }

  public void move(String to) {
    if (agreement == null) {
      return;
    }
    try {
      AgreementState target = AgreementState.valueOf(to);
      agreements.move(
          currentRequest.caller(),
          agreement.id(),
          target,
          reason,
          target == AgreementState.ACTIVE ? documentSha256 : null);
      PageMessages.info(
          "sharing.agreement.moved",
          agreement.id(),
          vn.tcc.shared.i18n.Messages.text("sharing.state." + target, PageMessages.locale()));
      reason = null;
      documentSha256 = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("sharing.field."), "moveForm");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public boolean needsDocument() {
    return agreement != null
        && agreement.documentSha256() == null
        && agreement.actions().contains(AgreementState.ACTIVE);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AgreementView getAgreement() {
    return agreement;
  }

  public List<AccessLogView> getAccesses() {
    return accesses;
  }

  public List<String> getDocuments() {
    return documents;
  }

  public vn.tcc.sharing.internal.application.AgreementPaperDownloads.CertificateSignature
      getCertificateSignature() {
    return certificateSignature;
  }

  public List<vn.tcc.sharing.internal.application.GrantView> getGrants() {
    return providerGrants;
  }

  public List<String> getActions() {
    return agreement == null
        ? List.of()
        : agreement.actions().stream().sorted().map(Enum::name).toList();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDocumentSha256() {
    return documentSha256;
  }

  public void setDocumentSha256(String documentSha256) {
    this.documentSha256 = documentSha256;
  }
}
