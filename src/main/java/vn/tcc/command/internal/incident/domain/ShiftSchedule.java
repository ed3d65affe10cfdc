package vn.tcc.command.internal.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The command room's shifts: a fixed number a day of equal length, the first starting at a fixed
 * local time (by default three shifts of 8 h from 06:00, Vietnam time). A shift that starts before
 * midnight belongs to the day it starts on.
 */
public record ShiftSchedule(ZoneId zone, LocalTime firstStart, int shiftsPerDay) {

  /** One shift: its number in the day (1-based), the day and its bounds (end exclusive). */
  public record Shift(LocalDate day, int number, Instant start, Instant end) {}

  public ShiftSchedule {
    if (shiftsPerDay < 1 || shiftsPerDay > 24 || 24 % shiftsPerDay != 0) {
      throw new IllegalArgumentException("Shifts per day must divide 24: " + shiftsPerDay);
    }
  }

  public Duration length() {
    return Duration.ofHours(24 / shiftsPerDay);
  }

  /** The shift that contains this instant. */
  public Shift shiftAt(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (local.toLocalTime().isBefore(firstStart)) {
      day = day.minusDays(1);
    }
    ZonedDateTime dayStart = day.atTime(firstStart).atZone(zone);
    long into = Duration.between(dayStart, local).toMinutes();
    int index = (int) Math.min(shiftsPerDay - 1, into / length().toMinutes());
    return shift(day, index + 1);
  }

  /** Shift {@code number} (1-based) of {@code day}. */
  public Shift shift(LocalDate day, int number) {
    if (number < 1 || number > shiftsPerDay) {
      throw new IllegalArgumentException("No shift " + number);
    }
    ZonedDateTime start =
        day.atTime(firstStart).atZone(zone).plus(length().multipliedBy(number - 1));
    return new Shift(day, number, start.toInstant(), start.plus(length()).toInstant());
  }

  /** The shift before this one. */
  public Shift previous(Shift shift) {
    return shiftAt(shift.start().minusSeconds(1));
  }

  /** The shift after this one. */
  public Shift next(Shift shift) {
    return shiftAt(shift.end());
  }
}
