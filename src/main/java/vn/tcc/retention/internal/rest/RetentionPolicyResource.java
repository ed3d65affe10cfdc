package vn.tcc.retention.internal.rest;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.retention.internal.application.PolicyAdministration;
import vn.tcc.retention.internal.application.PolicyChangeRequest;
import vn.tcc.retention.internal.application.PolicyVersionView;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The retention policies: every version, and an administrator's new version. */
@Path("retention/policies")
@RequestScoped
@Tag(name = "Retention", description = "How long each kind of data is kept, holds, runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR})
public class RetentionPolicyResource {
  @Inject PolicyAdministration policies;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listRetentionPolicies",
      summary = "Every policy version; the one in force per class × level × owner is marked",
      description =
          "Filter by class (DataClass) and level (COMMUNE_CENTER, PROVINCIAL_CENTER); 'at' is the"
              + " day (yyyy-MM-dd, Asia/Ho_Chi_Minh) for which inForce is marked, today by default.")
  public List<PolicyVersionView> versions(
      @QueryParam("class") String dataClass,
      @QueryParam("level") String level,
      @QueryParam("at") String at) {
    return policies.versions(currentRequest.caller(), dataClass, level, at);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "addRetentionPolicyVersion",
      summary = "Add a policy version (administrators), with its reason",
      description =
          "period is ISO-8601 (P30D, P5Y, P1Y6M); ownerType an owner type or ANY; effectiveFrom"
              + " a day not in the past. 422 for invalid input, 409 when a version of the same"
              + " policy starts that day. The change and what it replaces go on the audit trail.")
  public Response change(PolicyChangeRequest body) {
    PolicyVersionView added = policies.change(currentRequest.caller(), body);
    return Response.status(Response.Status.CREATED).entity(added).build();
  }
}
