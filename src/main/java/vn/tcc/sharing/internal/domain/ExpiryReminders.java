package vn.tcc.sharing.internal.domain;

import java.util.List;

/** The stored reminders (repository port). */
public interface ExpiryReminders {
  /** Stores the reminder unless the same one (agreement, kind, last day) exists; true if new. */
  boolean raise(ExpiryReminder reminder);

  /** The newest reminders first. */
  List<ExpiryReminder> newest(int limit);
}
