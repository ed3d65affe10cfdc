package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Until when a rule keeps an item: through a local day, until a case closes, or indefinitely. The
 * open-ended ones are types of their own, never a far-away date that a report would print as if it
 * were real.
 *
 * <p>Longest first: {@link Indefinitely}, then {@link UntilCaseClosed} (a case may stay open for
 * any time, and once closed it keeps its data a further period, so it outlasts any date known now),
 * then {@link Through} by its day.
 */
public sealed interface KeepUntil {

  /** True when an item kept until this is due for its end action at {@code now}. */
  boolean isDueAt(Instant now);

  /** 0 for a day, 1 until a case closes, 2 indefinitely: the order of {@link #isLongerThan}. */
  int openness();

  /** True when this keeps strictly longer than {@code other}. */
  default boolean isLongerThan(KeepUntil other) {
    if (openness() != other.openness()) {
      return openness() > other.openness();
    }
    return this instanceof Through mine
        && other instanceof Through theirs
        && mine.lastDay().isAfter(theirs.lastDay());
  }

  /**
   * Kept through the whole local day {@code lastDay}; due at the next local midnight (see {@link
   * RetentionCalendar}).
   */
  record Through(LocalDate lastDay) implements KeepUntil {
    public Through {
      Objects.requireNonNull(lastDay, "lastDay");
    }

    /** The moment the item falls due: 00:00 in Vietnam the day after {@code lastDay}. */
    public Instant dueAt() {
      return RetentionCalendar.dueAt(lastDay);
    }

    @Override
    public boolean isDueAt(Instant now) {
      return !now.isBefore(dueAt());
    }

    @Override
    public int openness() {
      return 0;
    }
  }

  /** Kept while the case is open or under appeal; then the item's own period from the closure. */
  record UntilCaseClosed(String caseNumber) implements KeepUntil {
    public UntilCaseClosed {
      Objects.requireNonNull(caseNumber, "caseNumber");
    }

    @Override
    public boolean isDueAt(Instant now) {
      return false;
    }

    @Override
    public int openness() {
      return 1;
    }
  }

  /**
   * Kept with no end known: a legal hold without an end day (until lifted), or data no policy
   * covers yet (nothing is deleted without a rule: Circular 67/2024 forbids arbitrary deletion).
   */
  record Indefinitely() implements KeepUntil {
    @Override
    public boolean isDueAt(Instant now) {
      return false;
    }

    @Override
    public int openness() {
      return 2;
    }
  }
}
