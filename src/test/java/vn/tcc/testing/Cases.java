package vn.tcc.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/** Violation cases as the suites find them in the database. */
public final class Cases {
  private Cases() {}

  /** The number of the case the event joined, once the handover has processed it. */
  public static String numberOf(long eventId, Duration patience) throws Exception {
    long deadline = System.currentTimeMillis() + patience.toMillis();
    while (System.currentTimeMillis() < deadline) {
      try (Connection db = Database.asApplication();
          PreparedStatement query =
              db.prepareStatement(
                  "SELECT c.case_number FROM violation.case_event e"
                      + " JOIN violation.violation_case c ON c.id = e.case_id WHERE e.event_id = ?")) {
        query.setLong(1, eventId);
        try (ResultSet row = query.executeQuery()) {
          if (row.next()) {
            return row.getString(1);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "event " + eventId + " opened no case within " + patience.toSeconds() + " s");
  }
}
