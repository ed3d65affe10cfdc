package vn.tcc.command.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.command.internal.live.LiveViewing.LiveView;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * A camera's recording replayed through TCC from a chosen moment: the VMS's recording that holds
 * it, relayed as MJPEG. The same checks as live, with the agreement asked for recordings; each
 * playback audited from its opening to its end.
 */
@Path("cameras/{code}/playback")
@RequestScoped
@Tag(name = "Live view", description = "Live video of the cameras, proxied by TCC")
@RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
public class CameraPlaybackResource {
  @Inject LiveViewing viewing;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "playbackCamera",
      summary = "The camera's recording from a moment, as MJPEG (multipart/x-mixed-replace)",
      description =
          "at: an ISO date-time with offset (2026-12-07T09:30:00+07:00) or a local time in"
              + " Asia/Ho_Chi_Minh (2026-12-07T09:30). The recording that holds the moment is"
              + " replayed from there to its end. 404 when no recording covers it.")
  @APIResponse(
      responseCode = "200",
      description = "The replay, until it ends or the client closes it",
      content = @Content(mediaType = "multipart/x-mixed-replace"))
  @APIResponse(responseCode = "400", description = "No time, or not a time")
  @APIResponse(responseCode = "403", description = "Role, jurisdiction or sharing agreement")
  @APIResponse(responseCode = "404", description = "No such camera, or no recording at that time")
  @APIResponse(responseCode = "409", description = "Camera not in service or not linked to a VMS")
  @APIResponse(responseCode = "429", description = "Already 16 streams open for this user")
  @APIResponse(responseCode = "503", description = "The camera's VMS does not answer")
  public void playback(
      @PathParam("code") String code,
      @Parameter(description = "The moment to replay from") @QueryParam("at") String at,
      @Parameter(description = "Size of the frames in % of the camera's: 25, 50 (default), 100")
          @QueryParam("scale")
          String scale,
      @Suspended AsyncResponse answer) {
    Instant moment = viewing.playbackMoment(currentRequest.caller(), code, at);
    LiveView view =
        viewing.openPlayback(currentRequest, code, moment, CameraLiveResource.scalePercent(scale));
    CameraLiveResource.answerInBackground(viewing, view, answer);
  }
}
