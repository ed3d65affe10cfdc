package vn.tcc.sharing.internal.rest;

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
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.application.ProviderAdministration;
import vn.tcc.sharing.internal.application.ProviderRequest;
import vn.tcc.sharing.internal.application.ProviderView;

/** Providers: organizations, businesses and households that share cameras. */
@Path("sharing/providers")
@RequestScoped
@Tag(name = "Sharing", description = "Data-sharing agreements (Law on Data 60/2024, Art. 18)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR})
public class SharingProviderResource {
  @Inject ProviderAdministration providers;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listSharingProviders",
      summary = "Every provider, by name, without contact persons")
  public List<ProviderView> list() {
    return providers.list(currentRequest.caller());
  }

  @GET
  @Path("{code}")
  @Operation(
      operationId = "getSharingProvider",
      summary = "One provider; with its contact person when a purpose is given (audited)")
  public ProviderView one(@PathParam("code") String code, @QueryParam("purpose") String purpose) {
    return providers.one(currentRequest.caller(), code, purpose);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "registerSharingProvider",
      summary = "Register a provider (administrators)",
      description =
          "code (e.g. GL-VTVH), kind ORGANIZATION, BUSINESS or HOUSEHOLD, name, jurisdiction,"
              + " contactName required; taxCode, cameraOwnerCode, contactPhone, contactEmail"
              + " optional. 409 when the code is taken.")
  public Response register(ProviderRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(providers.register(currentRequest.caller(), body))
        .build();
  }
}
