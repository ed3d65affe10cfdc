package vn.tcc.violation.internal.rest;

import java.util.Locale;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.violation.internal.domain.ReviewDecision;

/**
 * A reviewer's decision as the API receives it: {@code CONFIRM} with the plate he reads and the
 * violation type he sees, or {@code REJECT} with the reason.
 */
public record ReviewBody(String verdict, String plate, String violationType, String reason) {

  ReviewDecision decision() {
    ReviewDecision.Verdict parsedVerdict = parse(ReviewDecision.Verdict.class, verdict);
    if (parsedVerdict == null) {
      throw new ProblemException(422, "violation.review.verdictRequired");
    }
    EventType type = parse(EventType.class, violationType);
    if (parsedVerdict == ReviewDecision.Verdict.CONFIRM && type == null) {
      throw new ProblemException(422, "violation.review.typeRequired");
    }
    return new ReviewDecision(parsedVerdict, plate, type, reason);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
