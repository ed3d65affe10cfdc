package vn.tcc.reporting.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.reporting.internal.application.ReportReminders;
import vn.tcc.reporting.internal.domain.Reminder;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** Reminders of reports due soon or overdue: a coordinator's unit's, or every unit's (province). */
@Path("reports/reminders")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR, Role.SUPERVISOR, Role.AUDITOR})
public class ReportReminderResource {
  @Inject ReportReminders reminders;
  @Inject CurrentRequest currentRequest;

  @GET
  @Operation(
      operationId = "listReportReminders",
      summary = "The latest 50 reminders (DUE_SOON 3 days before the due day, OVERDUE after it)")
  public List<Reminder> list() {
    return reminders.recent(ReportingActors.of(currentRequest));
  }
}
