package vn.tcc.sharing.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.AccessCheckService;
import vn.tcc.sharing.internal.application.AccessLogQueries;
import vn.tcc.sharing.internal.application.AccessLogView;
import vn.tcc.sharing.internal.application.SharingPage;
import vn.tcc.sharing.internal.application.SharingRoles;

/** The access check on a shared camera, and the log of every check. */
@Path("sharing")
@RequestScoped
@Tag(name = "Sharing")
@Produces(MediaType.APPLICATION_JSON)
public class SharedAccessResource {
  @Inject AccessCheckService checks;
  @Inject AccessLogQueries log;
  @Inject CurrentRequest currentRequest;

  @POST
  @Path("access-checks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.COORDINATOR})
  @Operation(
      operationId = "checkSharedCameraAccess",
      summary = "May your unit look at this camera's data now, for this purpose?",
      description =
          "cameraCode, dataType (LIVE_VIEW, RECORDINGS, EVENTS, SNAPSHOTS), purpose, dataTime"
              + " (ISO-8601 with offset: when the data was taken; now when absent). The answer"
              + " says allowed, the reason and the agreement; every check is logged and audited.")
  public AccessCheckService.CheckAnswer check(AccessCheckService.CheckBody body) {
    return checks.check(currentRequest.caller(), body);
  }

  @GET
  @Path("access-log")
  @RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR, SharingRoles.PROVIDER})
  @Operation(
      operationId = "listSharedCameraAccesses",
      summary = "Accesses to shared cameras, newest first",
      description =
          "A provider sees those to his own cameras, without officers' names; the province's"
              + " administrators, supervisors and auditors see all (provider, agreement filters)."
              + " page from 0, size 1 to 200.")
  public SharingPage<AccessLogView> accessLog(
      @QueryParam("provider") String provider,
      @QueryParam("agreement") String agreement,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return log.page(currentRequest.caller(), provider, agreement, page, size);
  }
}
