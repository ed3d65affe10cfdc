package vn.tcc.command.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.command.internal.live.LiveViewing.LiveView;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * A camera's recording from a chosen moment for a wall tile, under the page sign-in: {@code
 * /command/playback/{cameraCode}?at=2026-12-07T09:30&scale=50}. Like the live servlet a refusal is
 * a bare status; {@code ?probe=1} checks without opening (404: no recording at that time).
 */
@WebServlet(urlPatterns = "/command/playback/*", asyncSupported = true)
public class PlaybackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject LiveViewing viewing;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String code = path == null || path.length() < 2 ? null : path.substring(1);
    Caller caller = currentRequest.caller();
    response.setHeader("Cache-Control", "no-store");
    try {
      Instant at = viewing.playbackMoment(caller, code, request.getParameter("at"));
      if ("1".equals(request.getParameter("probe"))) {
        viewing.checkPlayback(caller, code, at);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return;
      }
      LiveView view =
          viewing.openPlayback(
              currentRequest, code, at, LiveStreamServlet.scale(request.getParameter("scale")));
      LiveStreamServlet.relayInBackground(viewing, view, request, response);
    } catch (ProblemException refused) {
      response.sendError(refused.status());
    }
  }
}
