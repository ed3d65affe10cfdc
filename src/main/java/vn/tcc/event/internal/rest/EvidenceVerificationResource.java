package vn.tcc.event.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.event.internal.domain.EvidenceVerification;
import vn.tcc.event.internal.evidence.EvidenceStoreVerification;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The full verification of the evidence stores: its runs (the report) and a new run on request. The
 * stores hold every commune's files, so only the province's admins and auditors see it.
 */
@Path("evidence/verifications")
@RequestScoped
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.AUDITOR})
public class EvidenceVerificationResource {
  static final int RUNS = 20;
  static final int FINDINGS = 1_000;

  @Inject EvidenceStoreVerification verification;
  @Inject CurrentRequest currentRequest;
  @Inject AuditTrail auditTrail;

  public record RunAnswer(
      long id,
      String requestedBy,
      Instant requestedAt,
      String state,
      long filesTotal,
      long filesChecked,
      long bytesChecked,
      long filesMissing,
      long filesAltered,
      Instant startedAt,
      Instant finishedAt) {

    static RunAnswer of(EvidenceVerification run) {
      return new RunAnswer(
          run.id(),
          run.requestedBy(),
          run.requestedAt(),
          run.state().name(),
          run.filesTotal(),
          run.filesChecked(),
          run.bytesChecked(),
          run.filesMissing(),
          run.filesAltered(),
          run.startedAt(),
          run.finishedAt());
    }
  }

  public record FindingAnswer(String sha256, String store, String problem, String foundSha256) {}

  /** The newest runs, and what the newest finished one found. */
  public record ReportAnswer(List<RunAnswer> runs, Long findingsOf, List<FindingAnswer> findings) {}

  @GET
  @Operation(
      summary =
          "The verifications of the evidence stores, newest first, with the files the newest"
              + " finished one found missing or altered")
  public ReportAnswer report() {
    requireProvince();
    List<EvidenceVerification> runs = verification.recent(RUNS);
    EvidenceVerification finished =
        runs.stream()
            .filter(r -> r.state() == EvidenceVerification.State.DONE)
            .findFirst()
            .orElse(null);
    List<FindingAnswer> findings =
        finished == null
            ? List.of()
            : verification.findings(finished.id(), FINDINGS).stream()
                .map(
                    f ->
                        new FindingAnswer(
                            f.sha256(), f.location(), f.problem().name(), f.foundSha256()))
                .toList();
    return new ReportAnswer(
        runs.stream().map(RunAnswer::of).toList(),
        finished == null ? null : finished.id(),
        findings);
  }

  @POST
  @Operation(
      summary =
          "Verify every evidence file now (the run waiting or under way, if there is one);"
              + " 202, the run starts within seconds")
  public Response request() {
    Caller caller = requireProvince();
    EvidenceVerification run = verification.request(caller.username());
    return Response.accepted(RunAnswer.of(run)).build();
  }

  /** Store-wide: a caller whose jurisdiction is not the whole province is refused, audited. */
  private Caller requireProvince() {
    Caller caller = currentRequest.caller();
    if (caller.jurisdiction() == null || !caller.jurisdiction().isProvince()) {
      auditTrail.record(
          AuditRecord.denied(
              AuditActions.ACCESS_DENIED,
              "evidence_verification",
              "all",
              "outside the caller's jurisdiction"));
      throw new ProblemException(403, "problem.403.jurisdiction");
    }
    return caller;
  }
}
