package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;

/**
 * A legal hold as the API and the pages show it.
 *
 * @param scope {@code CASE}, {@code CAMERA} or {@code AGREEMENT}
 * @param state {@code IN_FORCE}, {@code ENDED} (past its last day) or {@code LIFTED}
 * @param jurisdiction the commune or province the hold belongs to: its camera's, or the province
 *     for holds on a case or an agreement
 */
public record HoldView(
    long id,
    String scope,
    String caseNumber,
    String cameraCode,
    Instant from,
    Instant to,
    String agreementId,
    String reason,
    String decisionNumber,
    String placedBy,
    Instant placedAt,
    LocalDate heldThrough,
    String state,
    String liftedBy,
    Instant liftedAt,
    String liftReason,
    String jurisdiction) {

  /** Where a hold stands on a day. */
  public enum State {
    IN_FORCE,
    ENDED,
    LIFTED
  }

  static State stateOf(LegalHold hold, LocalDate today) {
    if (hold.isLifted()) {
      return State.LIFTED;
    }
    return hold.isInForceOn(today) ? State.IN_FORCE : State.ENDED;
  }

  static HoldView of(LegalHold hold, LocalDate today, String jurisdiction) {
    String scope;
    String caseNumber = null;
    String cameraCode = null;
    Instant from = null;
    Instant to = null;
    String agreementId = null;
    if (hold.scope() instanceof HoldScope.OfCase c) {
      scope = "CASE";
      caseNumber = c.caseNumber();
    } else if (hold.scope() instanceof HoldScope.OfCamera c) {
      scope = "CAMERA";
      cameraCode = c.cameraCode();
      from = c.from();
      to = c.to();
    } else {
      scope = "AGREEMENT";
      agreementId = ((HoldScope.OfAgreement) hold.scope()).agreementId();
    }
    return new HoldView(
        hold.id(),
        scope,
        caseNumber,
        cameraCode,
        from,
        to,
        agreementId,
        hold.reason(),
        hold.decisionNumber(),
        hold.placedBy(),
        hold.placedAt(),
        hold.heldThrough(),
        stateOf(hold, today).name(),
        hold.liftedBy(),
        hold.liftedAt(),
        hold.liftReason(),
        jurisdiction);
  }

  public boolean isInForce() {
    return State.IN_FORCE.name().equals(state);
  }

  public boolean isLifted() {
    return State.LIFTED.name().equals(state);
  }
}
