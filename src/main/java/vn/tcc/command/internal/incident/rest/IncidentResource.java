package vn.tcc.command.internal.incident.rest;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.command.internal.incident.application.ActionRequest;
import vn.tcc.command.internal.incident.application.CloseRequest;
import vn.tcc.command.internal.incident.application.IncidentDesk;
import vn.tcc.command.internal.incident.application.IncidentDetails;
import vn.tcc.command.internal.incident.application.IncidentPage;
import vn.tcc.command.internal.incident.application.IncidentSignal;
import vn.tcc.command.internal.live.SnapshotView;
import vn.tcc.command.internal.live.Snapshots;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/**
 * Incidents of the command room: opened from the cameras' analytics events (accident, congestion,
 * stopped vehicle, wrong way, crowd, fire or smoke) and camera faults. Operators and supervisors
 * see the province's, an officer his commune's; one outside the caller's jurisdiction is 404.
 * Auditors read (each read audited) and change nothing.
 */
@Path("incidents")
@RequestScoped
@Tag(name = "Incidents", description = "Command room: incidents, acknowledgement, actions, closing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR})
public class IncidentResource {
  @Inject IncidentDesk desk;
  @Inject Snapshots snapshots;
  @Inject CurrentRequest currentRequest;
  @Inject IncidentSignal signal;
  @Resource ManagedExecutorService executor;

  /** Clients waiting on the stream at most; beyond, a read is answered at once (a poll). */
  static final int MAX_WAITING = 2_000;

  @GET
  @Operation(
      operationId = "listIncidents",
      summary = "Incidents in the caller's jurisdiction, newest first",
      description =
          "state: NEW, ESCALATED, ACKNOWLEDGED, CLOSED or OPEN (all but CLOSED), comma-separated;"
              + " type: ACCIDENT, CONGESTION, STOPPED_VEHICLE, WRONG_WAY, CROWD, FIRE_SMOKE,"
              + " CAMERA_OFFLINE; since: ISO date-time with offset (opened at or after);"
              + " escalated: true/false; page from 0, size 1..200 (default 50). cursor in the"
              + " answer is the newest id matching, for the stream.")
  public IncidentPage list(
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("since") String since,
      @QueryParam("escalated") String escalated,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return desk.list(
        currentRequest.caller(), new IncidentDesk.Query(state, type, since, escalated, page, size));
  }

  @GET
  @Path("stream")
  @Operation(
      operationId = "incidentsSince",
      summary = "The incidents opened after a cursor, oldest first (poll it, or wait on it)",
      description =
          "after: the cursor of the previous answer (0 the first time); size 1..200; wait 0..25:"
              + " seconds to wait for an incident when none is there yet (default 0, answer at"
              + " once). The answer's cursor is the id to send next; items is empty when nothing"
              + " new was opened (within the wait).")
  @APIResponse(
      responseCode = "200",
      description = "The incidents after the cursor",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IncidentPage.class)))
  public void stream(
      @QueryParam("after") String after,
      @QueryParam("size") String size,
      @QueryParam("wait") String wait,
      @Suspended AsyncResponse answer) {
    Caller caller = currentRequest.caller();
    IncidentDesk incidentDesk = desk;
    int seconds = incidentDesk.streamWait(caller, wait);
    long seen = signal.version();
    IncidentPage now = incidentDesk.since(caller, after, size);
    if (seconds == 0 || !now.items().isEmpty() || signal.waiting() >= MAX_WAITING) {
      answer.resume(now);
      return;
    }
    // Nothing yet: the request gives its thread back and is answered when an incident it may see
    // is opened (read again with this caller's jurisdiction, on a pool thread) or, at the end of
    // the wait, with the empty page.
    Waiter waiter = new Waiter(incidentDesk, signal, executor, caller, after, size, answer, now);
    answer.setTimeoutHandler(timedOut -> waiter.timedOut());
    answer.setTimeout(seconds, TimeUnit.SECONDS);
    waiter.await(seen);
  }

  /** One stream read waiting for an incident its caller may see. */
  private static final class Waiter {
    private final IncidentDesk desk;
    private final IncidentSignal signal;
    private final ManagedExecutorService pool;
    private final Caller caller;
    private final String after;
    private final String size;
    private final AsyncResponse answer;
    private final IncidentPage empty;
    private final AtomicReference<Runnable> cancel = new AtomicReference<>(() -> {});

    Waiter(
        IncidentDesk desk,
        IncidentSignal signal,
        ManagedExecutorService pool,
        Caller caller,
        String after,
        String size,
        AsyncResponse answer,
        IncidentPage empty) {
      this.desk = desk;
      this.signal = signal;
      this.pool = pool;
      this.caller = caller;
      this.after = after;
      this.size = size;
      this.answer = answer;
      this.empty = empty;
    }

    void await(long seen) {
      cancel.set(
          signal.await(
              seen,
              () -> {
                try {
                  pool.execute(this::readAgain);
                } catch (RejectedExecutionException busy) {
                  answer.resume(empty);
                }
              }));
      if (answer.isDone()) {
        cancel.get().run();
      }
    }

    void timedOut() {
      cancel.get().run();
      answer.resume(empty);
    }

    private void readAgain() {
      if (answer.isDone()) {
        return;
      }
      try {
        long seen = signal.version();
        IncidentPage page = desk.since(caller, after, size);
        if (page.items().isEmpty()) {
          await(seen); // opened outside the caller's jurisdiction: wait on
        } else {
          answer.resume(page);
        }
      } catch (RuntimeException failed) {
        answer.resume(failed);
      }
    }
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getIncident", summary = "One incident with its actions")
  public IncidentDetails one(@PathParam("id") String id) {
    return desk.one(currentRequest.caller(), id);
  }

  @GET
  @Path("{id}/snapshots")
  @Operation(
      operationId = "incidentSnapshots",
      summary = "The frames kept for the incident, oldest first (their bytes: the camera's API)")
  public List<SnapshotView> snapshots(@PathParam("id") String id) {
    long number;
    try {
      number = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(404, "command.incident.error.notFound");
    }
    return snapshots.ofIncident(currentRequest.caller(), number).stream()
        .map(SnapshotView::of)
        .toList();
  }

  @POST
  @Path("{id}/acknowledge")
  @RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
  @Operation(
      operationId = "acknowledgeIncident",
      summary = "Take the incident",
      description =
          "Exactly one operator takes it: when another took it first the answer is 409 and its"
              + " detail names him. Acknowledging an incident one already took changes nothing.")
  public IncidentDetails acknowledge(@PathParam("id") String id) {
    return desk.acknowledge(currentRequest.caller(), id);
  }

  @POST
  @Path("{id}/actions")
  @RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordIncidentAction",
      summary = "Record what was done (the acknowledger or a supervisor)",
      description =
          "action: PATROL_DISPATCHED, IOC_INFORMED, RESCUE_CALLED, FIRE_BRIGADE_CALLED,"
              + " TRAFFIC_DIVERTED or OTHER (then note is required); note up to 1,000 characters."
              + " 403 when another operator took the incident, 409 when it is not taken or closed.")
  public IncidentDetails recordAction(@PathParam("id") String id, ActionRequest body) {
    return desk.recordAction(currentRequest.caller(), id, body);
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed({Role.OPERATOR, Role.SUPERVISOR, Role.OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "closeIncident",
      summary = "Close with an outcome (the acknowledger or a supervisor)",
      description =
          "outcome: RESOLVED, FALSE_ALARM, DUPLICATE or HANDED_OVER; note up to 2,000 characters."
              + " A supervisor may close an incident nobody took (e.g. a false alarm).")
  public IncidentDetails close(@PathParam("id") String id, CloseRequest body) {
    return desk.close(currentRequest.caller(), id, body);
  }
}
