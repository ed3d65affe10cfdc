package vn.tcc.sharing.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.json.JsonFactory;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.DepartmentCameraSync;
import vn.tcc.sharing.internal.application.IocFeed;

/**
 * The Smart City IOC's API: its pull feed (cameras and hourly event counts, only the fields its
 * profile lists) and, the other way, its department cameras into the registry.
 */
@Path("ioc")
@RequestScoped
@Tag(
    name = "Smart City IOC",
    description = "The controlled feed to the Smart City operations center, by sharing profile")
@Produces(MediaType.APPLICATION_JSON)
public class IocFeedResource {
  // The IOC's list of some hundred cameras fits many times over; beyond this it is 413.
  private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  @Inject IocFeed feed;
  @Inject DepartmentCameraSync departmentCameras;
  @Inject CurrentRequest currentRequest;
  @Context HttpHeaders headers;

  @GET
  @Path("cameras")
  @RolesAllowed(Role.IOC)
  @Operation(
      operationId = "iocCameras",
      summary = "The camera list and status, a page at a time (consumer role ioc)",
      description =
          "Cameras in code order, each with only the fields the consumer's profile lists."
              + " Police and department cameras always; a business's or household's only while an"
              + " active agreement names the consumer. cursor: the previous page's next (opaque,"
              + " signed); limit 1..1000, default 100. next is null on the last page.")
  public IocFeed.FeedPage cameras(
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return feed.cameras(currentRequest.caller(), cursor, limit);
  }

  @GET
  @Path("incidents")
  @RolesAllowed(Role.IOC)
  @Operation(
      operationId = "iocIncidents",
      summary = "The command room's incidents, a page at a time (consumer role ioc)",
      description =
          "Incidents in the order they were opened or last changed (an incident acknowledged"
              + " or closed later comes again with its new state and closing time), each with only"
              + " the fields the consumer's profile lists: type,"
              + " severity, the camera's place and the times; never who handled them, notes or"
              + " evidence. An incident of a business's or household's camera only while an active"
              + " agreement for events names the consumer. cursor: the previous answer's next"
              + " (none: from the first); keep the last next and ask again later. limit 1..1000,"
              + " default 100.")
  public IocFeed.FeedPage incidents(
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return feed.incidents(currentRequest.caller(), cursor, limit);
  }

  @GET
  @Path("event-counts")
  @RolesAllowed(Role.IOC)
  @Operation(
      operationId = "iocEventCounts",
      summary = "Hourly event counts by camera and event type since a token (consumer role ioc)",
      description =
          "The hours that received events since the token, each with its full count so far (an"
              + " hour that receives late events comes again: keep the last count per camera, type"
              + " and hour). since: a previous answer's next (none: from the first event); keep"
              + " the last next and ask again later. more=true: ask again at once with next."
              + " limit 1..10000, default 100.")
  public IocFeed.FeedPage eventCounts(
      @QueryParam("since") String since, @QueryParam("limit") String limit) {
    return feed.eventCounts(currentRequest.caller(), since, limit);
  }

  @POST
  @Path("department-cameras")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.IOC, Role.ADMIN})
  @Operation(
      operationId = "iocImportDepartmentCameras",
      summary = "Bring the IOC's department cameras into the registry (roles ioc, admin)",
      description =
          "Body {\"cameras\":[{code, name, latitude, longitude, commune, department,"
              + " departmentName, vmsLinkUrl}]}, at most 1,000. Each camera is answered CREATED,"
              + " UPDATED, UNCHANGED or REJECTED with its errors, on its own: a bad item does not"
              + " stop the others, and the same list twice changes nothing.")
  public DepartmentCameraSync.SyncAnswer importDepartmentCameras(InputStream body) {
    return departmentCameras.sync(
        currentRequest.caller(), read(body), Messages.chosenFrom(headers.getAcceptableLanguages()));
  }

  private static JsonObject read(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw new ProblemException(400, "problem.400.detail");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ProblemException(413, "problem.413.detail");
    }
    try (JsonReader reader =
        JsonFactory.JSON.createReader(new java.io.ByteArrayInputStream(bytes))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException | IllegalStateException malformed) {
      // answered below
    }
    throw new ProblemException(400, "problem.400.detail");
  }
}
