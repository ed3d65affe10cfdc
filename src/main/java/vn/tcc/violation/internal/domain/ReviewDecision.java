package vn.tcc.violation.internal.domain;

import java.util.Objects;
import vn.tcc.event.api.EventType;

/**
 * What one reviewer concluded from the evidence: the violation happened, with the plate he reads
 * and the violation type he sees, or it is a false detection, with the reason.
 */
public record ReviewDecision(
    Verdict verdict, String plate, EventType violationType, String reason) {

  public enum Verdict {
    CONFIRM,
    REJECT
  }

  /**
   * @throws ViolationRuleException {@code violation.review.plateRequired}, {@code
   *     violation.review.typeRequired} or {@code violation.review.reasonRequired} (422)
   */
  public ReviewDecision {
    Objects.requireNonNull(verdict, "verdict");
    if (verdict == Verdict.CONFIRM) {
      if (PlateNumber.normalise(plate).isEmpty()) {
        throw ViolationRuleException.invalid("violation.review.plateRequired");
      }
      if (violationType == null || !violationType.isViolation()) {
        throw ViolationRuleException.invalid("violation.review.typeRequired");
      }
      plate = plate.strip();
      reason = blankToNull(reason);
    } else {
      if (reason == null || reason.isBlank()) {
        throw ViolationRuleException.invalid("violation.review.reasonRequired");
      }
      // A rejection says nothing about a plate or a type; keeping none makes agreement simple.
      plate = null;
      violationType = null;
      reason = reason.strip();
    }
  }

  public static ReviewDecision confirm(String plate, EventType violationType) {
    return new ReviewDecision(Verdict.CONFIRM, plate, violationType, null);
  }

  public static ReviewDecision reject(String reason) {
    return new ReviewDecision(Verdict.REJECT, null, null, reason);
  }

  public boolean confirms() {
    return verdict == Verdict.CONFIRM;
  }

  /**
   * Two decisions agree when both reject (whatever their reasons), or both confirm the same plate
   * (compared normalised, {@link PlateNumber}) and the same violation type.
   */
  public boolean agreesWith(ReviewDecision other) {
    if (verdict != other.verdict) {
      return false;
    }
    return verdict == Verdict.REJECT
        || (PlateNumber.same(plate, other.plate) && violationType == other.violationType);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
