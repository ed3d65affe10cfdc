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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
 * A camera's live video through TCC for API clients (a bearer token): the VMS's MJPEG relayed, its
 * address and credentials never given out. The same checks as the wall: role, jurisdiction, the
 * sharing agreement of a private camera; each stream audited from its opening to its end.
 */
@Path("cameras/{code}/live")
@RequestScoped
@Tag(name = "Live view", description = "Live video of the cameras, proxied by TCC")
@RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
public class CameraLiveResource {
  @Inject LiveViewing viewing;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      summary = "The camera's live video as MJPEG (multipart/x-mixed-replace), at most 5 frames/s",
      description =
          "Operators, supervisors and commune officers, for cameras in their jurisdiction; a"
              + " business's or household's camera only under a sharing agreement in force for"
              + " live view. At most 16 streams per user at once.")
  @APIResponse(
      responseCode = "200",
      description = "The stream, until the client closes it",
      content = @Content(mediaType = "multipart/x-mixed-replace"))
  @APIResponse(responseCode = "403", description = "Role, jurisdiction or sharing agreement")
  @APIResponse(responseCode = "404", description = "No such camera")
  @APIResponse(responseCode = "409", description = "Camera not in service or not linked to a VMS")
  @APIResponse(responseCode = "429", description = "Already 16 streams open for this user")
  @APIResponse(
      responseCode = "503",
      description = "The camera's VMS does not answer, or the server relays all the streams it may")
  public void live(
      @PathParam("code") String code,
      @Parameter(description = "Size of the frames in % of the camera's: 25, 50 (default) or 100")
          @QueryParam("scale")
          String scale,
      @Suspended AsyncResponse answer) {
    LiveView view = viewing.open(currentRequest, code, scalePercent(scale));
    answerInBackground(viewing, view, answer);
  }

  /**
   * Answers with the view's stream from a relay thread, which writes it for its whole life: the
   * request thread goes back to the server at once. 503 when every relay thread streams.
   */
  static void answerInBackground(LiveViewing viewing, LiveView view, AsyncResponse answer) {
    viewing.relayInBackground(
        view,
        () -> {
          try {
            StreamingOutput body = out -> viewing.relay(view, out);
            answer.resume(
                Response.ok(body)
                    .type(view.stream().contentType())
                    .header("Cache-Control", "no-store")
                    .build());
          } finally {
            viewing.end(view, "the viewer closed it"); // no-op once the relay has ended it
          }
        });
  }

  static int scalePercent(String value) {
    if ("25".equals(value)) {
      return 25;
    }
    if ("100".equals(value)) {
      return 100;
    }
    return 50;
  }
}
