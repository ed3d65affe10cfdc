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
      auditTrail.record(
          AuditRecord.denied(AuditActions.ACCESS_DENIED, "api", target, "no valid token"));
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
      auditTrail.record(
          AuditRecord.denied(AuditActions.ACCESS_DENIED, "api", target, "role not allowed"));
      request.abortWith(problems.of(403, "problem.403.role").toResponse());
      return;
    }
    if (caller.jurisdiction() == null) {
      auditTrail.record(
          AuditRecord.denied(
              AuditActions.ACCESS_DENIED, "api", target, "no jurisdiction in token"));
      request.abortWith(problems.of(403, "problem.403.jurisdiction").toResponse());
    }
  }
}
