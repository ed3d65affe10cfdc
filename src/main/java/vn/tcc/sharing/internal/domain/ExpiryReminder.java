package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A reminder that an agreement's term ends soon, so it is renewed or let go on purpose: one 30 days
 * ahead, one 7 days ahead. A reminder not raised on its day (the server was down) is raised late,
 * never skipped: the 7-day one replaces a missed 30-day one only when 7 days or fewer are left.
 */
public record ExpiryReminder(
    Long id, long agreementId, Kind kind, LocalDate endsOn, Instant raisedAt) {

  public enum Kind {
    DAYS_30(30),
    DAYS_7(7);

    private final int days;

    Kind(int days) {
      this.days = days;
    }

    public int days() {
      return days;
    }
  }

  /** The reminder due today for a term ending on {@code endsOn}, if any. */
  public static Optional<Kind> dueOn(LocalDate today, LocalDate endsOn) {
    long left = java.time.temporal.ChronoUnit.DAYS.between(today, endsOn);
    if (left < 0) {
      return Optional.empty();
    }
    if (left <= Kind.DAYS_7.days()) {
      return Optional.of(Kind.DAYS_7);
    }
    if (left <= Kind.DAYS_30.days()) {
      return Optional.of(Kind.DAYS_30);
    }
    return Optional.empty();
  }
}
