package vn.tcc.camera.internal.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.internal.application.SiteService;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.camera.internal.domain.SiteDetails;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Sites of the camera hierarchy: read by staff in their jurisdiction, managed by admins. */
@Path("sites")
@RequestScoped
@Tag(name = "Sites", description = "Connection points, camera centers, server clusters, devices")
@Produces(MediaType.APPLICATION_JSON)
// Operators read the registry of their jurisdiction to pick cameras for the wall (issue 19).
@RolesAllowed({
  Role.OFFICER,
  Role.SUPERVISOR,
  Role.COORDINATOR,
  Role.ADMIN,
  Role.AUDITOR,
  Role.OPERATOR
})
public class SiteResource {
  @Inject SiteService sites;
  @Inject CurrentRequest currentRequest;

  public record SiteBody(
      String code,
      String name,
      SiteKind kind,
      String jurisdictionCode,
      String parentCode,
      BigDecimal latitude,
      BigDecimal longitude,
      String address,
      String reason) {
    SiteDetails details() {
      return new SiteDetails(
          code, name, kind, jurisdictionCode, parentCode, latitude, longitude, address);
    }
  }

  public record SiteList(int count, List<SiteDetails> sites) {}

  @GET
  @Operation(summary = "Sites in the caller's jurisdiction, the provincial center first")
  public SiteList list() {
    List<SiteDetails> list = sites.within(currentRequest.caller());
    return new SiteList(list.size(), list);
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One site by its code")
  public SiteDetails get(@PathParam("code") String code) {
    return sites.find(currentRequest.caller(), code);
  }

  @GET
  @Path("{code}/history")
  @Operation(summary = "Every change to the site, newest first")
  public List<RegistryHistoryEntry> history(@PathParam("code") String code) {
    return sites.history(currentRequest.caller(), code);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(summary = "Creates a site (administrators)")
  public Response create(SiteBody body, @Context UriInfo uri) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    SiteDetails created = sites.create(currentRequest.caller(), body.details());
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(summary = "Changes a site (administrators); needs a reason")
  public SiteDetails update(@PathParam("code") String code, SiteBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    return sites.update(currentRequest.caller(), code, body.details(), body.reason());
  }
}
