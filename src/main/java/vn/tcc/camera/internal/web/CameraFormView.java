package vn.tcc.camera.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.internal.application.CameraRegistryService;
import vn.tcc.camera.internal.application.CameraView;
import vn.tcc.camera.internal.application.OwnerDirectory;
import vn.tcc.camera.internal.application.SiteService;
import vn.tcc.camera.internal.domain.SiteDetails;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * Registers a camera or changes one. The registry checks every rule; its messages appear beside the
 * fields in the user's language and nothing is saved until all pass.
 */
@Named
@ViewScoped
public class CameraFormView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("camera.field.");

  @Inject CameraRegistryService registry;
  @Inject SiteService sites;
  @Inject OwnerDirectory owners;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject CurrentRequest currentRequest;

  private String code;
  private CameraForm form = new CameraForm();
  private Long version;
  private String reason;
  private List<JurisdictionSummary> communes = List.of();
  private List<SiteDetails> siteOptions = List.of();
  private List<OwnerDirectory.OwnerOption> ownerOptions = List.of();

  /** Called by f:viewAction: loads the camera to edit, or prepares an empty form. */
  public void load() throws IOException {
    Caller caller = currentRequest.caller();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!CameraPermissions.mayEditCameras(caller)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    if (faces.isPostback()) {
      return;
    }
    communes =
        jurisdictions.within(caller.jurisdiction()).stream()
            .filter(j -> j.parent() != null)
            .toList();
    siteOptions = sites.within(caller);
    ownerOptions = owners.options(caller);
    if (code != null && !code.isBlank()) {
      try {
        CameraView camera = registry.find(caller, code);
        form = CameraForm.of(camera.details());
        version = camera.version();
      } catch (ProblemException notVisible) {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
      }
    } else {
      if (communes.size() == 1) {
        form.setCommuneCode(communes.get(0).code().value());
      }
      // Registering a camera a VMS reported (from the linking page): start from what the VMS knows.
      if (fromVms != null && fromVmsExternalId != null) {
        form.setVmsCode(fromVms);
        form.setVmsExternalId(fromVmsExternalId);
        form.setCode(fromVmsName);
        form.setName(fromVmsName);
      }
    }
  }

  private String fromVms;
  private String fromVmsExternalId;
  private String fromVmsName;

  public String getFromVms() {
    return fromVms;
  }

  public void setFromVms(String fromVms) {
    this.fromVms = fromVms;
  }

  public String getFromVmsExternalId() {
    return fromVmsExternalId;
  }

  public void setFromVmsExternalId(String fromVmsExternalId) {
    this.fromVmsExternalId = fromVmsExternalId;
  }

  public String getFromVmsName() {
    return fromVmsName;
  }

  public void setFromVmsName(String fromVmsName) {
    this.fromVmsName = fromVmsName;
  }

  public String save() {
    Caller caller = currentRequest.caller();
    try {
      if (isEditing()) {
        registry.update(caller, code, form.toDetails(), version, reason);
      } else {
        registry.create(caller, form.toDetails(), reason);
      }
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS, "cameraForm");
      return null;
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    PageMessages.info(isEditing() ? "camera.form.updated" : "camera.form.created", form.getCode());
    return "/camera/view?faces-redirect=true&code="
        + form.getCode().strip().toUpperCase(java.util.Locale.ROOT);
  }

  public boolean isEditing() {
    return code != null && !code.isBlank() && version != null;
  }

  public List<SiteDetails> getAnalysisSites() {
    return siteOptions.stream()
        .filter(
            s ->
                s.kind() == SiteKind.INTERMEDIATE_DEVICE
                    || s.kind() == SiteKind.REGIONAL_SERVER_CLUSTER)
        .toList();
  }

  public CameraPurpose[] getPurposes() {
    return CameraPurpose.values();
  }

  public CameraStatus[] getStatuses() {
    return CameraStatus.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CameraForm getForm() {
    return form;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<JurisdictionSummary> getCommunes() {
    return communes;
  }

  public List<SiteDetails> getSiteOptions() {
    return siteOptions;
  }

  public List<OwnerDirectory.OwnerOption> getOwnerOptions() {
    return ownerOptions;
  }
}
