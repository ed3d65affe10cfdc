package vn.tcc.sharing.internal.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.ConsumerProfileAdministration;
import vn.tcc.sharing.internal.application.ConsumerProfileAdministration.ProfileChange;
import vn.tcc.sharing.internal.domain.ConsumerProfile;

/**
 * What each outside consumer receives (administrators): read, change with a reason, name on
 * agreements.
 */
@Path("sharing/consumer-profiles")
@RequestScoped
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ConsumerProfileResource {
  private static final String CONSUMER = "{consumer:[a-z0-9][a-z0-9_.-]{1,99}}";

  @Inject ConsumerProfileAdministration profiles;
  @Inject CurrentRequest currentRequest;

  /** Names a consumer on a draft agreement. */
  public record AgreementBody(Long agreementId, String reason) {}

  @GET
  @Operation(
      operationId = "listConsumerProfiles",
      summary = "The consumer profiles: which data classes and fields each consumer receives")
  public List<ConsumerProfile> list() {
    return profiles.all(currentRequest.caller());
  }

  @GET
  @Path(CONSUMER)
  @Operation(operationId = "getConsumerProfile", summary = "One consumer's profile")
  public ConsumerProfile one(@PathParam("consumer") String consumer) {
    return profiles.one(currentRequest.caller(), consumer);
  }

  @PUT
  @Path(CONSUMER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeConsumerProfile",
      summary = "Change what a consumer receives (with a reason; audited)",
      description =
          "Body {active, cameraFields, eventCountFields, incidentFields, version, reason}. Camera"
              + " fields: code, name, latitude, longitude, commune, ownerType, status, health,"
              + " healthSince, lastSeenAt. Event count fields: camera, commune, eventType, hour,"
              + " count, plates (personal data). Incident fields: id, type, severity, camera,"
              + " commune, latitude, longitude, address, occurredAt, openedAt, state, closedAt,"
              + " outcome (absent: unchanged). An empty list stops the class; a stale version is"
              + " 409.")
  public ConsumerProfile change(@PathParam("consumer") String consumer, ProfileChange body) {
    return profiles.change(currentRequest.caller(), consumer, body);
  }

  @POST
  @Path(CONSUMER + "/agreements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "nameConsumerOnAgreement",
      summary = "Let a draft agreement's cameras reach this consumer once active (audited)",
      description =
          "Body {agreementId, reason}. Only while the agreement is a draft (its content is fixed"
              + " once signed): 409 otherwise. Answers the consumers the agreement names.")
  public List<String> nameOnAgreement(@PathParam("consumer") String consumer, AgreementBody body) {
    return profiles.nameOnAgreement(
        currentRequest.caller(),
        consumer,
        body == null ? null : body.agreementId(),
        body == null ? null : body.reason());
  }
}
