package vn.tcc.retention.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.internal.application.ManualDeletionService;
import vn.tcc.retention.internal.domain.ManualDeletion;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Manual deletion outside the schedule, by two supervisors: one requests, another approves (the
 * items are deleted and a signed record written) or rejects. An administrator who is not also a
 * supervisor can do neither.
 */
@Path("retention/manual-deletions")
@RequestScoped
@Tag(
    name = "Retention: manual deletions",
    description = "Deletion outside the schedule, two people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUDITOR, Role.ADMIN, Role.SUPERVISOR})
public class ManualDeletionResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject ManualDeletionService manualDeletions;
  @Inject CurrentRequest currentRequest;

  /** A request: the data class, the owning module's item ids (1..100), why and on what decision. */
  public record RequestBody(
      String dataClass, List<String> itemIds, String reason, String decisionNumber) {}

  public record RejectionBody(String reason) {}

  @GET
  @Operation(
      operationId = "listManualDeletions",
      summary = "Manual deletion requests of your area, newest first (limit 1..200)")
  public List<ManualDeletion> list(
      @QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("50") int limit) {
    return manualDeletions.list(currentRequest.caller(), before, limit);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getManualDeletion",
      summary = "One manual deletion request and its outcome")
  public ManualDeletion one(@PathParam("id") long id) {
    return manualDeletions.find(currentRequest.caller(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "requestManualDeletion",
      summary = "Request the deletion of named items (a supervisor)",
      description =
          "409 when an item is under a legal hold; 422 when an item is unknown in your area.")
  public Response request(RequestBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    ManualDeletion stored =
        manualDeletions.request(
            currentRequest.caller(),
            dataClass(body.dataClass()),
            body.itemIds(),
            body.reason(),
            body.decisionNumber());
    return Response.status(Response.Status.CREATED).entity(stored).build();
  }

  @POST
  @Path(ID + "/approval")
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "approveManualDeletion",
      summary = "Approve and run a request (another supervisor than the requester)",
      description = "Deletes the items through their module and answers with the record's id.")
  public ManualDeletion approve(@PathParam("id") long id) {
    return manualDeletions.approve(currentRequest.caller(), id);
  }

  @POST
  @Path(ID + "/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "rejectManualDeletion",
      summary = "Reject a request with a reason (another supervisor than the requester)")
  public ManualDeletion reject(@PathParam("id") long id, RejectionBody body) {
    return manualDeletions.reject(currentRequest.caller(), id, body == null ? null : body.reason());
  }

  private static DataClass dataClass(String name) {
    if (name == null || name.isBlank()) {
      return null; // the request says a data class is required
    }
    try {
      return DataClass.valueOf(name.strip());
    } catch (IllegalArgumentException unknown) {
      throw new ProblemException(422, "retention.manual.unknownDataClass", name);
    }
  }
}
