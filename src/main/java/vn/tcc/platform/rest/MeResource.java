package vn.tcc.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Who the API thinks the caller is: useful to every client when setting up. */
@Path("me")
@RequestScoped
@RolesAllowed({
  Role.OFFICER,
  Role.SUPERVISOR,
  Role.COORDINATOR,
  Role.ADMIN,
  Role.AUDITOR,
  Role.EVENT_SOURCE,
  Role.IOC
})
public class MeResource {
  @Inject CurrentRequest currentRequest;

  public record Me(
      String name, String displayName, String kind, List<String> roles, String jurisdiction) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's name, roles and jurisdiction")
  public Me me() {
    Caller caller = currentRequest.caller();
    return new Me(
        caller.username(),
        caller.displayName(),
        caller.kind().name(),
        caller.roles().stream().sorted().toList(),
        caller.jurisdiction() == null ? null : caller.jurisdiction().value());
  }
}
