package vn.tcc.sharing.internal.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.tcc.shared.time.TccTime;

/**
 * The hours of the day and the days of the week an agreement shares, in Vietnam's time whatever the
 * server's zone: from {@code start} (included) to {@code end} (excluded). An end before the start
 * crosses midnight (a shop's camera shared 22:00-06:00, while it is closed); equal ends mean the
 * whole day. The days name the day a window <em>starts</em> on: with Friday only, 22:00-06:00
 * covers Friday 23:00 and Saturday 02:00, but not Friday 02:00 (that is Thursday's night).
 */
public record SharingWindow(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
  public static final SharingWindow ALWAYS =
      new SharingWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class));

  public SharingWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (days == null || days.isEmpty()) {
      throw SharingRuleException.invalid("sharing.agreement.daysRequired");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  public boolean crossesMidnight() {
    return end.isBefore(start);
  }

  public boolean wholeDay() {
    return start.equals(end);
  }

  /** True when the moment {@code at} falls inside a window. */
  public boolean covers(Instant at) {
    ZonedDateTime local = at.atZone(TccTime.ZONE);
    LocalTime time = local.toLocalTime();
    DayOfWeek day = local.getDayOfWeek();
    if (wholeDay()) {
      return days.contains(day);
    }
    if (!crossesMidnight()) {
      return !time.isBefore(start) && time.isBefore(end) && days.contains(day);
    }
    if (!time.isBefore(start)) {
      return days.contains(day);
    }
    // After midnight: the window that covers it started the day before.
    return time.isBefore(end) && days.contains(day.minus(1));
  }
}
