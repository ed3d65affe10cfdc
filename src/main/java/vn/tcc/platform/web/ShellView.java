package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
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
  private static final String PROVIDER_HOME = "/sharing/provider/index.xhtml";

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
        java.util.stream.Stream.concat(
                Role.STAFF.stream(), java.util.stream.Stream.of(Role.PROVIDER))
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

  private String requestedView;

  public String getRequestedView() {
    return requestedView;
  }

  public void setRequestedView(String requestedView) {
    this.requestedView = requestedView;
  }

  /**
   * Where signing in lands: a department's coordinator, whose work in TCC is his unit's periodic
   * report, on that report; an operator (issue 19) on the video wall; everyone else on the
   * dashboard (also the coordinator when he asks for it from the menu).
   */
  public String landing() {
    boolean coordinatorOnly =
        getCaller().hasRole(Role.COORDINATOR)
            && !getCaller()
                .hasAnyRole(List.of(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR));
    if (coordinatorOnly && !"dashboard".equals(requestedView)) {
      return "/reports/my-report?faces-redirect=true";
    }
    // A command-center operator's work is the wall: he lands there, like the coordinator above.
    boolean operatorOnly =
        getCaller().hasRole(Role.OPERATOR)
            && !getCaller()
                .hasAnyRole(
                    List.of(
                        Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.COORDINATOR));
    if (operatorOnly && !"dashboard".equals(requestedView)) {
      return "/command/wall?faces-redirect=true";
    }
    return null;
  }

  /** Operators, supervisors and commune officers watch cameras on the video wall (issue 19). */
  public boolean isLiveWatcher() {
    return getCaller().hasAnyRole(List.of(Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER))
        && getCaller().jurisdiction() != null;
  }

  /** Staff see the staff menu; a provider's representative only his own page. */
  public boolean isStaff() {
    return getCaller().hasAnyRole(Role.STAFF);
  }

  /** Where "home" is: the dashboard for staff, his own page for a provider's representative. */
  public String getHomeUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath() + (isProviderOnly() ? PROVIDER_HOME : "/");
  }

  /**
   * A provider's representative who opened the address of TCC (its dashboard is staff-only) is
   * refused there: the 403 page sends him on to his own page instead of leaving him at a refusal.
   */
  public boolean isProviderAtHome() {
    if (!isProviderOnly()) {
      return false;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object refused = external.getRequestMap().get("jakarta.servlet.error.request_uri");
    String root = external.getRequestContextPath();
    return refused == null
        || refused.equals(root)
        || refused.equals(root + "/")
        || refused.equals(root + "/index.xhtml");
  }

  private boolean isProviderOnly() {
    return getCaller().hasRole(Role.PROVIDER) && !isStaff();
  }

  public boolean isAuditor() {
    return getCaller().hasRole(Role.AUDITOR);
  }

  /** This request's id, for the user to quote to support (also on the error pages). */
  public String getRequestId() {
    return currentRequest.requestId();
  }
}
