package vn.tcc.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Records a sign-in the first time a browser session arrives authenticated. Keycloak does the
 * signing in; this is where TCC first sees the person.
 */
@WebFilter(filterName = "signInAudit", urlPatterns = "/*", asyncSupported = true)
public class SignInAuditFilter extends HttpFilter {
  static final String SIGNED_IN = "tcc.signedInAudited";

  @Inject CurrentRequest currentRequest;
  @Inject AuditTrail auditTrail;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getUserPrincipal() != null
        && !req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      HttpSession session = req.getSession(false);
      if (session != null && session.getAttribute(SIGNED_IN) == null) {
        Caller caller = currentRequest.caller();
        if (caller.kind() == Caller.Kind.USER) {
          session.setAttribute(SIGNED_IN, Boolean.TRUE);
          auditTrail.record(AuditRecord.success(AuditActions.SIGN_IN, "user", caller.username()));
        }
      }
    }
    chain.doFilter(req, res);
  }
}
