package vn.tcc.command.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.command.internal.live.SnapshotView;
import vn.tcc.command.internal.live.Snapshots;
import vn.tcc.command.internal.live.Snapshots.SnapshotImage;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * A camera's frame kept as evidence: TCC takes the current JPEG from the camera's VMS (the client
 * sends no picture), stores it with its SHA-256 and answers where it is. Same checks as the live
 * view; a shared camera's agreement must cover snapshots as well.
 */
@Path("cameras/{code}/snapshots")
@RequestScoped
@Tag(name = "Live view", description = "Live video of the cameras, proxied by TCC")
@RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
public class CameraSnapshotResource {
  @Inject Snapshots snapshots;
  @Inject CurrentRequest currentRequest;
  @jakarta.ws.rs.core.Context UriInfo uri;

  /** What the client may say about the frame: the incident it is for, a note (both optional). */
  public record SnapshotRequest(Long incidentId, String note) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "takeCameraSnapshot",
      summary = "Keep the camera's current frame as evidence, with its SHA-256",
      description =
          "TCC fetches one JPEG from the camera's VMS and keeps it in the evidence store. Body"
              + " (optional): incidentId (an incident the caller can see), note (up to 500"
              + " characters). Kept under the retention class COMMAND_SNAPSHOT.")
  @APIResponse(responseCode = "201", description = "Kept; the answer gives its id and SHA-256")
  @APIResponse(responseCode = "403", description = "Role, jurisdiction or sharing agreement")
  @APIResponse(responseCode = "404", description = "No such camera or incident")
  @APIResponse(responseCode = "409", description = "Camera not in service or not linked to a VMS")
  @APIResponse(responseCode = "503", description = "The camera's VMS does not answer")
  public Response take(
      @PathParam("code") String code,
      @RequestBody(
              required = false,
              description = "Optional: the incident the frame is for and a note; none is fine")
          SnapshotRequest body) {
    SnapshotView kept =
        SnapshotView.of(
            snapshots.take(
                currentRequest.caller(),
                code,
                body == null ? null : body.incidentId(),
                body == null ? null : body.note()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(kept.id())).build())
        .entity(kept)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listCameraSnapshots",
      summary = "The camera's kept frames, newest first")
  public List<SnapshotView> list(@PathParam("code") String code) {
    return snapshots.ofCamera(currentRequest.caller(), code).stream()
        .map(SnapshotView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Produces("image/jpeg")
  @Operation(
      operationId = "getCameraSnapshot",
      summary = "A kept frame's bytes (checked against its SHA-256; the look is audited)")
  @APIResponse(
      responseCode = "200",
      description = "The JPEG; Repr-Digest gives its SHA-256",
      content = @Content(mediaType = "image/jpeg"))
  public Response image(@PathParam("code") String code, @PathParam("id") String id) {
    SnapshotImage image = snapshots.image(currentRequest.caller(), id);
    if (!image.snapshot().cameraCode().equals(code)) {
      throw new ProblemException(404, "command.snapshot.notFound");
    }
    return Response.ok(image.bytes(), image.snapshot().mediaType())
        .header("Cache-Control", "no-store")
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder()
                    .encodeToString(HexFormat.of().parseHex(image.snapshot().sha256()))
                + ":")
        .build();
  }
}
