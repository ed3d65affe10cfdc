package vn.tcc.command.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.command.internal.live.LiveViewing.LiveView;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;

/**
 * A camera's live MJPEG for the wall's {@code <img>} tiles, under the page sign-in (the session,
 * not a bearer token): {@code /command/live/{cameraCode}?scale=50}. A refusal is a bare status
 * (403, 404, 409, 429, 503) since an image cannot show a message; the wall asks {@code ?probe=1},
 * which checks without opening a stream, to tell the operator "refused" from "offline".
 */
@WebServlet(urlPatterns = "/command/live/*", asyncSupported = true)
public class LiveStreamServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject LiveViewing viewing;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String code = path == null || path.length() < 2 ? null : path.substring(1);
    response.setHeader("Cache-Control", "no-store");
    try {
      if ("1".equals(request.getParameter("probe"))) {
        viewing.check(currentRequest.caller(), code);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
      LiveView view = viewing.open(currentRequest, code, scale(request.getParameter("scale")));
      relayInBackground(viewing, view, request, response);
    } catch (ProblemException refused) {
      response.sendError(refused.status());
    }
  }

  /**
   * Sends the view's stream on a relay thread of its own (the request's thread goes back to the
   * server at once); the stream's end completes the request. 503 when every relay thread streams.
   */
  static void relayInBackground(
      LiveViewing viewing, LiveView view, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(view.stream().contentType());
    response.setHeader("X-Accel-Buffering", "no");
    response.setBufferSize(16 * 1024);
    AsyncContext async;
    OutputStream client;
    try {
      async = request.startAsync();
      async.setTimeout(0); // a wall's tile streams for hours
      client = response.getOutputStream();
    } catch (IOException | RuntimeException failed) {
      viewing.end(view, "the stream could not be handed to a relay: " + failed);
      throw failed;
    }
    try {
      viewing.relayInBackground(
          view,
          () -> {
            try {
              viewing.relay(view, client);
            } finally {
              async.complete();
            }
          });
    } catch (ProblemException busy) {
      response.reset();
      response.sendError(busy.status());
      async.complete();
    }
  }

  /** 25, 50 or 100 % of the camera's size; a small tile needs no full-size frames. */
  static int scale(String value) {
    if ("25".equals(value)) {
      return 25;
    }
    if ("100".equals(value)) {
      return 100;
    }
    return 50;
  }
}
