package vn.tcc.violation.internal.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.tcc.event.api.EventType;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.domain.ReviewDecision;

/**
 * What a reviewer (or a supervisor settling a dispute) fills in: the plate and violation he sees,
 * starting from what the camera detected, or the reason it is a false detection.
 */
public class ReviewForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String plate;
  private String violationType;
  private String reason;

  /** Starts again from what the camera detected on this case. */
  void startFrom(CaseView view) {
    plate = view.detectedPlate();
    violationType = view.detectedType();
    reason = null;
  }

  /**
   * The decision for the verdict: the plate and type when confirming, the reason when rejecting.
   *
   * @throws vn.tcc.violation.internal.domain.ViolationRuleException when a part it needs is blank
   */
  ReviewDecision decision(ReviewDecision.Verdict verdict) {
    return verdict == ReviewDecision.Verdict.CONFIRM
        ? new ReviewDecision(
            verdict, plate, violationType == null ? null : EventType.valueOf(violationType), null)
        : new ReviewDecision(verdict, null, null, reason);
  }

  public List<EventType> getViolationTypes() {
    return Arrays.stream(EventType.values()).filter(EventType::isViolation).toList();
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }

  public String getViolationType() {
    return violationType;
  }

  public void setViolationType(String violationType) {
    this.violationType = violationType;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
