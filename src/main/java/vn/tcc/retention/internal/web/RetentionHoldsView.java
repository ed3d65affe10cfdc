package vn.tcc.retention.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.tcc.retention.internal.application.HoldAdministration;
import vn.tcc.retention.internal.application.HoldRequest;
import vn.tcc.retention.internal.application.HoldView;
import vn.tcc.retention.internal.application.RetentionRoles;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The legal holds of the caller's area: the list (in force, ended, lifted), the form to place one
 * (officers, supervisors) and lifting with a reason (a supervisor other than the placer).
 */
@Named
@ViewScoped
public class RetentionHoldsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient HoldAdministration holds;
  @Inject transient CurrentRequest currentRequest;

  private transient List<HoldView> rows = List.of();
  private String state = HoldView.State.IN_FORCE.name();
  private String caseNumber;
  private String cameraCode;
  private LocalDateTime from;
  private LocalDateTime to;
  private String agreementId;
  private String reason;
  private String decisionNumber;
  private LocalDate heldThrough;
  private Long liftId;
  private String liftReason;

  public void load() {
    try {
      HoldView.State wanted =
          state == null || state.isBlank() ? null : HoldView.State.valueOf(state);
      rows = holds.visible(currentRequest.caller(), wanted);
    } catch (ProblemException refused) {
      rows = List.of();
      PageMessages.refused(refused);
    } catch (IllegalArgumentException unknownState) {
      state = null;
      load();
    }
  }

  public void place() {
    try {
      HoldView placed =
          holds.place(
              currentRequest.caller(),
              new HoldRequest(
                  caseNumber,
                  cameraCode,
                  iso(from),
                  iso(to),
                  agreementId,
                  reason,
                  decisionNumber,
                  heldThrough == null ? null : heldThrough.toString()));
      PageMessages.info("retention.hold.placed", placed.id());
      caseNumber = null;
      cameraCode = null;
      from = null;
      to = null;
      agreementId = null;
      reason = null;
      decisionNumber = null;
      heldThrough = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(
          invalid.errors(), FieldErrorText.labelled("retention.field."), "holdForm");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** Opens the lifting of a hold: the reason is asked for next. */
  public void startLift(long id) {
    liftId = id;
    liftReason = null;
  }

  public void lift() {
    if (liftId == null) {
      return;
    }
    try {
      holds.lift(currentRequest.caller(), liftId, liftReason);
      PageMessages.info("retention.hold.lifted", liftId);
      liftId = null;
      liftReason = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("retention.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** A time typed on the page, in Vietnam's zone, as ISO-8601 with its offset. */
  private static String iso(LocalDateTime local) {
    if (local == null) {
      return null;
    }
    Instant instant = local.atZone(TccTime.ZONE).toInstant();
    return instant.atOffset(TccTime.ZONE.getRules().getOffset(instant)).toString();
  }

  public List<HoldView> getRows() {
    return rows == null ? List.of() : rows;
  }

  public boolean isPlacer() {
    return currentRequest.caller().hasAnyRole(RetentionRoles.HOLD_PLACERS);
  }

  /** Supervisors lift holds, except their own (LegalHold says why). */
  public boolean mayLift(HoldView hold) {
    return hold.isInForce()
        && currentRequest.caller().hasRole(Role.SUPERVISOR)
        && !currentRequest.caller().username().equals(hold.placedBy());
  }

  public List<String> getStates() {
    return java.util.Arrays.stream(HoldView.State.values()).map(Enum::name).toList();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getCameraCode() {
    return cameraCode;
  }

  public void setCameraCode(String cameraCode) {
    this.cameraCode = cameraCode;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public String getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(String agreementId) {
    this.agreementId = agreementId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public void setDecisionNumber(String decisionNumber) {
    this.decisionNumber = decisionNumber;
  }

  public LocalDate getHeldThrough() {
    return heldThrough;
  }

  public void setHeldThrough(LocalDate heldThrough) {
    this.heldThrough = heldThrough;
  }

  public Long getLiftId() {
    return liftId;
  }

  public String getLiftReason() {
    return liftReason;
  }

  public void setLiftReason(String liftReason) {
    this.liftReason = liftReason;
  }
}
