package vn.tcc.command.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.vms.api.VmsMedia;

/**
 * A camera's current picture for its page's {@code <img>}: {@code /command/frame/{cameraCode}},
 * fetched from its VMS after the live view's checks (role, jurisdiction, sharing agreement), under
 * the page sign-in. A refusal is a bare status, as for the live stream; the page then says there is
 * no picture.
 */
@WebServlet("/command/frame/*")
public class CurrentFrameServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject LiveViewing viewing;
  @Inject vn.tcc.shared.security.CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String code = path == null || path.length() < 2 ? null : path.substring(1);
    response.setHeader("Cache-Control", "no-store");
    try {
      VmsMedia picture = viewing.snapshot(currentRequest.caller(), code);
      response.setContentType(picture.mediaType());
      response.setContentLength(picture.size());
      response.getOutputStream().write(picture.content());
    } catch (ProblemException refused) {
      response.sendError(refused.status());
    }
  }
}
