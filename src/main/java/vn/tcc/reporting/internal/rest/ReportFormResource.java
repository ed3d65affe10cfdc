package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.FormAdministration;
import vn.tcc.reporting.internal.application.FormAdministration.VersionDetail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The report forms' versions for the provincial administrator: a new version copied from the one in
 * force with a later effective day, its sections, indicators (type, unit, range, narrative
 * threshold) and sums edited while it is a draft, then published. A published version is never
 * changed: submissions keep the version they were opened on.
 */
@Path("reports/forms/versions")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ReportFormResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject FormAdministration administration;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listReportFormVersions",
      summary = "Every version of every report form: draft or published, and the one in force")
  public List<FormAdministration.VersionView> list() {
    return administration.list(ReportingActors.of(currentRequest));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "draftReportFormVersion",
      summary = "Start a new version of a form, copied from its latest, effective from a day",
      description =
          "Body {code, effectiveFrom: yyyy-MM-dd}; the day is today or later and after the latest"
              + " version's. 409 when the form has a draft already.")
  public Response draft(FormAdministration.DraftInput body) {
    return Response.status(201)
        .entity(administration.createDraft(ReportingActors.of(currentRequest), body))
        .build();
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getReportFormVersion",
      summary = "One version with its sections, indicators and sums")
  public VersionDetail get(@PathParam("id") long id) {
    return administration.get(ReportingActors.of(currentRequest), id);
  }

  @PUT
  @Path(ID)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeReportFormVersion",
      summary = "Change a draft's titles and effective day")
  public VersionDetail header(@PathParam("id") long id, FormAdministration.HeaderInput body) {
    return administration.changeHeader(ReportingActors.of(currentRequest), id, required(body));
  }

  @DELETE
  @Path(ID)
  @Operation(operationId = "discardReportFormVersion", summary = "Discard a draft version")
  public Response discard(@PathParam("id") long id) {
    administration.discard(ReportingActors.of(currentRequest), id);
    return Response.noContent().build();
  }

  @PUT
  @Path(ID + "/sections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putReportFormSection",
      summary = "Add a section to a draft, or change its titles (matched by code)")
  public VersionDetail section(@PathParam("id") long id, FormAdministration.SectionInput body) {
    return administration.putSection(ReportingActors.of(currentRequest), id, required(body));
  }

  @DELETE
  @Path(ID + "/sections/{code}")
  @Operation(
      operationId = "deleteReportFormSection",
      summary = "Remove an empty section of a draft")
  public VersionDetail deleteSection(@PathParam("id") long id, @PathParam("code") String code) {
    return administration.deleteSection(ReportingActors.of(currentRequest), id, code);
  }

  @PUT
  @Path(ID + "/indicators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putReportFormIndicator",
      summary = "Add an indicator to a draft, or change it (matched by code)",
      description =
          "type INTEGER, MONEY_VND, PERCENT or TEXT; min and max (not for TEXT);"
              + " narrativeAbovePercent: a move from the previous period beyond it needs a"
              + " narrative.")
  public VersionDetail indicator(@PathParam("id") long id, FormAdministration.IndicatorInput body) {
    return administration.putIndicator(ReportingActors.of(currentRequest), id, required(body));
  }

  @DELETE
  @Path(ID + "/indicators/{code}")
  @Operation(
      operationId = "deleteReportFormIndicator",
      summary = "Remove an indicator of a draft (not while a sum names it)")
  public VersionDetail deleteIndicator(@PathParam("id") long id, @PathParam("code") String code) {
    return administration.deleteIndicator(ReportingActors.of(currentRequest), id, code);
  }

  @PUT
  @Path(ID + "/sums")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putReportFormSum",
      summary = "A total that must equal the sum of its parts (numbers of one type)")
  public VersionDetail sum(@PathParam("id") long id, FormAdministration.SumInput body) {
    return administration.putSum(ReportingActors.of(currentRequest), id, required(body));
  }

  @DELETE
  @Path(ID + "/sums/{total}")
  @Operation(operationId = "deleteReportFormSum", summary = "Remove a sum of a draft")
  public VersionDetail deleteSum(@PathParam("id") long id, @PathParam("total") String total) {
    return administration.deleteSum(ReportingActors.of(currentRequest), id, total);
  }

  @POST
  @Path(ID + "/publish")
  @Operation(
      operationId = "publishReportFormVersion",
      summary = "Publish a draft: new reports of periods from its effective day use it")
  public VersionDetail publish(@PathParam("id") long id) {
    return administration.publish(ReportingActors.of(currentRequest), id);
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    return body;
  }
}
