package vn.tcc.event.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.event.api.EventEvidence;
import vn.tcc.event.api.EventEvidence.EvidenceContent;
import vn.tcc.event.api.EvidenceTampered;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Evidence files, each served only after its bytes still hash to its name. */
@Path("evidence")
@RequestScoped
@Tag(name = "Evidence")
@RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR})
public class EvidenceFileResource {
  @Inject EventEvidence evidence;
  @Inject CurrentRequest currentRequest;

  @GET
  @Path("{sha256}")
  @Operation(
      summary = "The bytes of a piece of evidence, checked against its SHA-256; purpose required",
      description =
          "purposeCode: on a business's or household's camera, the purpose from the closed list"
              + " (TRAFFIC_VIOLATION_HANDLING, SECURITY_AND_ORDER, INCIDENT_INVESTIGATION,"
              + " TRAFFIC_MANAGEMENT, SEARCH_AND_RESCUE), or the purpose text starting with it."
              + " Outside the camera's agreement (or an approved compulsory grant): 403, audited.")
  public Response content(
      @PathParam("sha256") String sha256,
      @QueryParam("purpose") String purpose,
      @QueryParam("purposeCode") String purposeCode) {
    EvidenceContent content;
    try {
      content =
          evidence
              .content(currentRequest.caller(), sha256, purpose, purposeCode)
              .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    } catch (EvidenceTampered tampered) {
      throw new ProblemException(500, "problem.evidence.tampered", sha256);
    }
    return Response.ok(content.bytes(), content.mediaType())
        // RFC 9530: the client can check the bytes it got against the hash it was shown.
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(content.sha256()))
                + ":")
        .header("Cache-Control", "no-store")
        .build();
  }
}
