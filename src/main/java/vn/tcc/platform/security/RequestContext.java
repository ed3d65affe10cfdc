package vn.tcc.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * The current HTTP request as TCC sees it: caller from the token, address, request id. Timers and
 * startup work run in a request scope without an HTTP request: they act as the system.
 */
@RequestScoped
public class RequestContext implements CurrentRequest {
  @Inject HttpServletRequest request;
  private Caller caller;

  @Override
  public Caller caller() {
    if (caller == null) {
      HttpServletRequest http = httpRequest();
      caller = http == null ? Caller.SYSTEM_CALLER : OidcCallers.from(http);
    }
    return caller;
  }

  @Override
  public String clientAddress() {
    HttpServletRequest http = httpRequest();
    return http == null ? null : http.getRemoteAddr();
  }

  @Override
  public String tokenClaim(String name) {
    HttpServletRequest http = httpRequest();
    return http == null ? null : OidcCallers.claim(http, name);
  }

  @Override
  public String requestId() {
    HttpServletRequest http = httpRequest();
    Object id = http == null ? null : http.getAttribute(RequestIds.ATTRIBUTE);
    return id == null ? null : id.toString();
  }

  private HttpServletRequest httpRequest() {
    try {
      request.getMethod(); // Weld's proxy throws here when no servlet request is under way
      return request;
    } catch (IllegalStateException noServletRequest) {
      return null;
    }
  }
}
