package vn.tcc.retention.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.PurgeRunService;
import vn.tcc.retention.internal.application.PurgeRunViews;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Retention purge runs: a dry run on request, the runs and their plans, approval by a second
 * person, resume after a failure. The work happens in the background (the purge worker); these
 * calls only record what people decide and show the progress.
 */
@Path("retention/runs")
@RequestScoped
@Tag(name = "Retention purge runs", description = "Dry run, approval and progress of purges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR})
public class RetentionRunResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject PurgeRunService runs;
  @Inject CurrentRequest currentRequest;

  @POST
  @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
  @Operation(
      operationId = "planRetentionDryRun",
      summary = "Plan a dry run now (province supervisors and administrators)",
      description =
          "Answers 202 with the run in PLANNING; the plan is made in the background. Nothing is"
              + " deleted until another supervisor or administrator approves the run.")
  public Response planDryRun() {
    PurgeRunViews.RunView run = runs.requestDryRun(currentRequest.caller());
    return Response.accepted(run).header("Location", "retention/runs/" + run.id()).build();
  }

  @GET
  @Operation(
      operationId = "listRetentionRuns",
      summary = "Purge runs, newest first (limit 1..200, default 50)")
  public PurgeRunViews.RunPage list(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return runs.list(currentRequest.caller(), number(offset), number(limit));
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getRetentionRun",
      summary =
          "One run: state, progress (itemsDone of itemsDue), counts and bytes per class,"
              + " level and state within your area")
  public PurgeRunViews.RunView one(@PathParam("id") long id) {
    return runs.view(currentRequest.caller(), id);
  }

  @GET
  @Path(ID + "/items")
  @Operation(
      operationId = "listRetentionRunItems",
      summary = "The lines of a run's plan within your area, in plan order (audited)")
  public PurgeRunViews.ItemPage items(
      @PathParam("id") long id,
      @QueryParam("class") String dataClass,
      @QueryParam("level") String level,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return runs.items(currentRequest.caller(), id, dataClass, level, number(offset), number(limit));
  }

  @POST
  @Path(ID + "/approval")
  @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
  @Operation(
      operationId = "approveRetentionRun",
      summary = "Approve a planned run (not the one who asked for it); it then runs",
      description = "Answers 202: the run starts in the background within seconds.")
  public Response approve(@PathParam("id") long id) {
    return Response.accepted(runs.approve(currentRequest.caller(), id)).build();
  }

  @POST
  @Path(ID + "/resume")
  @RolesAllowed({Role.SUPERVISOR, Role.ADMIN})
  @Operation(
      operationId = "resumeRetentionRun",
      summary = "Resume a failed run where it stopped (nothing is deleted twice)")
  public Response resume(@PathParam("id") long id) {
    return Response.accepted(runs.resume(currentRequest.caller(), id)).build();
  }

  /** A query number; text that is no number is the caller's mistake (422), not a 404 or 500. */
  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(422, "retention.run.notANumber", text);
    }
  }
}
