package vn.tcc.violation.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.violation.internal.application.NoticeIssuance;

/**
 * The issued notice of a case for the case page (the signed-in session): {@code
 * /violation/notice?case=VP-…&format=pdf|docx}. Reading it is a read of the owner's data, audited.
 */
@WebServlet("/violation/notice")
public class CaseNoticeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject NoticeIssuance notices;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String caseNumber = request.getParameter("case");
    String format = "docx".equals(request.getParameter("format")) ? "docx" : "pdf";
    if (caseNumber == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<NoticeIssuance.NoticeDocument> document;
    try {
      document = notices.document(currentRequest.caller(), caseNumber, format);
    } catch (ProblemException refused) {
      response.sendError(refused.status());
      return;
    }
    if (document.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(document.get().mediaType());
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + document.get().fileName() + "\"");
    response.setContentLength(document.get().bytes().length);
    response.getOutputStream().write(document.get().bytes());
  }
}
