package vn.tcc.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/** The current HTTP request as TCC sees it: caller from the token, address, request id. */
@RequestScoped
public class RequestContext implements CurrentRequest {
  @Inject HttpServletRequest request;
  private Caller caller;

  @Override
  public Caller caller() {
    if (caller == null) {
      caller = OidcCallers.from(request);
    }
    return caller;
  }

  @Override
  public String clientAddress() {
    return request.getRemoteAddr();
  }

  @Override
  public String requestId() {
    Object id = request.getAttribute(RequestIds.ATTRIBUTE);
    return id == null ? null : id.toString();
  }
}
