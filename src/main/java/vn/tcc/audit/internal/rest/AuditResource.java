package vn.tcc.audit.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.tcc.audit.internal.application.AuditChainCheck;
import vn.tcc.audit.internal.application.AuditQueries;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.audit.internal.domain.ChainVerification;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The audit trail for auditors: list with filters, and verification of the hash chain. */
@Path("audit")
@RequestScoped
@RolesAllowed(Role.AUDITOR)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditQueries queries;
  @Inject AuditChainCheck chainCheck;
  @Inject AuditTrail trail;
  @Inject CurrentRequest currentRequest;

  public record EntryPage(long total, int offset, int limit, List<AuditEntryView> entries) {}

  public record Verification(boolean intact, long checked, Long firstBrokenSeq, String problem) {}

  @GET
  @Path("entries")
  @Operation(summary = "Audit entries, newest first, in the caller's jurisdiction")
  public EntryPage entries(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new ProblemException(400, "problem.paging");
    }
    AuditSearch search =
        new AuditSearch(
            actor, action, objectType, objectId, outcome, instant(from), instant(to), null);
    var caller = currentRequest.caller();
    trail.record(AuditRecord.success("AUDIT_TRAIL_VIEWED", "audit_trail", null));
    return new EntryPage(
        queries.count(caller, search), offset, limit, queries.page(caller, search, offset, limit));
  }

  @GET
  @Path("chain-verification")
  @Operation(summary = "Walks the whole hash chain and reports the first broken link, if any")
  public Verification verify() {
    ChainVerification result = chainCheck.verify();
    return new Verification(
        result.intact(),
        result.checked(),
        result.firstBrokenSeq(),
        result.problem() == null ? null : result.problem().name());
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "problem.instant", value);
    }
  }
}
