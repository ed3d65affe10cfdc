package vn.tcc.violation.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.tcc.event.api.EventEvidence.EvidenceContent;
import vn.tcc.event.api.EvidenceTampered;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.violation.internal.application.CaseEvidence;
import vn.tcc.violation.internal.application.CaseRoles;

/**
 * A case's evidence file for the case pages (the signed-in session, not a bearer token): {@code
 * /violation/evidence?case=VP-…&sha256=…}. Each read is audited with the case as its purpose; a
 * file that no longer matches its hash is refused.
 */
@WebServlet("/violation/evidence")
public class CaseEvidenceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject CaseEvidence evidence;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var caller = currentRequest.caller();
    if (!caller.hasAnyRole(CaseRoles.READING)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String caseNumber = request.getParameter("case");
    String sha256 = request.getParameter("sha256");
    if (caseNumber == null || sha256 == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<EvidenceContent> content;
    try {
      content = evidence.read(caller, caseNumber, sha256);
    } catch (EvidenceTampered tampered) {
      response.sendError(HttpServletResponse.SC_CONFLICT);
      return;
    } catch (ProblemException refused) {
      response.sendError(refused.status());
      return;
    }
    if (content.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(content.get().mediaType());
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.get().bytes().length);
    response.getOutputStream().write(content.get().bytes());
  }
}
