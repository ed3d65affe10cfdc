package vn.tcc.command.internal.incident.application;

import java.time.Duration;
import java.time.LocalTime;
import vn.tcc.command.internal.incident.domain.ShiftSchedule;
import vn.tcc.shared.time.TccTime;

/**
 * The command room's settings, read at each use so a system property changed on a running server
 * (as the ITs do) takes effect: escalation time ({@code tcc.command.escalation-seconds} or {@code
 * TCC_COMMAND_ESCALATION_SECONDS}, default 120 s) and the shifts ({@code tcc.command.shift.first} /
 * {@code TCC_COMMAND_SHIFT_FIRST}, default 06:00; {@code tcc.command.shift.per-day} / {@code
 * TCC_COMMAND_SHIFTS_PER_DAY}, default 3).
 */
public final class IncidentSettings {
  public static final String ESCALATION_SECONDS = "tcc.command.escalation-seconds";

  private IncidentSettings() {}

  public static Duration escalateAfter() {
    long seconds = number(ESCALATION_SECONDS, "TCC_COMMAND_ESCALATION_SECONDS", 120, 1, 86_400);
    return Duration.ofSeconds(seconds);
  }

  public static ShiftSchedule shifts() {
    LocalTime first = LocalTime.of(6, 0);
    String text = setting("tcc.command.shift.first", "TCC_COMMAND_SHIFT_FIRST");
    if (text != null) {
      try {
        first = LocalTime.parse(text.strip());
      } catch (RuntimeException e) {
        // a mistyped setting keeps the default rather than stopping the room
      }
    }
    int perDay = (int) number("tcc.command.shift.per-day", "TCC_COMMAND_SHIFTS_PER_DAY", 3, 1, 24);
    if (24 % perDay != 0) {
      perDay = 3;
    }
    return new ShiftSchedule(TccTime.ZONE, first, perDay);
  }

  private static String setting(String property, String variable) {
    String value = System.getProperty(property);
    return value != null ? value : System.getenv(variable);
  }

  private static long number(String property, String variable, long fallback, long min, long max) {
    String text = setting(property, variable);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.strip());
      return value < min || value > max ? fallback : value;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
