package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.tcc.platform.security.OidcCallers;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Signs out of TCC and of Keycloak: ends the session here, then sends the browser to Keycloak's
 * end-session endpoint, which comes back to TCC's front page (and so to the sign-in page).
 */
@Named
@RequestScoped
public class SignOut {
  @Inject AuditTrail auditTrail;
  @Inject CurrentRequest currentRequest;

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    auditTrail.record(
        AuditRecord.success(AuditActions.SIGN_OUT, "user", currentRequest.caller().username()));
    OidcCallers.SignOutTarget target = OidcCallers.signOutTarget(request);
    String back =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    external.invalidateSession();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException alreadyOut) {
      // The session is gone either way.
    }
    if (target == null || target.endSessionUrl() == null) {
      external.redirect(back);
      return;
    }
    external.redirect(
        target.endSessionUrl()
            + "?post_logout_redirect_uri="
            + URLEncoder.encode(back, StandardCharsets.UTF_8)
            + (target.idToken() == null
                ? ""
                : "&id_token_hint=" + URLEncoder.encode(target.idToken(), StandardCharsets.UTF_8)));
  }
}
