package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.ReportingDashboard;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The reporting dashboard's data: filings of the current period, reporting rates and the headline
 * figures of the last twelve months, for the caller's jurisdiction (a coordinator: his unit).
 */
@Path("reports/dashboard")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR, Role.AUDITOR, Role.COORDINATOR})
public class ReportDashboardResource {
  @Inject ReportingDashboard dashboard;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "getReportDashboard",
      summary =
          "Who filed the form for the current period, who is late, the units' on-time rates, and"
              + " violations by type and month, fines collected (VND) and cameras by commune",
      description =
          "form: the form whose filings to show (default VIOLATION_HANDLING). Supervisors and"
              + " auditors see their jurisdiction, a coordinator his unit.")
  public ReportingDashboard.Dashboard get(@QueryParam("form") String form) {
    return dashboard.load(ReportingActors.of(currentRequest), form);
  }
}
