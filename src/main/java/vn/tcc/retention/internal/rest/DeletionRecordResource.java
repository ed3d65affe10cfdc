package vn.tcc.retention.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.DeletionRecordAccess;
import vn.tcc.retention.internal.domain.RecordDocument;
import vn.tcc.retention.internal.domain.RecordVerification;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Signed deletion records: list, read, download the document, signature and certificate to check
 * outside TCC, and verify here. Province staff only (a record covers the whole province's run).
 */
@Path("retention/records")
@RequestScoped
@Tag(name = "Retention: deletion records", description = "Signed records of every deletion")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUDITOR, Role.ADMIN, Role.SUPERVISOR})
public class DeletionRecordResource {
  private static final String ID = "{id:[0-9]{1,18}}";

  @Inject DeletionRecordAccess access;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listDeletionRecords",
      summary = "Deletion records, newest first",
      description = "limit 1..200 (default 50); pass nextBefore of a page as before for the next.")
  public DeletionRecordAccess.RecordPage list(
      @QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("50") int limit) {
    return access.page(currentRequest.caller(), before, limit);
  }

  @GET
  @Path(ID)
  @Operation(
      operationId = "getDeletionRecord",
      summary =
          "One record: run, who asked and approved, and a page of the items its document lists",
      description =
          "offset (default 0) and limit 1..1000 (default 100) page the items; the record's"
              + " itemCount says how many there are.")
  public DeletionRecordAccess.RecordDetail one(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") long offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return access.detail(currentRequest.caller(), id, offset, limit);
  }

  @GET
  @Path(ID + "/document")
  @Operation(
      operationId = "getDeletionRecordDocument",
      summary = "The signed document (canonical JSON, UTF-8), byte for byte")
  public Response document(@PathParam("id") long id) {
    RecordDocument document = access.document(currentRequest.caller(), id);
    // Streamed as it is read, part by part: a large run's document never sits in memory.
    StreamingOutput body =
        out -> {
          try (InputStream in = document.open()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"record-" + id + ".json\"")
        .build();
  }

  @GET
  @Path(ID + "/signature")
  @Produces({"application/pkcs7-signature", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getDeletionRecordSignature",
      summary = "The detached CMS/PKCS#7 signature (DER)",
      description =
          "openssl cms -verify -binary -inform DER -in record.p7s -content record.json"
              + " -CAfile center.pem -purpose any")
  public Response signature(@PathParam("id") long id) {
    return Response.ok(access.signature(currentRequest.caller(), id), "application/pkcs7-signature")
        .header("Content-Disposition", "attachment; filename=\"record-" + id + ".p7s\"")
        .build();
  }

  @GET
  @Path(ID + "/certificate")
  @Produces({"application/x-pem-file", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getDeletionRecordCertificate",
      summary = "The certificate that signed the record (PEM)")
  public Response certificate(@PathParam("id") long id) {
    return Response.ok(access.certificate(currentRequest.caller(), id), "application/x-pem-file")
        .header("Content-Disposition", "attachment; filename=\"record-" + id + "-signer.pem\"")
        .build();
  }

  @POST
  @Path(ID + "/verification")
  @Operation(
      operationId = "verifyDeletionRecord",
      summary = "Verify the record again from its stored bytes",
      description =
          "Checks DOCUMENT_HASH, SIGNATURE, SIGNER_CERTIFICATE (the center's current or an earlier"
              + " certificate) and RUN_MATCHES; valid only when all pass, each failed one says why.")
  public RecordVerification verify(@PathParam("id") long id) {
    return access.verify(currentRequest.caller(), id);
  }
}
