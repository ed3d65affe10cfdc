package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The top bar and menu: who is signed in, in which role and jurisdiction, and what he may open. */
@Named("shell")
@RequestScoped
public class ShellView {
  @Inject CurrentRequest currentRequest;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject LanguageSelection language;

  public Caller getCaller() {
    return currentRequest.caller();
  }

  /** The caller's roles among TCC's staff roles, translated, e.g. "Cán bộ, Kiểm toán viên". */
  public String getRoleNames() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    List<String> names =
        Role.STAFF.stream()
            .filter(getCaller()::hasRole)
            .map(role -> msg.getString("role." + role))
            .toList();
    return String.join(", ", names);
  }

  public String getJurisdictionName() {
    Caller caller = getCaller();
    if (caller.jurisdiction() == null) {
      return "—";
    }
    return jurisdictions
        .find(caller.jurisdiction())
        .map(j -> j.name(language.getLocale()))
        .orElse(caller.jurisdiction().value());
  }

  /** Officers, supervisors and admins register and change cameras (in their jurisdiction). */
  public boolean isCameraEditor() {
    return vn.tcc.camera.api.CameraPermissions.mayEditCameras(getCaller());
  }

  /** Admins connect VMSs, link their cameras and review quarantined events. */
  public boolean isAdmin() {
    return getCaller().hasRole(Role.ADMIN);
  }

  /** Officers and supervisors verify violation cases. */
  public boolean isCaseReviewer() {
    return getCaller().hasAnyRole(List.of(Role.OFFICER, Role.SUPERVISOR));
  }

  /** Enforcement staff and auditors read violation cases. */
  public boolean isCaseReader() {
    return getCaller().hasAnyRole(List.of(Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR));
  }

  public boolean isCoordinator() {
    return getCaller().hasRole(Role.COORDINATOR);
  }

  public boolean isAuditor() {
    return getCaller().hasRole(Role.AUDITOR);
  }
}
