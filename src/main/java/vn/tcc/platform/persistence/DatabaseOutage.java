package vn.tcc.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing
 * connections) from any other: the first is answered 503 with a Retry-After and a page saying the
 * service is back shortly, the second stays a 500 worth an administrator's look.
 */
public final class DatabaseOutage {
  /** The seconds a client is asked to wait: a restart or a replica's promotion takes about that. */
  public static final int RETRY_AFTER_SECONDS = 10;

  // SQLSTATE class 08 (connection exception) and the server's own "going away" states.
  private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        if (unavailable(sql.getNextException().getSQLState())) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean unavailable(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE.contains(sqlState));
  }
}
