package vn.tcc.command.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tcc.command.internal.live.Snapshots;
import vn.tcc.command.internal.live.Snapshots.SnapshotImage;
import vn.tcc.shared.error.ProblemException;

/**
 * A kept frame for the pages, under the page sign-in: {@code /command/snapshot/{id}}. The same
 * checks as the API (role, jurisdiction, agreement); each look audited.
 */
@WebServlet("/command/snapshot/*")
public class SnapshotImageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject Snapshots snapshots;
  @Inject vn.tcc.shared.security.CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String id = path == null || path.length() < 2 ? null : path.substring(1);
    response.setHeader("Cache-Control", "no-store");
    try {
      SnapshotImage image = snapshots.image(currentRequest.caller(), id);
      response.setContentType(image.snapshot().mediaType());
      response.setContentLength(image.bytes().length);
      response.getOutputStream().write(image.bytes());
    } catch (ProblemException refused) {
      response.sendError(refused.status());
    }
  }
}
