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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.AgreementAdministration;
import vn.tcc.sharing.internal.application.AgreementExpiry;
import vn.tcc.sharing.internal.application.AgreementRequest;
import vn.tcc.sharing.internal.application.AgreementView;
import vn.tcc.sharing.internal.application.SharingPage;
import vn.tcc.sharing.internal.application.SharingRoles;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.ExpiryReminder;

/**
 * Agreements: drafted by administrators, moved through their lifecycle (each move with a reason, on
 * the timeline), read by staff; a provider reads and revokes only his own.
 */
@Path("sharing/agreements")
@RequestScoped
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR, SharingRoles.PROVIDER})
public class SharingAgreementResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject AgreementAdministration agreements;
  @Inject AgreementExpiry expiry;
  @Inject CurrentRequest currentRequest;

  /** Why the agreement moves; on activation, the signed document's SHA-256 (hex). */
  public record MoveBody(String reason, String documentSha256) {}

  @GET
  @Operation(
      operationId = "listSharingAgreements",
      summary = "The agreements you may see, newest first",
      description =
          "state: a state's name (all when absent); provider: a provider's code (staff); page"
              + " from 0, size 1 to 200. A provider sees only his own.")
  public SharingPage<AgreementView> list(
      @QueryParam("state") String state,
      @QueryParam("provider") String provider,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return agreements.list(currentRequest.caller(), state, provider, page, size);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getSharingAgreement",
      summary = "One agreement with its timeline and the moves you may make")
  public AgreementView one(@PathParam("id") long id) {
    return agreements.one(currentRequest.caller(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "draftSharingAgreement",
      summary = "Draft an agreement (administrators)",
      description =
          "providerCode, title, receivingUnit (a commune/ward or the province), cameraCodes (the"
              + " provider's registered cameras), dataTypes (LIVE_VIEW, RECORDINGS, EVENTS,"
              + " SNAPSHOTS), purposes, startTime/endTime HH:mm (end before start crosses"
              + " midnight; equal: all day), daysOfWeek (MONDAY..SUNDAY), legalBasis"
              + " (VOLUNTARY_ART18, or EMERGENCY, SECURITY_THREAT, DISASTER, RIOT, TERRORISM with"
              + " decisionNumber and a term of at most 30 days), storagePlace (COMMUNE_CENTER,"
              + " LICENSED_CLOUD), retentionDays, startsOn, endsOn (yyyy-MM-dd), documentSha256"
              + " optional until activation.")
  public Response draft(AgreementRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(agreements.draft(currentRequest.caller(), body))
        .build();
  }

  @POST
  @Path(ID + "/activation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "activateSharingAgreement",
      summary = "Activate a draft, or resume a suspended agreement (administrators)")
  public AgreementView activate(@PathParam("id") long id, MoveBody body) {
    return move(id, AgreementState.ACTIVE, body);
  }

  @POST
  @Path(ID + "/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "suspendSharingAgreement",
      summary = "Suspend an active agreement (administrators)")
  public AgreementView suspend(@PathParam("id") long id, MoveBody body) {
    return move(id, AgreementState.SUSPENDED, body);
  }

  @POST
  @Path(ID + "/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN, SharingRoles.PROVIDER})
  @Operation(
      operationId = "revokeSharingAgreement",
      summary = "Revoke an agreement: the provider at any time, or an administrator")
  public AgreementView revoke(@PathParam("id") long id, MoveBody body) {
    return move(id, AgreementState.REVOKED, body);
  }

  @POST
  @Path(ID + "/destruction")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "recordSharedDataDestroyed",
      summary = "Record that the data received under an ended agreement was destroyed")
  public AgreementView destroyed(@PathParam("id") long id, MoveBody body) {
    return move(id, AgreementState.DATA_DESTROYED, body);
  }

  @POST
  @Path(ID + "/provider-notice")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "recordProviderNotified",
      summary = "Record that the provider was told his data was destroyed")
  public AgreementView notified(@PathParam("id") long id, MoveBody body) {
    return move(id, AgreementState.PROVIDER_NOTIFIED, body);
  }

  @GET
  @Path("reminders")
  @RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR})
  @Operation(
      operationId = "listSharingReminders",
      summary = "The newest reminders of agreements ending in 30 or 7 days")
  public List<ExpiryReminder> reminders() {
    return expiry.recentReminders(currentRequest.caller());
  }

  @POST
  @Path("expiry-runs")
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "runSharingExpiry",
      summary = "Run the hourly expiry now: expire agreements past their term, raise reminders")
  public AgreementExpiry.Outcome runExpiry() {
    return expiry.runFor(currentRequest.caller());
  }

  private AgreementView move(long id, AgreementState to, MoveBody body) {
    return agreements.move(
        currentRequest.caller(),
        id,
        to,
        body == null ? null : body.reason(),
        body == null ? null : body.documentSha256());
  }
}
