package vn.tcc.event.internal.rest;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.event.internal.ingest.BatchResult;
import vn.tcc.event.internal.ingest.EventIngestion;
import vn.tcc.event.internal.ingest.ItemResult;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The ingestion API for event sources (regional server clusters, intermediate devices): a batch of
 * up to 1,000 events, every item answered.
 */
@Path("events")
@RequestScoped
@Tag(name = "Events", description = "Violation and analytics events from event sources")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
  @Inject EventIngestion ingestion;
  @Inject CurrentRequest currentRequest;
  @Context HttpHeaders headers;

  public record ItemAnswer(
      int index,
      String sourceId,
      String sourceEventId,
      String outcome,
      Long eventId,
      Long quarantineId,
      List<ReasonAnswer> reasons) {}

  public record ReasonAnswer(String field, String code, String message) {}

  public record BatchAnswer(int accepted, int duplicates, int rejected, List<ItemAnswer> items) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.EVENT_SOURCE)
  @Operation(
      summary = "Send a batch of events",
      description =
          "Body: {\"events\": [...]} (or a bare array), at most 1,000. Each item is answered"
              + " ACCEPTED, DUPLICATE (already received: resends are safe) or REJECTED with"
              + " reasons; rejected items are kept in the quarantine for an admin to replay.")
  public BatchAnswer ingest(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = EventBatchSchema.class)))
          InputStream body) {
    Caller client = currentRequest.caller();
    BatchResult result = ingestion.ingest(client.username(), client.jurisdiction(), batch(body));
    Locale locale = Messages.chosenFrom(headers.getAcceptableLanguages());
    return new BatchAnswer(
        result.accepted(),
        result.duplicates(),
        result.rejected(),
        result.items().stream().map(item -> answer(item, locale)).toList());
  }

  static JsonArray batch(InputStream body) {
    JsonStructure json;
    try (JsonReader reader = JSON.createReader(body)) {
      json = reader.read();
    } catch (JsonParsingException e) {
      throw new ProblemException(400, "problem.body.unreadable");
    } catch (jakarta.json.JsonException e) {
      throw new ProblemException(400, "problem.body.missing");
    }
    if (json.getValueType() == JsonValue.ValueType.ARRAY) {
      return json.asJsonArray();
    }
    JsonValue events = json.asJsonObject().get("events");
    if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new ProblemException(422, "problem.events.shape");
    }
    return events.asJsonArray();
  }

  static ItemAnswer answer(ItemResult item, Locale locale) {
    return new ItemAnswer(
        item.index(),
        item.sourceId(),
        item.sourceEventId(),
        item.outcome().name(),
        item.eventId(),
        item.quarantineId(),
        reasons(item.reasons(), locale));
  }

  static List<ReasonAnswer> reasons(List<Reason> reasons, Locale locale) {
    return reasons.stream()
        .map(
            reason ->
                new ReasonAnswer(
                    reason.field(),
                    reason.messageKey(),
                    Messages.text(reason.messageKey(), locale, reason.args().toArray())))
        .toList();
  }
}
