package vn.tcc.sharing.internal.rest;

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
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.GrantAdministration;
import vn.tcc.sharing.internal.application.GrantRequest;
import vn.tcc.sharing.internal.application.GrantView;
import vn.tcc.sharing.internal.application.SharingPage;
import vn.tcc.sharing.internal.application.SharingRoles;

/**
 * Compulsory access grants (the emergency bases of Art. 18): requested by an officer or supervisor,
 * approved or rejected by another supervisor, withdrawn by the requester; read by staff of the unit
 * and, once approved, by the provider whose cameras they open.
 */
@Path("sharing/grants")
@RequestScoped
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR, SharingRoles.PROVIDER})
public class SharingGrantResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject GrantAdministration grants;
  @Inject CurrentRequest currentRequest;

  /** The decision on a request; a note is required to reject. */
  public record DecisionBody(String note) {}

  @GET
  @Operation(
      operationId = "listSharingGrants",
      summary = "The compulsory grants you may see, newest first (a provider: his approved ones)")
  public SharingPage<GrantView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return grants.list(currentRequest.caller(), page, size);
  }

  @GET
  @Path(ID)
  @Operation(operationId = "getSharingGrant", summary = "One compulsory grant")
  public GrantView one(@PathParam("id") long id) {
    return grants.one(currentRequest.caller(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      operationId = "requestSharingGrant",
      summary = "Request compulsory access to a provider's cameras (officers, supervisors)",
      description =
          "providerCode, legalBasis (EMERGENCY, SECURITY_THREAT, DISASTER, RIOT, TERRORISM),"
              + " decisionNumber, receivingUnit, cameraCodes (the provider's), dataTypes, purposes,"
              + " validFrom and validUntil (ISO time, with an offset or in Vietnam's time; the end"
              + " excluded; at most 30 days), reason. It allows nothing until another supervisor"
              + " approves it.")
  public Response request(GrantRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.request(currentRequest.caller(), body))
        .build();
  }

  @POST
  @Path(ID + "/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "approveSharingGrant",
      summary = "Approve a requested grant (a supervisor other than the requester)")
  public GrantView approve(@PathParam("id") long id, DecisionBody body) {
    return grants.decide(currentRequest.caller(), id, "APPROVE", body == null ? null : body.note());
  }

  @POST
  @Path(ID + "/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(
      operationId = "rejectSharingGrant",
      summary = "Reject a requested grant, with a note (a supervisor other than the requester)")
  public GrantView reject(@PathParam("id") long id, DecisionBody body) {
    return grants.decide(currentRequest.caller(), id, "REJECT", body == null ? null : body.note());
  }

  @POST
  @Path(ID + "/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      operationId = "withdrawSharingGrant",
      summary = "Withdraw your own request before it is decided")
  public GrantView withdraw(@PathParam("id") long id, DecisionBody body) {
    return grants.decide(
        currentRequest.caller(), id, "WITHDRAW", body == null ? null : body.note());
  }
}
