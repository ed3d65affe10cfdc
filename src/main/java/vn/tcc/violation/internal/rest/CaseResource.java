package vn.tcc.violation.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.violation.internal.application.CaseAccess;
import vn.tcc.violation.internal.application.CaseListing;
import vn.tcc.violation.internal.application.CaseQuery;
import vn.tcc.violation.internal.application.CaseSearch;
import vn.tcc.violation.internal.application.CaseSettlement;
import vn.tcc.violation.internal.application.CaseVerification;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.application.DeadlineStore;
import vn.tcc.violation.internal.application.DeadlineWatch;
import vn.tcc.violation.internal.application.NoticeIssuance;
import vn.tcc.violation.internal.application.OwnerIdentification;
import vn.tcc.violation.internal.domain.CaseState;

/** Violation cases for officers and supervisors: read one, take the next to review, review. */
@Path("cases")
@RequestScoped
@Tag(name = "Violation cases", description = "From a detected violation to a closed case")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR})
public class CaseResource {
  private static final String NUMBER = "VP-[0-9]{4}-[0-9]+";

  @Inject CaseAccess access;
  @Inject CaseVerification verification;
  @Inject CaseSearch search;
  @Inject OwnerIdentification owners;
  @Inject NoticeIssuance notices;
  @Inject CaseSettlement settlement;
  @Inject DeadlineWatch deadlines;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      summary = "Search cases in your area, newest first",
      description =
          "A search by plate (detected or verified, compared normalised) needs a purpose; every"
              + " search is on the audit trail. Times are ISO-8601 instants or offsets.")
  public CaseListing.Page list(
      @QueryParam("plate") String plate,
      @QueryParam("camera") String camera,
      @QueryParam("area") String area,
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("purpose") String purpose) {
    return search.search(
        currentRequest.caller(),
        new CaseQuery(plate, camera, area, state, type, instant(from), instant(to), page, size),
        purpose);
  }

  @GET
  @Path("overdue")
  @Operation(summary = "Cases of your area whose deadlines passed (Circular 73/2024 Art. 24)")
  public List<DeadlineStore.Breach> overdue(@QueryParam("limit") int limit) {
    return deadlines.overdue(currentRequest.caller(), limit <= 0 ? 100 : limit);
  }

  @GET
  @Path("{number:" + NUMBER + "}")
  @Operation(summary = "One case: detection, blind reviews you may see, fine, timeline")
  public CaseView one(@PathParam("number") String number, @QueryParam("purpose") String purpose) {
    return access.view(currentRequest.caller(), number, purpose);
  }

  @POST
  @Path("review-queue/next")
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Take the oldest case in your area waiting for a review you may give")
  public Response takeNext() {
    return verification
        .takeNextForReview(currentRequest.caller())
        .map(view -> Response.ok(view).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @POST
  @Path("{number:" + NUMBER + "}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Record your blind review; the second one verifies, rejects or disputes")
  public CaseView review(@PathParam("number") String number, ReviewBody body) {
    return verification.review(currentRequest.caller(), number, required(body).decision());
  }

  @POST
  @Path("{number:" + NUMBER + "}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(summary = "Settle a disputed case (a supervisor who did not review it)")
  public CaseView resolve(@PathParam("number") String number, ReviewBody body) {
    return verification.resolve(currentRequest.caller(), number, required(body).decision());
  }

  @POST
  @Path("{number:" + NUMBER + "}/owner-identification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      summary = "Identify the owner of a verified case's vehicle through the authentication center",
      description =
          "Names the case, the purpose and the fields wanted (default: full name and permanent"
              + " address); the answer holds only those. Audited; counts toward the officer's"
              + " daily limit.")
  public CaseView identifyOwner(@PathParam("number") String number, OwnerLookupBody body) {
    OwnerLookupBody lookup = body == null ? new OwnerLookupBody(null, null) : body;
    return owners.identify(currentRequest.caller(), number, lookup.purpose(), lookup.wanted());
  }

  @POST
  @Path("{number:" + NUMBER + "}/notice")
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Issue the notice of an identified case (Word and PDF, kept as issued)")
  public CaseView issueNotice(@PathParam("number") String number) {
    return notices.issue(currentRequest.caller(), number);
  }

  @GET
  @Path("{number:" + NUMBER + "}/notice.{format:docx|pdf}")
  @Produces({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/pdf",
    MediaType.APPLICATION_JSON
  })
  @Operation(summary = "The issued notice as Word or PDF (a read of the owner's data, audited)")
  public Response notice(@PathParam("number") String number, @PathParam("format") String format) {
    NoticeIssuance.NoticeDocument document =
        notices
            .document(currentRequest.caller(), number, format)
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    return Response.ok(document.bytes(), document.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
        .build();
  }

  @POST
  @Path("{number:" + NUMBER + "}/penalty")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Decide the fine within the rule's range; payment is due 10 days later")
  public CaseView decidePenalty(@PathParam("number") String number, PenaltyBody body) {
    if (body == null || body.fineVnd() == null) {
      throw new ProblemException(422, "violation.penalty.fineRequired");
    }
    return settlement.decidePenalty(currentRequest.caller(), number, body.fineVnd());
  }

  @POST
  @Path("{number:" + NUMBER + "}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Record a payment made at the counter; the case closes")
  public CaseView recordPayment(@PathParam("number") String number, PaymentBody body) {
    if (body == null || body.amountVnd() == null) {
      throw new ProblemException(422, "violation.payment.amountRequired");
    }
    return settlement.recordPayment(
        currentRequest.caller(),
        number,
        "COUNTER",
        body.receiptNumber(),
        body.amountVnd(),
        instant(body.paidAt()));
  }

  @POST
  @Path("{number:" + NUMBER + "}/appeal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Record the violator's appeal against the penalty, with its grounds")
  public CaseView appeal(@PathParam("number") String number, AppealBody body) {
    return settlement.appeal(currentRequest.caller(), number, body == null ? null : body.grounds());
  }

  @POST
  @Path("{number:" + NUMBER + "}/appeal/documents")
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Add a document (PDF, JPEG, PNG; 10 MB at most) to the case's appeal")
  public CaseView addAppealDocument(
      @PathParam("number") String number, @QueryParam("name") String name, byte[] content) {
    return settlement.addAppealDocument(currentRequest.caller(), number, name, content);
  }

  @GET
  @Path("{number:" + NUMBER + "}/appeal/documents/{id}")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "An appeal document (audited)")
  public Response appealDocument(@PathParam("number") String number, @PathParam("id") long id) {
    byte[] content =
        settlement
            .appealDocument(currentRequest.caller(), number, id)
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    return Response.ok(content, vn.tcc.shared.media.MediaTypes.sniff(content)).build();
  }

  @POST
  @Path("{number:" + NUMBER + "}/appeal/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(summary = "Decide the appeal: DISMISSED (the penalty stands) or UPHELD (case closed)")
  public CaseView decideAppeal(@PathParam("number") String number, AppealDecisionBody body) {
    AppealDecisionBody decision = body == null ? new AppealDecisionBody(null, null) : body;
    return settlement.decideAppeal(
        currentRequest.caller(), number, decision.decision(), decision.reason());
  }

  @POST
  @Path("{number:" + NUMBER + "}/moves")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(summary = "Escalate, resume an escalated case, or close a paid one, with a reason")
  public CaseView move(@PathParam("number") String number, MoveBody body) {
    CaseState target;
    try {
      target = CaseState.valueOf(body == null || body.to() == null ? "" : body.to().strip());
    } catch (IllegalArgumentException unknown) {
      throw new ProblemException(
          422, "violation.search.unknownState", body == null ? null : body.to());
    }
    return settlement.move(currentRequest.caller(), number, target, body.reason());
  }

  /** The fine decided, in VND. */
  public record PenaltyBody(Long fineVnd) {}

  /** A payment at the counter: the receipt number is the transaction reference. */
  public record PaymentBody(String receiptNumber, Long amountVnd, String paidAt) {}

  public record AppealBody(String grounds) {}

  public record AppealDecisionBody(String decision, String reason) {}

  public record MoveBody(String to, String reason) {}

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ProblemException(400, "violation.search.badTime", text);
    }
  }

  private static ReviewBody required(ReviewBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    return body;
  }
}
