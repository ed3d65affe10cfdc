package vn.tcc.sharing.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.sharing.internal.application.AgreementPaperDownloads;
import vn.tcc.sharing.internal.domain.AgreementDocument;

/**
 * An agreement's receipt or destruction certificate for the pages (the signed-in session): {@code
 * /sharing/document?agreement=…&kind=RECEIPT}. Who may see the agreement may download it; the
 * download is audited; anyone else gets the friendly 404/403 page. For the signed destruction
 * certificate, {@code &part=signature} gives the detached CMS signature and {@code &part=signed}
 * the exact text it covers, to check it outside TCC.
 */
// Two paths: the provider signs in to /sharing/provider/* only (web.xml), staff to the rest.
@WebServlet({"/sharing/document", "/sharing/provider/document"})
public class AgreementDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject AgreementPaperDownloads downloads;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String agreement = request.getParameter("agreement");
    String kind = request.getParameter("kind");
    long id;
    try {
      id = Long.parseLong(agreement == null ? "" : agreement);
    } catch (NumberFormatException notANumber) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    AgreementDocument document;
    try {
      document = downloads.download(currentRequest.caller(), id, kind);
    } catch (ProblemException refused) {
      response.sendError(refused.status() == 403 ? 403 : 404);
      return;
    }
    String part = request.getParameter("part");
    if (part != null) {
      AgreementDocument.Signature signature = document.signature();
      if (signature == null || !("signature".equals(part) || "signed".equals(part))) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      byte[] bytes =
          "signature".equals(part)
              ? signature.value()
              : signature.signedContent().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      response.setContentType(
          "signature".equals(part) ? "application/pkcs7-signature" : "text/plain;charset=UTF-8");
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"bien-ban-huy-"
              + id
              + ("signature".equals(part) ? ".p7s" : ".txt")
              + "\"");
      response.setHeader("Cache-Control", "private, no-store");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
      return;
    }
    response.setContentType(DOCX);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + (document.kind() == AgreementDocument.Kind.RECEIPT ? "bien-nhan" : "bien-ban-huy")
            + "-"
            + id
            + ".docx\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(document.content().length);
    response.getOutputStream().write(document.content());
  }
}
