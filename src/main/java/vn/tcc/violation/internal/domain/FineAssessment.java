package vn.tcc.violation.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the fine table says about one violation: the rule that applies, or why there is none.
 *
 * @param rule the applicable line; null unless {@link Outcome#FINE}
 * @param kmhOver measured speed minus the limit, for speeding; else null
 * @param violationDate the day in Vietnam the violation happened, which chose the rule's version
 */
public record FineAssessment(
    Outcome outcome, FineRule rule, BigDecimal kmhOver, LocalDate violationDate) {

  public enum Outcome {
    /** A rule applies: fine range and points in {@link #rule()}. */
    FINE,
    /** Speeding below the lowest band fined for that vehicle class on that day (or no excess). */
    NOT_FINEABLE_SPEED,
    /** The table has no line for it (type, class, band or date): an officer must decide. */
    NO_RULE
  }

  public FineAssessment {
    if ((outcome == Outcome.FINE) != (rule != null)) {
      throw new IllegalArgumentException("A rule exactly when the outcome is a fine");
    }
  }

  public boolean isFine() {
    return outcome == Outcome.FINE;
  }

  /** The i18n key that explains a missing fine; null for {@link Outcome#FINE}. */
  public String messageKey() {
    return switch (outcome) {
      case FINE -> null;
      case NOT_FINEABLE_SPEED -> "violation.fine.notFineableSpeed";
      case NO_RULE -> "violation.fine.noRule";
    };
  }
}
