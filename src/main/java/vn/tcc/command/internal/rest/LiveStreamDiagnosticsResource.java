package vn.tcc.command.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.shared.security.Role;

/** How many live streams TCC holds open to VMSs now: tiles closed must leave none behind. */
@Path("command/live-streams")
@RequestScoped
@Tag(name = "Live view", description = "Live video of the cameras, proxied by TCC")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class LiveStreamDiagnosticsResource {
  @Inject LiveViewing viewing;

  public record LiveStreamCount(int openUpstreams) {}

  @GET
  @Operation(summary = "Connections to VMSs held open by live streams now (no personal data)")
  public LiveStreamCount count() {
    return new LiveStreamCount(viewing.openUpstreams());
  }
}
