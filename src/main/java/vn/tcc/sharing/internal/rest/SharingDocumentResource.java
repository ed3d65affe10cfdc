package vn.tcc.sharing.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.AgreementPaperDownloads;
import vn.tcc.sharing.internal.application.SharingRoles;
import vn.tcc.sharing.internal.domain.AgreementDocument;

/**
 * An agreement's papers: the consent receipt issued at signing and the destruction certificate, as
 * issued (Word), for the provider and the staff who may see the agreement.
 */
// A root of its own: the longer literal path wins over SharingAgreementResource's.
@Path("sharing/agreements/{id:[0-9]{1,18}}/documents")
@RequestScoped
@Tag(name = "Sharing")
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR, SharingRoles.PROVIDER})
public class SharingDocumentResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject AgreementPaperDownloads downloads;
  @Inject CurrentRequest currentRequest;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listSharingAgreementDocuments",
      summary = "Which papers were issued: RECEIPT, DESTRUCTION_CERTIFICATE")
  public List<String> kinds(@PathParam("id") long id) {
    return downloads.kinds(currentRequest.caller(), id);
  }

  @GET
  @Path("receipt")
  @Produces(DOCX)
  @Operation(
      operationId = "downloadSharingReceipt",
      summary = "The consent receipt issued when the agreement was signed (Word)")
  public Response receipt(@PathParam("id") long id) {
    return file(downloads.download(currentRequest.caller(), id, "RECEIPT"), "bien-nhan");
  }

  @GET
  @Path("destruction-certificate")
  @Produces(DOCX)
  @Operation(
      operationId = "downloadSharingDestructionCertificate",
      summary = "The certificate that the data received under the agreement was destroyed (Word)")
  public Response certificate(@PathParam("id") long id) {
    return file(
        downloads.download(currentRequest.caller(), id, "DESTRUCTION_CERTIFICATE"), "bien-ban-huy");
  }

  @GET
  @Path("destruction-certificate/signature")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "verifySharingDestructionCertificate",
      summary = "The certificate's signature: signer, fingerprint, and whether it verifies now",
      description =
          "Verified again on every call against the stored signed text; 404 when no signed"
              + " certificate was issued.")
  public AgreementPaperDownloads.CertificateSignature signature(@PathParam("id") long id) {
    return downloads
        .certificateSignature(currentRequest.caller(), id)
        .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
  }

  @GET
  @Path("destruction-certificate/signed.txt")
  @Produces("text/plain;charset=UTF-8")
  @Operation(
      operationId = "downloadSharingDestructionCertificateSignedText",
      summary = "The exact text of the certificate that the center signed (UTF-8)")
  public Response signedText(@PathParam("id") long id) {
    AgreementDocument.Signature signature = signed(id);
    return Response.ok(
            signature.signedContent().getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"bien-ban-huy-" + id + ".txt\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("destruction-certificate/signature.p7s")
  @Produces("application/pkcs7-signature")
  @Operation(
      operationId = "downloadSharingDestructionCertificateSignature",
      summary = "The detached CMS signature over signed.txt (DER)",
      description =
          "openssl cms -verify -binary -inform DER -in bien-ban-huy.p7s -content"
              + " bien-ban-huy.txt -noverify (or -CAfile with the center's certificate)")
  public Response signatureFile(@PathParam("id") long id) {
    return Response.ok(signed(id).value(), "application/pkcs7-signature")
        .header("Content-Disposition", "attachment; filename=\"bien-ban-huy-" + id + ".p7s\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private AgreementDocument.Signature signed(long id) {
    AgreementDocument document =
        downloads.download(currentRequest.caller(), id, "DESTRUCTION_CERTIFICATE");
    if (document.signature() == null) {
      throw new ProblemException(404, "problem.404.detail");
    }
    return document.signature();
  }

  static Response file(AgreementDocument document, String name) {
    return Response.ok(document.content(), DOCX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "-" + document.agreementId() + ".docx\"")
        .header("X-Content-SHA256", document.sha256())
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
