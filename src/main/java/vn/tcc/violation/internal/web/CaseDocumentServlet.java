package vn.tcc.violation.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.media.MediaTypes;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.violation.internal.application.CaseSettlement;
import vn.tcc.violation.internal.application.NoticeIssuance;

/**
 * A case's documents for the case page (the signed-in session, not a bearer token): the issued
 * notice, {@code /violation/document?case=VP-…&notice=pdf|docx}, or a document filed with the
 * appeal, {@code ?case=VP-…&appealDocument=12}. Each read is a read of personal data, audited.
 */
@WebServlet("/violation/document")
public class CaseDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject NoticeIssuance notices;
  @Inject CaseSettlement settlement;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String caseNumber = request.getParameter("case");
    String appealDocument = request.getParameter("appealDocument");
    if (caseNumber == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Optional<NoticeIssuance.NoticeDocument> document;
    try {
      if (appealDocument != null) {
        document =
            settlement
                .appealDocument(currentRequest.caller(), caseNumber, Long.parseLong(appealDocument))
                .map(
                    bytes ->
                        new NoticeIssuance.NoticeDocument(
                            caseNumber + "-" + appealDocument, MediaTypes.sniff(bytes), bytes));
      } else {
        String format = "docx".equals(request.getParameter("notice")) ? "docx" : "pdf";
        document = notices.document(currentRequest.caller(), caseNumber, format);
      }
    } catch (NumberFormatException malformed) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
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
