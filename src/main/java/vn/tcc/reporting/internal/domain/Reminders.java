package vn.tcc.reporting.internal.domain;

import java.util.List;

/** The port to the reminders sent to units. */
public interface Reminders {
  /** Records a reminder unless the same one exists; whether it was new. */
  boolean record(
      String unitCode,
      String formCode,
      ReportingPeriod period,
      Reminder.Kind kind,
      java.time.Instant at);

  /** A unit's reminders, newest first; every unit's when {@code unitCode} is null. */
  List<Reminder> recent(String unitCode, int limit);
}
