package vn.tcc.event.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.event.api.EventEvidence;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Evidence of one event: what was captured (and the state of the capture from the VMS), and a new
 * capture on request. The files themselves: {@link EvidenceFileResource}.
 */
// A path of its own: JAX-RS picks the root resource by the longest literal path first, so
// "events/{id}/..." would otherwise land on EventResource ("events") and find no method there.
@Path("events/{id}/evidence")
@RequestScoped
@Tag(
    name = "Evidence",
    description = "Images and clips of events, read under the sharing agreements and audited")
@RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR})
public class EvidenceResource {
  @Inject EventEvidence evidence;
  @Inject CurrentRequest currentRequest;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The files captured for an event and where its capture from the VMS stands")
  public EventEvidence.EvidenceOverview list(@PathParam("id") long eventId) {
    return evidence.of(currentRequest.caller(), eventId);
  }

  @POST
  @Path("capture")
  @Operation(summary = "Queue the capture of the event's frame and clip from its VMS (again)")
  public Response capture(@PathParam("id") long eventId) {
    evidence.requestCapture(currentRequest.caller(), eventId);
    return Response.accepted().build();
  }
}
