package vn.tcc.command.internal.incident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.tcc.command.internal.incident.application.HandoverRequest;
import vn.tcc.command.internal.incident.application.OperationsLog;
import vn.tcc.command.internal.incident.application.ShiftLog;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/** A shift's operations log, printable, with the handover note between shifts. */
@Named
@ViewScoped
public class OperationsLogView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient OperationsLog log;
  @Inject transient CurrentRequest currentRequest;

  private transient ShiftLog shift;
  private LocalDate day;
  private Integer number;
  private String note;

  public void load() {
    try {
      shift =
          log.shift(
              currentRequest.caller(),
              day == null ? null : day.toString(),
              number == null ? null : String.valueOf(number));
      day = shift.shift().day();
      number = shift.shift().number();
    } catch (ValidationException invalid) {
      day = null;
      number = null;
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("command.field."));
    } catch (ProblemException refused) {
      shift = null;
      PageMessages.refused(refused);
    }
  }

  public void previous() {
    if (shift != null) {
      var before =
          vn.tcc.command.internal.incident.application.IncidentSettings.shifts()
              .previous(shift.shift());
      day = before.day();
      number = before.number();
    }
    load();
  }

  public void next() {
    if (shift != null) {
      var after =
          vn.tcc.command.internal.incident.application.IncidentSettings.shifts()
              .next(shift.shift());
      day = after.day();
      number = after.number();
    }
    load();
  }

  public void writeHandover() {
    try {
      shift = log.writeHandover(currentRequest.caller(), new HandoverRequest(note));
      PageMessages.info("command.log.handoverWritten");
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("command.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void acknowledgeHandover() {
    try {
      shift = log.acknowledgeHandover(currentRequest.caller());
      PageMessages.info("command.log.handoverAcknowledged");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public boolean isRoomStaff() {
    return currentRequest.caller().hasRole(Role.OPERATOR)
        || currentRequest.caller().hasRole(Role.SUPERVISOR);
  }

  public ShiftLog getShift() {
    return shift;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public String getNote() {
    if (note == null && shift != null && shift.handover() != null) {
      note = shift.handover().note();
    }
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
