package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.ReportExport;
import vn.tcc.reporting.internal.application.SynthesisFiles;
import vn.tcc.reporting.internal.application.SynthesisView;
import vn.tcc.reporting.internal.application.SynthesisWorkflow;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The provincial synthesis of the units' accepted reports: provincial supervisors build, review,
 * approve (not the one who prepared it) and submit it to the PPC (numbered, dated, signed);
 * auditors of the province read it. Coordinators have no access: a synthesis shows every unit.
 */
@Path("reports/syntheses")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR, Role.AUDITOR})
public class ReportSynthesisResource {
  @Inject SynthesisWorkflow workflow;
  @Inject SynthesisFiles files;
  @Inject CurrentRequest currentRequest;

  /** Which synthesis to build: a form and a period key (2026-M12…). */
  public record BuildBody(String formCode, String period) {}

  @GET
  @Operation(
      operationId = "listReportSyntheses",
      summary = "Syntheses, newest period first (form, period filters; at most 200)")
  public List<SynthesisWorkflow.SynthesisSummary> list(
      @QueryParam("form") String form, @QueryParam("period") String period) {
    return workflow.list(ReportingActors.of(currentRequest), form, period);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "buildReportSynthesis",
      summary = "Build the synthesis of a form for a period from the accepted reports",
      description =
          "201 with a new version (the first, or the next after a submitted one, stating what"
              + " changed), 200 with the draft built again. 409 while a version is reviewed or"
              + " approved but not submitted.")
  public Response build(BuildBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    SynthesisWorkflow.Built built =
        workflow.build(ReportingActors.of(currentRequest), body.formCode(), body.period());
    return Response.status(built.created() ? 201 : 200).entity(built.synthesis()).build();
  }

  @GET
  @Path("timeliness")
  @Operation(
      operationId = "reportTimeliness",
      summary = "Per unit: expected, actual and on-time reports (DHIS2 rates); the current period",
      description = "form (required); count of past periods, 1 to 24, default 6.")
  public SynthesisWorkflow.TimelinessView timeliness(
      @QueryParam("form") String form, @QueryParam("count") String count) {
    return workflow.timeliness(ReportingActors.of(currentRequest), form, count);
  }

  @GET
  @Path("{id:[0-9]{1,18}}")
  @Operation(operationId = "getReportSynthesis", summary = "One synthesis with its figures")
  public SynthesisView get(@PathParam("id") long id) {
    return workflow.get(ReportingActors.of(currentRequest), id);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/versions")
  @Operation(
      operationId = "getReportSynthesisVersions",
      summary = "Every version of the synthesis of the same form and period, oldest first")
  public List<SynthesisView> versions(@PathParam("id") long id) {
    return workflow.versions(ReportingActors.of(currentRequest), id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/review")
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(operationId = "reviewReportSynthesis", summary = "Mark a draft synthesis reviewed")
  public SynthesisView review(@PathParam("id") long id) {
    return workflow.review(ReportingActors.of(currentRequest), id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/approval")
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "approveReportSynthesis",
      summary = "Approve a reviewed synthesis (the leader: not the supervisor who prepared it)",
      description = "409 when you prepared it (four eyes) or it is not reviewed.")
  public SynthesisView approve(@PathParam("id") long id) {
    return workflow.approve(ReportingActors.of(currentRequest), id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/submission")
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "submitReportSynthesis",
      summary = "Submit an approved synthesis to the PPC: numbered, dated, signed, frozen")
  public SynthesisView submit(@PathParam("id") long id) {
    return workflow.submit(ReportingActors.of(currentRequest), id);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/synthesis.xlsx")
  @Produces(ReportSubmissionResource.XLSX)
  @Operation(
      operationId = "downloadSynthesisWorkbook",
      summary = "The synthesis as an Excel workbook: a sheet per section, figures as numbers")
  public Response workbook(@PathParam("id") long id) {
    return file(
        files.workbook(ReportingActors.of(currentRequest), id), ReportSubmissionResource.XLSX);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/synthesis.docx")
  @Produces(ReportSubmissionResource.DOCX)
  @Operation(
      operationId = "downloadSynthesisDocument",
      summary = "The synthesis as a Word report in the official layout, same figures")
  public Response document(@PathParam("id") long id) {
    return file(
        files.document(ReportingActors.of(currentRequest), id), ReportSubmissionResource.DOCX);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/signed.txt")
  @Produces("text/plain;charset=UTF-8")
  @Operation(
      operationId = "downloadSynthesisSignedText",
      summary = "The exact text that was signed when the synthesis was submitted")
  public Response signedText(@PathParam("id") long id) {
    return file(
        files.signedText(ReportingActors.of(currentRequest), id), "text/plain;charset=UTF-8");
  }

  @GET
  @Path("{id:[0-9]{1,18}}/signature.p7s")
  @Produces("application/pkcs7-signature")
  @Operation(
      operationId = "downloadSynthesisSignature",
      summary =
          "The detached CMS signature over signed.txt (openssl cms -verify -binary -inform DER)")
  public Response signature(@PathParam("id") long id) {
    return file(
        files.signature(ReportingActors.of(currentRequest), id), "application/pkcs7-signature");
  }

  private static Response file(ReportExport.ReportFile file, String type) {
    return Response.ok(file.content(), type)
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
