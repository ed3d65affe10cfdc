package vn.tcc.shared.persistence;

import java.sql.SQLException;

/** The database's own word on a failure, for code outside persistence that must not see JDBC. */
public final class SqlStates {
  private SqlStates() {}

  /**
   * Whether the failure (or one of its causes) is a PostgreSQL data exception, SQLSTATE class 22: a
   * value too long for its column, out of range, not valid in the encoding (a NUL character), a
   * date that does not exist. Such a value came from the caller; the transaction rolled back.
   */
  public static String dataException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
