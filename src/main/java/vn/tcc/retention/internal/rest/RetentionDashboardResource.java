package vn.tcc.retention.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.RetentionDashboard;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The retention dashboard's figures for your area. */
@Path("retention/dashboard")
@RequestScoped
@Tag(name = "Retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR})
public class RetentionDashboardResource {
  @Inject RetentionDashboard dashboard;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "getRetentionDashboard",
      summary = "Storage per class and level, what falls due in 7 and 30 days, holds, runs",
      description =
          "A class whose source failed is listed in unknownVolumes (or due.unknown), not an"
              + " error. Due counts stop at forecastCap items per class (complete=false: more).")
  public RetentionDashboard.Figures figures() {
    return dashboard.figures(currentRequest.caller());
  }
}
