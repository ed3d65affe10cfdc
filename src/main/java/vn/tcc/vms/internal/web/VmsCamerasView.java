package vn.tcc.vms.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.vms.internal.linking.LinkOverview;
import vn.tcc.vms.internal.linking.VmsCameraLinking;
import vn.tcc.vms.internal.linking.VmsCameraRow;

/** Linking a VMS's cameras to the registry, both sides shown, one reason per change. */
@Named
@ViewScoped
public class VmsCamerasView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("vms.field.");

  @Inject transient VmsCameraLinking linking;
  @Inject transient CurrentRequest currentRequest;

  private String vms;
  private transient LinkOverview overview;
  private final Map<String, String> chosen = new HashMap<>();
  private String reason;

  public void load() {
    try {
      overview = linking.overview(currentRequest.caller(), vms);
      for (VmsCameraRow row : overview.vmsCameras()) {
        chosen.putIfAbsent(row.externalId(), row.suggestedCameraCode());
      }
    } catch (ProblemException refused) {
      overview = null;
      PageMessages.refusedPage(refused);
    }
  }

  public void link(VmsCameraRow row) {
    try {
      linking.link(
          currentRequest.caller(), vms, row.externalId(), chosen.get(row.externalId()), reason);
      PageMessages.info("vms.linked", row.name(), chosen.get(row.externalId()));
      reason = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void unlink(VmsCameraRow row) {
    try {
      linking.unlink(currentRequest.caller(), row.linkedCameraCode(), reason);
      PageMessages.info("vms.unlinked", row.linkedCameraCode());
      reason = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public LinkOverview getOverview() {
    return overview;
  }

  public Map<String, String> getChosen() {
    return chosen;
  }

  public String getVms() {
    return vms;
  }

  public void setVms(String vms) {
    this.vms = vms;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
