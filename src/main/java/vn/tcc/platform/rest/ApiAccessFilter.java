package vn.tcc.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import vn.tcc.platform.security.RefusalLimiter;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Every API call: 401 without a valid token, 403 without one of the roles the resource names.
 * Resources state {@link RolesAllowed} or {@link PermitAll}; one that states neither is refused, so
 * a forgotten annotation fails closed. Jurisdiction is checked by each resource on its objects.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {
  @Context ResourceInfo resourceInfo;
  @Inject CurrentRequest currentRequest;
  @Inject AuditTrail auditTrail;
  @Inject Problems problems;
  @Inject RefusalLimiter refusals;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    if (method == null || type == null) {
      return; // no resource matched: JAX-RS answers 404/405 itself
    }
    if (method.isAnnotationPresent(PermitAll.class)
        || (type.isAnnotationPresent(PermitAll.class)
            && !method.isAnnotationPresent(RolesAllowed.class))) {
      return;
    }
    String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath();
    Caller caller = currentRequest.caller();
    if (!caller.isAuthenticated()) {
      if (!auditRefusal(request, target, "no valid token")) {
        return;
      }
      // RFC 6750 asks for the challenge header on a 401.
      request.abortWith(
          Response.fromResponse(problems.of(401, "problem.401.detail").toResponse())
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tcc\"")
              .build());
      return;
    }
    RolesAllowed allowed =
        method.isAnnotationPresent(RolesAllowed.class)
            ? method.getAnnotation(RolesAllowed.class)
            : type.getAnnotation(RolesAllowed.class);
    if (allowed == null || !caller.hasAnyRole(List.of(allowed.value()))) {
      if (!auditRefusal(request, target, "role not allowed")) {
        return;
      }
      request.abortWith(problems.of(403, "problem.403.role").toResponse());
      return;
    }
    if (caller.jurisdiction() == null) {
      if (!auditRefusal(request, target, "no jurisdiction in token")) {
        return;
      }
      request.abortWith(problems.of(403, "problem.403.jurisdiction").toResponse());
    }
  }

  /**
   * Audits a refusal, or counts it into the minute's summary when the address refuses a lot ({@link
   * RefusalLimiter}); false when the address is throttled and the call was answered 429.
   */
  private boolean auditRefusal(ContainerRequestContext request, String target, String why) {
    switch (refusals.refused(currentRequest.clientAddress())) {
      case AUDIT ->
          auditTrail.record(AuditRecord.denied(AuditActions.ACCESS_DENIED, "api", target, why));
      case COUNT -> {
        // counted into the summary entry of this address and minute
      }
      case THROTTLE -> {
        request.abortWith(
            Response.fromResponse(problems.of(429, "problem.429.detail").toResponse())
                .header(HttpHeaders.RETRY_AFTER, refusals.secondsToNextMinute())
                .build());
        return false;
      }
    }
    return true;
  }
}
