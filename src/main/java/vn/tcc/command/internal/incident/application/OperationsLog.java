package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.tcc.command.internal.incident.domain.LogEntry;
import vn.tcc.command.internal.incident.domain.OperationsLogStore;
import vn.tcc.command.internal.incident.domain.ShiftHandover;
import vn.tcc.command.internal.incident.domain.ShiftSchedule;
import vn.tcc.command.internal.incident.domain.ShiftSchedule.Shift;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The operations log of each shift, for the shift report: every incident opened, escalated, taken,
 * acted on and closed during the shift inside the reader's jurisdiction, and the handover between
 * shifts — the outgoing operator writes a note, someone of the incoming shift acknowledges it.
 * Auditors read it too (each read audited) and write nothing.
 */
@ApplicationScoped
public class OperationsLog {
  static final int MAX_ENTRIES = 5_000;
  static final String HANDOVER_WRITTEN = "SHIFT_HANDOVER_WRITTEN";
  static final String HANDOVER_ACKNOWLEDGED = "SHIFT_HANDOVER_ACKNOWLEDGED";
  static final String LOG_READ = "OPERATIONS_LOG_READ";

  @Inject OperationsLogStore store;
  @Inject AuditTrail auditTrail;
  @Inject IncidentDenials denials;

  /** The shift of {@code day} (yyyy-MM-dd) number {@code number}; the running one when absent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ShiftLog shift(Caller caller, String day, String number) {
    requireReader(caller);
    ShiftSchedule schedule = IncidentSettings.shifts();
    Shift current = schedule.shiftAt(Instant.now());
    Shift shift = current;
    if ((day != null && !day.isBlank()) || (number != null && !number.isBlank())) {
      IncidentInput input = new IncidentInput();
      String dayText = input.text("day", day, 10);
      LocalDate date = current.day();
      if (dayText != null) {
        try {
          date = LocalDate.parse(dayText);
          if (date.getYear() < 2000 || date.getYear() > 2200) {
            input.fail("day", "command.input.yearRange", 2000, 2200);
          }
        } catch (DateTimeParseException e) {
          input.fail("day", "command.input.date");
        }
      }
      int n = (int) input.number("shift", number, 1, 1, schedule.shiftsPerDay());
      input.check();
      shift = schedule.shift(date, n);
    }
    List<LogEntry> entries =
        store.entries(caller.jurisdiction(), shift.start(), shift.end(), MAX_ENTRIES + 1);
    boolean truncated = entries.size() > MAX_ENTRIES;
    if (IncidentRoles.readsAsAuditor(caller)) {
      auditTrail.record(
          new AuditRecord(
              LOG_READ,
              "operations_log",
              shift.day() + "/" + shift.number(),
              caller.jurisdiction(),
              null,
              false,
              AuditOutcome.SUCCESS,
              "read by an auditor: " + Math.min(entries.size(), MAX_ENTRIES) + " entries"));
    }
    return new ShiftLog(
        shift,
        truncated ? entries.subList(0, MAX_ENTRIES) : entries,
        truncated,
        store.handover(shift.start()).orElse(null),
        store.handover(schedule.previous(shift).start()).orElse(null),
        shift.equals(current));
  }

  /** The outgoing operator writes the running shift's handover note (again, until it is read). */
  @Transactional
  public ShiftLog writeHandover(Caller caller, HandoverRequest body) {
    requireRoomStaff(caller);
    IncidentInput input = new IncidentInput();
    String note = input.required("note", body == null ? null : body.note(), 4000);
    input.check();
    Shift current = IncidentSettings.shifts().shiftAt(Instant.now());
    if (!store.writeHandover(
        current.start(), note, caller.username(), IncidentDesk.name(caller), Instant.now())) {
      denials.record(HANDOVER_WRITTEN, 0, caller.jurisdiction(), "already acknowledged");
      throw new ProblemException(409, "command.log.error.handoverRead");
    }
    auditTrail.record(
        new AuditRecord(
            HANDOVER_WRITTEN,
            "shift_handover",
            current.start().toString(),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "shift=" + current.day() + "/" + current.number()));
    return shift(caller, null, null);
  }

  /** Someone of the incoming shift acknowledges the note the previous shift left. */
  @Transactional
  public ShiftLog acknowledgeHandover(Caller caller) {
    requireRoomStaff(caller);
    ShiftSchedule schedule = IncidentSettings.shifts();
    Shift previous = schedule.previous(schedule.shiftAt(Instant.now()));
    ShiftHandover handover =
        store
            .handover(previous.start())
            .orElseThrow(() -> new ProblemException(404, "command.log.error.noHandover"));
    if (caller.username().equals(handover.writtenBy())) {
      denials.record(HANDOVER_ACKNOWLEDGED, 0, caller.jurisdiction(), "own note");
      throw new ProblemException(409, "command.log.error.ownHandover");
    }
    if (!store.acknowledgeHandover(
        previous.start(), caller.username(), IncidentDesk.name(caller), Instant.now())) {
      throw new ProblemException(409, "command.log.error.handoverRead");
    }
    auditTrail.record(
        new AuditRecord(
            HANDOVER_ACKNOWLEDGED,
            "shift_handover",
            previous.start().toString(),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "shift=" + previous.day() + "/" + previous.number()));
    return shift(caller, null, null);
  }

  private static void requireReader(Caller caller) {
    if (!IncidentRoles.isReader(caller)) {
      throw new ProblemException(403, "command.incident.error.forbidden");
    }
  }

  /** Handovers are the room's: operators and supervisors, not the communes' officers. */
  private static void requireRoomStaff(Caller caller) {
    if (!(caller.hasRole(Role.OPERATOR) || caller.hasRole(Role.SUPERVISOR))
        || caller.jurisdiction() == null) {
      throw new ProblemException(403, "command.incident.error.forbidden");
    }
  }
}
