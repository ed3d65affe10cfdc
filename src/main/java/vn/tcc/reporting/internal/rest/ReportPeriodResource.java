package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.FormView;
import vn.tcc.reporting.internal.application.PeriodView;
import vn.tcc.reporting.internal.application.ReportingCatalog;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The reporting regime: periods (Decree 09/2019 cut-offs), forms in force, filing units. */
@Path("reports")
@RequestScoped
@Tag(
    name = "Reports",
    description =
        "Periodic reports of the departments and the provincial synthesis to the People's"
            + " Committee")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR, Role.SUPERVISOR, Role.AUDITOR})
public class ReportPeriodResource {
  @Inject ReportingCatalog catalog;
  @Inject CurrentRequest currentRequest;

  @GET
  @Path("periods")
  @Operation(
      operationId = "listReportingPeriods",
      summary = "The current reporting period of each kind and the ones before it",
      description =
          "kind: MONTHLY, QUARTERLY, SIX_MONTHLY or YEARLY (all when absent); count 1 to 60"
              + " (default 6). A month runs from the 15th of the month before to the 14th; each"
              + " period has its data range (from inclusive, to exclusive), due day, lock day and"
              + " status NOT_STARTED, OPEN or LOCKED.")
  public List<PeriodView> periods(
      @QueryParam("kind") String kind, @QueryParam("count") String count) {
    return catalog.periods(ReportingActors.of(currentRequest), kind, count);
  }

  @GET
  @Path("periods/{key}")
  @Operation(
      operationId = "getReportingPeriod",
      summary = "One reporting period by its key: 2026-M12, 2026-Q4, 2026-H1 or 2026-Y")
  public PeriodView period(@PathParam("key") String key) {
    return catalog.period(ReportingActors.of(currentRequest), key);
  }

  @GET
  @Path("forms")
  @Operation(
      operationId = "listReportForms",
      summary = "The report forms in force on a day (at=yyyy-MM-dd, today when absent)")
  public List<FormView> forms(@QueryParam("at") String at) {
    return catalog.forms(ReportingActors.of(currentRequest), at);
  }

  @GET
  @Path("forms/{code}")
  @Operation(
      operationId = "getReportForm",
      summary = "One report form's version in force on a day, with its sections and indicators")
  public FormView form(@PathParam("code") String code, @QueryParam("at") String at) {
    return catalog.form(ReportingActors.of(currentRequest), code, at);
  }

  @GET
  @Path("units")
  @Operation(
      operationId = "listReportingUnits",
      summary = "The units that file reports (a coordinator sees his own)")
  public List<ReportingCatalog.UnitView> units() {
    return catalog.units(ReportingActors.of(currentRequest));
  }
}
