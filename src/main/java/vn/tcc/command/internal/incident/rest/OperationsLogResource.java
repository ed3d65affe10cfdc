package vn.tcc.command.internal.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.command.internal.incident.application.HandoverRequest;
import vn.tcc.command.internal.incident.application.OperationsLog;
import vn.tcc.command.internal.incident.application.ShiftLog;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The operations log of each shift and the handover between shifts. */
@Path("incidents/log")
@RequestScoped
@Tag(name = "Incidents", description = "Command room: incidents, acknowledgement, actions, closing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR})
public class OperationsLogResource {
  @Inject OperationsLog log;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "shiftLog",
      summary = "A shift's operations log (the running shift when no day/shift is given)",
      description =
          "day yyyy-MM-dd (Vietnam time; a night shift after midnight belongs to the day it"
              + " started), shift 1..shifts per day. Entries inside the caller's jurisdiction.")
  public ShiftLog shift(@QueryParam("day") String day, @QueryParam("shift") String shift) {
    return log.shift(currentRequest.caller(), day, shift);
  }

  @POST
  @Path("handover")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OPERATOR, Role.SUPERVISOR})
  @Operation(
      operationId = "writeShiftHandover",
      summary = "Write the running shift's handover note (until the next shift reads it)")
  public ShiftLog writeHandover(HandoverRequest body) {
    return log.writeHandover(currentRequest.caller(), body);
  }

  @POST
  @Path("handover/acknowledge")
  @RolesAllowed({Role.OPERATOR, Role.SUPERVISOR})
  @Operation(
      operationId = "acknowledgeShiftHandover",
      summary = "Acknowledge the note the previous shift left (not one's own)")
  public ShiftLog acknowledgeHandover() {
    return log.acknowledgeHandover(currentRequest.caller());
  }
}
