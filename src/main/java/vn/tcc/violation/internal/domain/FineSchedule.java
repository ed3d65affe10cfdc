package vn.tcc.violation.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.time.TccTime;

/**
 * The fine table across its versions: a fine is the one of the rule in force on the day the
 * violation happened (in Vietnam), not on the day the case is decided. Built only from lines that
 * never compete: two lines that could answer for the same violation on the same day are refused.
 */
public final class FineSchedule {
  private final List<FineRule> rules;

  private FineSchedule(List<FineRule> rules) {
    this.rules = rules;
  }

  /**
   * @throws ViolationRuleException {@code violation.fine.overlap} (422) naming the type, vehicle
   *     class and first day of the later of two competing lines
   */
  public static FineSchedule of(Collection<FineRule> rules) {
    List<FineRule> checked = new ArrayList<>();
    for (FineRule rule : rules) {
      Objects.requireNonNull(rule, "rule");
      for (FineRule earlier : checked) {
        if (rule.conflictsWith(earlier)) {
          LocalDate from =
              rule.effectiveFrom().isAfter(earlier.effectiveFrom())
                  ? rule.effectiveFrom()
                  : earlier.effectiveFrom();
          throw ViolationRuleException.invalid(
              "violation.fine.overlap", rule.violationType(), rule.vehicleClass(), from);
        }
      }
      checked.add(rule);
    }
    return new FineSchedule(List.copyOf(checked));
  }

  public List<FineRule> rules() {
    return rules;
  }

  /** The calendar day in Vietnam (Asia/Ho_Chi_Minh) of an instant. */
  public static LocalDate violationDate(Instant occurredAt) {
    return LocalDate.ofInstant(occurredAt, TccTime.ZONE);
  }

  /** The fine for any violation but speeding (which needs the speeds: {@link #assessSpeeding}). */
  public FineAssessment assess(EventType type, VehicleClass vehicleClass, Instant occurredAt) {
    if (type == EventType.SPEEDING) {
      throw new IllegalArgumentException("Speeding is assessed from the speeds: assessSpeeding");
    }
    Objects.requireNonNull(vehicleClass, "vehicleClass");
    LocalDate day = violationDate(occurredAt);
    return rules.stream()
        .filter(r -> r.violationType() == type && r.vehicleClass() == vehicleClass)
        .filter(r -> r.inForceOn(day))
        .findFirst()
        .map(r -> new FineAssessment(FineAssessment.Outcome.FINE, r, null, day))
        .orElseGet(() -> new FineAssessment(FineAssessment.Outcome.NO_RULE, null, null, day));
  }

  /**
   * The fine for speeding at {@code speedKmh} where the limit is {@code limitKmh}. Below the lowest
   * band the table fines for that vehicle class that day, it is {@link
   * FineAssessment.Outcome#NOT_FINEABLE_SPEED}; with no line for the class that day, or an excess
   * in no band (above the highest one the table knows), {@link FineAssessment.Outcome#NO_RULE}.
   */
  public FineAssessment assessSpeeding(
      VehicleClass vehicleClass, Instant occurredAt, BigDecimal speedKmh, BigDecimal limitKmh) {
    Objects.requireNonNull(vehicleClass, "vehicleClass");
    BigDecimal over = speedKmh.subtract(limitKmh);
    LocalDate day = violationDate(occurredAt);
    List<FineRule> inForce =
        rules.stream()
            .filter(r -> r.violationType() == EventType.SPEEDING)
            .filter(r -> r.vehicleClass() == vehicleClass && r.inForceOn(day))
            .toList();
    for (FineRule rule : inForce) {
      if (rule.speedBand().contains(over)) {
        return new FineAssessment(FineAssessment.Outcome.FINE, rule, over, day);
      }
    }
    boolean belowEveryBand =
        !inForce.isEmpty() && inForce.stream().allMatch(r -> r.speedBand().startsAbove(over));
    return new FineAssessment(
        belowEveryBand ? FineAssessment.Outcome.NOT_FINEABLE_SPEED : FineAssessment.Outcome.NO_RULE,
        null,
        over,
        day);
  }
}
