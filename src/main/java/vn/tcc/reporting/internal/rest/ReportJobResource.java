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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.ReportFileJobs;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Report files written in the background: start a job (202 with its address), read its progress,
 * download its file when done. A job is its requester's only: anyone else gets 404.
 */
@Path("reports/jobs")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR, Role.AUDITOR, Role.COORDINATOR})
public class ReportJobResource {
  @Inject ReportFileJobs jobs;
  @Inject CurrentRequest currentRequest;
  @Context UriInfo uriInfo;

  /** Which file to write: kind SYNTHESIS or SUBMISSION, its id, format xlsx or docx. */
  public record StartBody(String kind, Long targetId, String format) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startReportJob",
      summary = "Write a synthesis's or a unit report's workbook or Word report in the background",
      description =
          "202 with Location: the job (poll its progress, then GET its file). 403/404 as reading"
              + " the synthesis or report would answer; 429 with three jobs under way.")
  public Response start(StartBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    ReportFileJobs.JobView job =
        jobs.start(ReportingActors.of(currentRequest), body.kind(), body.targetId(), body.format());
    return Response.accepted(job)
        .location(uriInfo.getBaseUriBuilder().path("reports/jobs/{id}").build(job.id()))
        .build();
  }

  @GET
  @Path("{id:[0-9]{1,18}}")
  @Operation(
      operationId = "getReportJob",
      summary = "A job's state (QUEUED, RUNNING, DONE, FAILED) and progress 0-100")
  public ReportFileJobs.JobView get(@PathParam("id") long id) {
    return jobs.get(ReportingActors.of(currentRequest), id);
  }

  @GET
  @Path("{id:[0-9]{1,18}}/file")
  @Produces({
    ReportSubmissionResource.XLSX,
    ReportSubmissionResource.DOCX,
    MediaType.APPLICATION_JSON
  })
  @Operation(
      operationId = "downloadReportJobFile",
      summary = "The file of a done job (409 while it is not done)")
  public Response file(@PathParam("id") long id) {
    ReportFileJobs.JobFile file = jobs.file(ReportingActors.of(currentRequest), id);
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }
}
