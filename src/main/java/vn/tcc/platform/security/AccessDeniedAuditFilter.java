package vn.tcc.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Records every page the container refused (403) before the error page is shown; an address that is
 * refused a lot is summarised per minute instead ({@link RefusalLimiter}).
 */
@WebFilter(
    filterName = "accessDeniedAudit",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.ERROR,
    asyncSupported = true)
public class AccessDeniedAuditFilter extends HttpFilter {
  @Inject AuditTrail auditTrail;
  @Inject RefusalLimiter refusals;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (status instanceof Integer code
        && code == HttpServletResponse.SC_FORBIDDEN
        && refusals.refused(req.getRemoteAddr()) == RefusalLimiter.Verdict.AUDIT) {
      Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      auditTrail.record(
          AuditRecord.denied(AuditActions.ACCESS_DENIED, "page", String.valueOf(uri), null));
    }
    chain.doFilter(req, res);
  }
}
