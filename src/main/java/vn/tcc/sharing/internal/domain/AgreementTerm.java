package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.tcc.shared.time.TccTime;

/**
 * An agreement's term: from the first local day to the last, both included, in Vietnam's time. It
 * begins at 00:00 of the first day and ends at 00:00 of the day after the last.
 */
public record AgreementTerm(LocalDate startsOn, LocalDate endsOn) {
  public AgreementTerm {
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw SharingRuleException.invalid("sharing.agreement.termOrder");
    }
  }

  public Instant begins() {
    return startsOn.atStartOfDay(TccTime.ZONE).toInstant();
  }

  /** The first moment after the term. */
  public Instant ends() {
    return endsOn.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
  }

  public boolean hasBegunAt(Instant at) {
    return !at.isBefore(begins());
  }

  public boolean hasEndedAt(Instant at) {
    return !at.isBefore(ends());
  }

  /** Days in the term, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
  }

  /** Whole local days from {@code today} to the last day (0 on the last day, negative after). */
  public long daysLeftFrom(LocalDate today) {
    return ChronoUnit.DAYS.between(today, endsOn);
  }
}
