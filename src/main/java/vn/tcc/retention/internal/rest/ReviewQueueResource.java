package vn.tcc.retention.internal.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.ReviewQueueService;
import vn.tcc.retention.internal.application.ReviewViews;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * The commune → province review: a commune's queue of data past its period, the transfer of what
 * its reviewers choose (copied, SHA-256 verified at the provincial center, chain of custody
 * recorded), the release of the rest, and what arrived at the province.
 */
@Path("retention/review")
@RequestScoped
@Tag(name = "Retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR})
public class ReviewQueueResource {
  @Inject ReviewQueueService review;
  @Inject CurrentRequest currentRequest;

  @GET
  @Path("queue")
  @Operation(
      operationId = "listReviewQueue",
      summary = "The review queue of your commune, oldest due first",
      description =
          "state: WAITING (default), TRANSFERRED or EXPIRED; dataClass and cameraCode narrow it;"
              + " commune (province staff) picks one commune, a commune's staff see only theirs;"
              + " page from 0, size 1 to 200.")
  public ReviewViews.QueuePage queue(
      @QueryParam("commune") String commune,
      @QueryParam("state") String state,
      @QueryParam("dataClass") String dataClass,
      @QueryParam("cameraCode") String cameraCode,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return review.queue(currentRequest.caller(), commune, state, dataClass, cameraCode, page, size);
  }

  @POST
  @Path("transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      operationId = "transferToProvince",
      summary = "Send chosen items of one commune to the provincial center, with a reason",
      description =
          "items: the queue's item ids (1 to 200, one commune); reason required. Each file is"
              + " copied to the provincial store and its SHA-256 verified there; a mismatch refuses"
              + " the whole transfer (409) and keeps the commune copies. Another commune's item is"
              + " 403.")
  public Response transfer(TransferBody body) {
    ReviewViews.TransferView done =
        review.transfer(
            currentRequest.caller(),
            body == null
                ? null
                : new ReviewQueueService.TransferRequest(body.items(), body.reason()));
    return Response.status(Response.Status.CREATED).entity(done).build();
  }

  @GET
  @Path("transfers/{id:[0-9]{1,18}}")
  @Operation(
      operationId = "readTransfer",
      summary = "A transfer and its chain of custody (hash before and after, locations, who, when)")
  public ReviewViews.TransferView transfer(@PathParam("id") long id) {
    return review.transfer(currentRequest.caller(), id);
  }

  @POST
  @Path("releases")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR})
  @Operation(
      operationId = "releaseReviewItems",
      summary = "Let items not chosen go: the next purge deletes them",
      description =
          "items: ids to release, or none for every waiting item of the commune (commune required"
              + " for province staff); reason required.")
  public ReviewViews.ReleaseView release(ReleaseBody body) {
    return review.release(
        currentRequest.caller(),
        body == null
            ? null
            : new ReviewQueueService.ReleaseRequest(body.commune(), body.items(), body.reason()));
  }

  @GET
  @Path("arrivals")
  @Operation(
      operationId = "listArrivals",
      summary = "What arrived at the provincial center and from which commune, newest first",
      description = "Province staff only. from: a commune; page from 0, size 1 to 200.")
  public ReviewViews.ArrivalPage arrivals(
      @QueryParam("from") String from,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return review.arrivals(currentRequest.caller(), from, page, size);
  }

  @GET
  @Path("locations")
  @Operation(
      operationId = "listStorageLocations",
      summary = "The commune centers and the provincial center: root, capacity and what they keep",
      description = "Province staff only.")
  public List<ReviewViews.LocationView> locations() {
    return review.locations(currentRequest.caller());
  }

  /** The chosen items and why they go up. */
  public record TransferBody(List<Long> items, String reason) {}

  /** What to let go (none listed: all waiting of the commune), and why. */
  public record ReleaseBody(String commune, List<Long> items, String reason) {}
}
