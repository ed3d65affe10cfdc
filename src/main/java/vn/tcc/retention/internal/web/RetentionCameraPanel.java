package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.retention.internal.application.CameraRetention;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;

/**
 * The retention panel on a camera's page (included by the camera module's page, which knows nothing
 * of retention): the camera's recording window and the holds on its footage. The camera is the
 * page's {@code code} parameter; a camera the caller may not see shows no panel.
 */
@Named
@RequestScoped
public class RetentionCameraPanel {
  @Inject CameraRetention retention;
  @Inject CurrentRequest currentRequest;

  private CameraRetention.Panel panel;
  private boolean loaded;

  public CameraRetention.Panel getPanel() {
    if (!loaded) {
      loaded = true;
      String code =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("code");
      panel =
          retention.of(currentRequest.caller(), code == null ? null : code.strip()).orElse(null);
    }
    return panel;
  }

  /** "Video từ 01/03/2026 đến nay (30 ngày)"; empty when no policy covers the recordings. */
  public String getWindowText() {
    CameraRetention.Panel shown = getPanel();
    if (shown == null || shown.period() == null) {
      return "";
    }
    java.util.Locale locale = PageMessages.locale();
    String pattern = "vi".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "yyyy-MM-dd";
    return Messages.text(
        "retention.camera.windowRange",
        locale,
        shown.oldestDay().format(java.time.format.DateTimeFormatter.ofPattern(pattern)),
        PeriodWords.of(shown.period(), locale));
  }
}
