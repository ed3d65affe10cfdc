package vn.tcc.vms.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.vms.api.OfflineAlert;
import vn.tcc.vms.api.OfflineAlerts;
import vn.tcc.vms.internal.connection.VmsConnectionService;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.linking.LinkOverview;
import vn.tcc.vms.internal.linking.VmsCameraLinking;

/** VMS connections (admins), linking their cameras to the registry, and offline alerts. */
@Path("vms")
@RequestScoped
@Tag(name = "VMS", description = "Video management systems, camera links and health alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class VmsResource {
  @Inject VmsConnectionService connections;
  @Inject VmsCameraLinking linking;
  @Inject OfflineAlerts alerts;
  @Inject CurrentRequest currentRequest;

  /** A connection as shown: never the secret, only whether one is stored. */
  public record ConnectionAnswer(
      String code,
      String name,
      String product,
      String jurisdictionCode,
      String baseUrl,
      String username,
      boolean hasSecret,
      int timeoutMillis,
      int pollSeconds,
      int offlineAlertMinutes,
      boolean enabled,
      Instant lastPollAt,
      String lastPollError,
      int version) {
    static ConnectionAnswer of(VmsConnection c) {
      return new ConnectionAnswer(
          c.code(),
          c.name(),
          c.product(),
          c.jurisdiction().value(),
          c.baseUri().toString(),
          c.username(),
          c.hasSecret(),
          c.timeoutMillis(),
          c.pollSeconds(),
          c.offlineAlertMinutes(),
          c.enabled(),
          c.lastPollAt(),
          c.lastPollError(),
          c.version());
    }
  }

  public record ConnectionBody(
      String code,
      String name,
      String product,
      String jurisdictionCode,
      String baseUrl,
      String username,
      String secret,
      Integer timeoutMillis,
      Integer pollSeconds,
      Integer offlineAlertMinutes,
      Boolean enabled,
      Integer version) {
    VmsConnectionDetails details(String fixedCode) {
      return new VmsConnectionDetails(
          fixedCode == null ? code : fixedCode,
          name,
          product == null ? "ZONEMINDER" : product,
          jurisdictionCode,
          baseUrl,
          username,
          timeoutMillis == null ? 5000 : timeoutMillis,
          pollSeconds == null ? 30 : pollSeconds,
          offlineAlertMinutes == null ? 15 : offlineAlertMinutes,
          enabled == null || enabled);
    }
  }

  public record LinkBody(String externalId, String cameraCode, String reason) {}

  public record UnlinkBody(String cameraCode, String reason) {}

  @GET
  @Path("connections")
  @Operation(summary = "Connected VMSs (secrets are never returned)")
  public List<ConnectionAnswer> connections() {
    return connections.list(currentRequest.caller()).stream().map(ConnectionAnswer::of).toList();
  }

  @GET
  @Path("connections/{code}")
  @Operation(summary = "One connected VMS and its state (its secret is never returned)")
  public ConnectionAnswer connection(@PathParam("code") String code) {
    return ConnectionAnswer.of(connections.get(currentRequest.caller(), code));
  }

  @POST
  @Path("connections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Connect a VMS; the secret is stored encrypted and never shown back")
  public Response create(ConnectionBody body) {
    ConnectionBody given = required(body);
    connections.save(currentRequest.caller(), given.details(null), given.secret(), null);
    return Response.status(201).build();
  }

  @PUT
  @Path("connections/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a connection; leave the secret out to keep the stored one")
  public void update(@PathParam("code") String code, ConnectionBody body) {
    ConnectionBody given = required(body);
    if (given.version() == null) {
      throw new ProblemException(422, "problem.version.required");
    }
    connections.save(currentRequest.caller(), given.details(code), given.secret(), given.version());
  }

  @GET
  @Path("connections/{code}/cameras")
  @Operation(summary = "The VMS's cameras beside the registry: linked, suggested, unlinked")
  public LinkOverview cameras(@PathParam("code") String code) {
    return linking.overview(currentRequest.caller(), code);
  }

  @POST
  @Path("connections/{code}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a VMS camera to a registry camera (reason required)")
  public void link(@PathParam("code") String code, LinkBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    linking.link(
        currentRequest.caller(), code, body.externalId(), body.cameraCode(), body.reason());
  }

  @POST
  @Path("connections/{code}/unlinks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Unlink a registry camera from its VMS camera (reason required)")
  public void unlink(@PathParam("code") String code, UnlinkBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    linking.unlink(currentRequest.caller(), body.cameraCode(), body.reason());
  }

  @GET
  @Path("alerts")
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN, Role.AUDITOR})
  @Operation(summary = "Cameras offline longer than their VMS's threshold, in the caller's area")
  public AlertList alerts() {
    List<OfflineAlert> open = alerts.open(currentRequest.caller().jurisdiction());
    return new AlertList(open.size(), open);
  }

  public record AlertList(int count, List<OfflineAlert> alerts) {}

  private static ConnectionBody required(ConnectionBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    return body;
  }
}
