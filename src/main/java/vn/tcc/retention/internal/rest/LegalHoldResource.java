package vn.tcc.retention.internal.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.HoldAdministration;
import vn.tcc.retention.internal.application.HoldRequest;
import vn.tcc.retention.internal.application.HoldView;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Legal holds: data that is not purged, whatever the policy says, until lifted or its day. */
@Path("retention/holds")
@RequestScoped
@Tag(name = "Retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR})
public class LegalHoldResource {
  @Inject HoldAdministration holds;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listLegalHolds",
      summary = "The holds of your area, newest first",
      description =
          "state: IN_FORCE, ENDED or LIFTED (all when absent); page from 0, size 1 to 200."
              + " Holds on a camera belong to its commune; holds on a case or an agreement to the"
              + " province.")
  public HoldAdministration.HoldPage list(
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return holds.list(currentRequest.caller(), state, page, size);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      operationId = "placeLegalHold",
      summary = "Place a hold on a case, a camera's time range or an agreement",
      description =
          "Exactly one of caseNumber, cameraCode (with from and to, ISO-8601 with offset) or"
              + " agreementId; reason and decisionNumber required; heldThrough (yyyy-MM-dd)"
              + " optional: until lifted. A camera of another area is 404; holds on a case or an"
              + " agreement are placed by province staff.")
  public Response place(HoldRequest body) {
    HoldView placed = holds.place(currentRequest.caller(), body);
    return Response.status(Response.Status.CREATED).entity(placed).build();
  }

  @POST
  @Path("{id:[0-9]{1,18}}/lift")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "liftLegalHold",
      summary = "Lift a hold: a supervisor other than the one who placed it, with a reason")
  public HoldView lift(@PathParam("id") long id, LiftBody body) {
    return holds.lift(currentRequest.caller(), id, body == null ? null : body.reason());
  }

  /** Why the hold is lifted. */
  public record LiftBody(String reason) {}
}
