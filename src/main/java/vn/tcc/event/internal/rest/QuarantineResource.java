package vn.tcc.event.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.event.internal.domain.QuarantineEntry;
import vn.tcc.event.internal.ingest.ItemResult;
import vn.tcc.event.internal.ingest.QuarantineService;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Rejected events kept for review: list, replay, dismiss (admins, within their jurisdiction). */
@Path("events/quarantine")
@RequestScoped
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class QuarantineResource {
  @Inject QuarantineService quarantine;
  @Inject CurrentRequest currentRequest;
  @Context HttpHeaders headers;

  public record EntryAnswer(
      long id,
      String clientId,
      String sourceId,
      String sourceEventId,
      String cameraCode,
      Instant receivedAt,
      int timesReceived,
      String state,
      String resolvedBy,
      Instant resolvedAt,
      String resolutionNote,
      Long eventId,
      List<EventResource.ReasonAnswer> reasons,
      String payload) {}

  public record PageAnswer(long total, int offset, int limit, List<EntryAnswer> entries) {}

  public record DismissBody(String note) {}

  @GET
  @Operation(summary = "Quarantined events in a state (WAITING by default), newest first")
  public PageAnswer list(
      @QueryParam("state") @DefaultValue("WAITING") String state,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new ProblemException(400, "problem.paging");
    }
    QuarantineEntry.State wanted;
    try {
      wanted = QuarantineEntry.State.valueOf(state.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "problem.parameter", "state", state);
    }
    QuarantineService.Page page = quarantine.page(currentRequest.caller(), wanted, offset, limit);
    Locale locale = Messages.chosenFrom(headers.getAcceptableLanguages());
    return new PageAnswer(
        page.total(),
        offset,
        limit,
        page.entries().stream().map(entry -> answer(entry, locale)).toList());
  }

  @POST
  @Path("{id}/replay")
  @Operation(summary = "Run a waiting entry through ingestion again (same checks, same client)")
  public EventResource.ItemAnswer replay(@PathParam("id") long id) {
    ItemResult result = quarantine.replay(currentRequest.caller(), id);
    return EventResource.answer(result, Messages.chosenFrom(headers.getAcceptableLanguages()));
  }

  @POST
  @Path("{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close a waiting entry without accepting it; a note is required")
  public void dismiss(@PathParam("id") long id, DismissBody body) {
    quarantine.dismiss(currentRequest.caller(), id, body == null ? null : body.note());
  }

  private static EntryAnswer answer(QuarantineEntry entry, Locale locale) {
    return new EntryAnswer(
        entry.id(),
        entry.clientId(),
        entry.sourceId(),
        entry.sourceEventId(),
        entry.cameraCode(),
        entry.receivedAt(),
        entry.timesReceived(),
        entry.state().name(),
        entry.resolvedBy(),
        entry.resolvedAt(),
        entry.resolutionNote(),
        entry.eventId(),
        EventResource.reasons(entry.reasons(), locale),
        entry.payload());
  }
}
