package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.FigureWorkbook;
import vn.tcc.reporting.internal.application.ReportExport;
import vn.tcc.reporting.internal.application.SubmissionView;
import vn.tcc.reporting.internal.application.SubmissionWorkflow;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Units' periodic reports: a coordinator opens his unit's pre-filled draft, corrects figures with a
 * reason and submits; provincial supervisors comment, return or accept; auditors read. A report of
 * another unit is 404 to a coordinator.
 */
@Path("reports/submissions")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR, Role.SUPERVISOR, Role.AUDITOR})
public class ReportSubmissionResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject SubmissionWorkflow workflow;
  @Inject ReportExport export;
  @Inject FigureWorkbook workbook;
  @Inject CurrentRequest currentRequest;

  /** Which report to open: a form and a period (the form's current one when absent). */
  public record OpenBody(String formCode, String period) {}

  /** One figure: {@code value} for number indicators, {@code text} for text ones. */
  public record FigureBody(BigDecimal value, String text, String reason, String narrative) {}

  /** A comment on one cell ({@code indicatorCode}), one section, or the whole report. */
  public record CommentBody(String indicatorCode, String sectionCode, String body) {}

  public record ReasonBody(String reason) {}

  @GET
  @Operation(
      operationId = "listReportSubmissions",
      summary = "The reports you may see: your unit's (coordinator) or every unit's (province)",
      description =
          "period (2026-M12…), state (DRAFT, SUBMITTED, RETURNED, ACCEPTED), unit, form; page from"
              + " 0, size 1 to 200.")
  public SubmissionWorkflow.SubmissionPage list(
      @QueryParam("period") String period,
      @QueryParam("state") String state,
      @QueryParam("unit") String unit,
      @QueryParam("form") String form,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return workflow.list(ReportingActors.of(currentRequest), period, state, unit, form, page, size);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.COORDINATOR)
  @Operation(
      operationId = "openReportSubmission",
      summary = "Open your unit's report on a form for a period, pre-filled from TCC's data",
      description =
          "201 with a new draft, 200 with the report already opened. 409 when the period has not"
              + " started or is locked, or the form is not your unit's.")
  public Response open(OpenBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    SubmissionWorkflow.Opened opened =
        workflow.open(ReportingActors.of(currentRequest), body.formCode(), body.period());
    return Response.status(opened.created() ? 201 : 200).entity(opened.submission()).build();
  }

  @GET
  @Path("{id:[0-9]{1,18}}")
  @Operation(
      operationId = "getReportSubmission",
      summary = "One report: figures with their source, comments and timeline")
  public SubmissionView get(@PathParam("id") long id) {
    return workflow.get(ReportingActors.of(currentRequest), id);
  }

  @PUT
  @Path("{id:[0-9]{1,18}}/values/{indicator}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.COORDINATOR)
  @Operation(
      operationId = "enterReportFigure",
      summary = "Enter or correct one figure; a change of TCC's figure needs a reason")
  public SubmissionView enter(
      @PathParam("id") long id, @PathParam("indicator") String indicator, FigureBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    return workflow.enter(
        ReportingActors.of(currentRequest),
        id,
        indicator,
        body.value(),
        body.text(),
        body.reason(),
        body.narrative());
  }

  @POST
  @Path("{id:[0-9]{1,18}}/refresh")
  @RolesAllowed(Role.COORDINATOR)
  @Operation(
      operationId = "refreshReportFigures",
      summary = "Take TCC's figures again into an open report (corrections stay)")
  public SubmissionView refresh(@PathParam("id") long id) {
    return workflow.refresh(ReportingActors.of(currentRequest), id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/submission")
  @RolesAllowed(Role.COORDINATOR)
  @Operation(
      operationId = "submitReport",
      summary = "Submit your unit's report (again, after a return)",
      description = "422 with every figure missing, out of range, or moved without a narrative.")
  public SubmissionView submit(@PathParam("id") long id) {
    return workflow.submit(ReportingActors.of(currentRequest), id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "commentReport",
      summary = "Comment one cell, one section or the whole report (provincial supervisors)")
  public Response comment(@PathParam("id") long id, CommentBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    SubmissionView view =
        workflow.comment(
            ReportingActors.of(currentRequest),
            id,
            body.indicatorCode(),
            body.sectionCode(),
            body.body());
    return Response.status(201).entity(view).build();
  }

  @POST
  @Path("{id:[0-9]{1,18}}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "returnReport",
      summary = "Return a submitted report to its unit, with a reason")
  public SubmissionView returnToUnit(@PathParam("id") long id, ReasonBody body) {
    return workflow.returnToUnit(
        ReportingActors.of(currentRequest), id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id:[0-9]{1,18}}/acceptance")
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(operationId = "acceptReport", summary = "Accept a submitted report")
  public SubmissionView accept(@PathParam("id") long id) {
    return workflow.accept(ReportingActors.of(currentRequest), id);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/report.xlsx")
  @Produces(XLSX)
  @Operation(
      operationId = "downloadReportWorkbook",
      summary = "The report as an Excel workbook: a sheet per section, figures as numbers")
  public Response workbook(@PathParam("id") long id) {
    return file(export.workbook(ReportingActors.of(currentRequest), id), XLSX);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/report.docx")
  @Produces(DOCX)
  @Operation(
      operationId = "downloadReportDocument",
      summary =
          "The report as a Word document in the official layout, same figures as the workbook")
  public Response document(@PathParam("id") long id) {
    return file(export.document(ReportingActors.of(currentRequest), id), DOCX);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/template.xlsx")
  @Produces(XLSX)
  @Operation(
      operationId = "downloadReportTemplate",
      summary = "The Excel template of the report's form, with its figures as they stand",
      description =
          "One row per indicator: code, section, name, unit, TCC's figure, the figure, the reason"
              + " for a correction and the explanation. Fill the figure column and upload it.")
  public Response template(@PathParam("id") long id) {
    return file(workbook.template(ReportingActors.of(currentRequest), id), XLSX);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/figures")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Role.COORDINATOR)
  @Operation(
      operationId = "importReportFigures",
      summary = "Import your unit's figures from the filled Excel template, all or nothing",
      description =
          "422 names every bad cell as R<row>:<indicator> with the reason (a change of TCC's"
              + " figure needs a reason); nothing is written then. 422 too for a file that is not"
              + " an .xlsx workbook or not the template, 413 above 2 MB.")
  public SubmissionView importFigures(@PathParam("id") long id, byte[] content) {
    return workbook.importFigures(ReportingActors.of(currentRequest), id, content);
  }

  private static Response file(ReportExport.ReportFile file, String type) {
    return Response.ok(file.content(), type)
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
