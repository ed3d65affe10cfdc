package vn.tcc.command.internal.incident.application;

import java.util.List;
import vn.tcc.command.internal.incident.domain.LogEntry;
import vn.tcc.command.internal.incident.domain.ShiftHandover;
import vn.tcc.command.internal.incident.domain.ShiftSchedule.Shift;

/**
 * A shift's operations log: what happened to incidents during it, the note its outgoing operator
 * left ({@code handover}) and the note it received from the shift before ({@code received}).
 *
 * @param truncated true when more entries exist than the log shows
 * @param current true for the shift running now (its handover may still be written)
 */
public record ShiftLog(
    Shift shift,
    List<LogEntry> entries,
    boolean truncated,
    ShiftHandover handover,
    ShiftHandover received,
    boolean current) {
  public ShiftLog {
    entries = List.copyOf(entries);
  }
}
