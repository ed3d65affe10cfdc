package vn.tcc.camera.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.internal.application.CameraRegistryService;
import vn.tcc.camera.internal.application.CameraView;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * One camera's page: every field, its history and its place on a small map. A camera outside the
 * user's jurisdiction answers 404, as if it did not exist (the look is audited).
 */
@Named
@ViewScoped
public class CameraPageView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("camera.field.");

  @Inject CameraRegistryService registry;
  @Inject CurrentRequest currentRequest;
  @Inject jakarta.enterprise.inject.Instance<vn.tcc.camera.api.DetectionQuality> detectionQuality;
  @Inject JurisdictionDirectory jurisdictions;

  private String code;
  private CameraView camera;
  private List<RegistryHistoryEntry> history = List.of();
  private long historyCount;
  private String falseDetections;

  /** Called by f:viewAction once the code is read from the address. */
  public void load() throws IOException {
    try {
      camera = registry.find(currentRequest.caller(), code);
      history = registry.history(currentRequest.caller(), code, 0, 200);
      historyCount = registry.historyCount(currentRequest.caller(), code);
      uptime = registry.uptime(currentRequest.caller(), code);
      falseDetections = falseDetectionsOf(camera);
    } catch (ProblemException notVisible) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** The certificate upload on the camera's page. */
  public void uploadCertificate(org.primefaces.event.FileUploadEvent event) {
    try {
      registry.attachCertificate(
          currentRequest.caller(),
          code,
          event.getFile().getFileName(),
          event.getFile().getContent());
      PageMessages.info("camera.page.document.attached", event.getFile().getFileName());
      camera = registry.find(currentRequest.caller(), code);
      history = registry.history(currentRequest.caller(), code, 0, 200);
      historyCount = registry.historyCount(currentRequest.caller(), code);
    } catch (vn.tcc.shared.error.ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS, "documentForm");
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
    }
  }

  public org.primefaces.model.StreamedContent getCertificate() {
    var caller = currentRequest.caller();
    String cameraCode = code;
    var document = camera.certificateDocument();
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name(document.fileName())
        .contentType(document.mediaType())
        .stream(
            () ->
                new java.io.ByteArrayInputStream(
                    registry.certificate(caller, cameraCode).content()))
        .build();
  }

  public boolean isEditable() {
    return camera != null
        && CameraPermissions.mayEditCameras(currentRequest.caller())
        && currentRequest.caller().mayAccess(new JurisdictionCode(camera.details().communeCode()));
  }

  public String getCommuneName() {
    JurisdictionCode commune = JurisdictionCode.parseOrNull(camera.details().communeCode());
    return commune == null
        ? camera.details().communeCode()
        : jurisdictions
            .find(commune)
            .map(j -> j.name(PageMessages.locale()))
            .orElse(camera.details().communeCode());
  }

  /**
   * The share of the camera's reviewed cases rejected as false detections, e.g. "12.5 % (1/8)";
   * null while none was decided. Read once when the page loads.
   */
  public String getFalseDetections() {
    return falseDetections;
  }

  private String falseDetectionsOf(CameraView shown) {
    if (shown == null || !detectionQuality.isResolvable()) {
      return null;
    }
    return detectionQuality
        .get()
        .of(shown.details().code())
        .map(
            r ->
                String.format(
                    PageMessages.locale(),
                    "%.1f %% (%d/%d)",
                    r.decided() == 0 ? 0.0 : 100.0 * r.falseDetections() / r.decided(),
                    r.falseDetections(),
                    r.decided()))
        .orElse(null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CameraView getCamera() {
    return camera;
  }

  private vn.tcc.camera.internal.domain.HealthTimeline uptime;

  public vn.tcc.camera.internal.domain.HealthTimeline getUptime() {
    return uptime;
  }

  /**
   * Since when the camera's health holds, from the same history as the uptime section (so header
   * and section agree); null when it held since before anything recorded.
   */
  public java.time.Instant getHealthSince() {
    java.time.Instant recorded = camera == null ? null : camera.healthSince();
    if (uptime == null) {
      return recorded;
    }
    if (uptime.currentSince() != null) {
      return uptime.currentSince();
    }
    return recorded != null && !recorded.isAfter(uptime.from()) ? recorded : null;
  }

  /**
   * Whether the page shows the camera's current picture: it is linked to a VMS and the user is one
   * who may watch it live (the live view's roles; the snapshot's address checks them again, with
   * the jurisdiction and any sharing agreement).
   */
  public boolean isSnapshotOffered() {
    var caller = currentRequest.caller();
    return camera != null
        && camera.details().vmsCode() != null
        && camera.details().vmsExternalId() != null
        && caller.hasAnyRole(
            java.util.List.of(
                vn.tcc.shared.security.Role.OPERATOR,
                vn.tcc.shared.security.Role.SUPERVISOR,
                vn.tcc.shared.security.Role.OFFICER));
  }

  public String getUptimePercent() {
    return uptime == null
        ? ""
        : String.format(PageMessages.locale(), "%.1f", uptime.uptimePercent());
  }

  public List<RegistryHistoryEntry> getHistory() {
    return history;
  }

  public long getHistoryCount() {
    return historyCount;
  }
}
