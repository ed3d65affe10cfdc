package vn.tcc.shared.persistence;

import java.sql.SQLException;

/**
 * A statement the database refused or could not run. Unchecked, so it rolls back the caller's
 * transaction; its message says what TCC was doing and what the database answered.
 */
public class DataAccessFailure extends IllegalStateException {
  private final String sqlState;

  public DataAccessFailure(String what, SQLException cause) {
    super("Could not " + what + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  /** The SQLSTATE, e.g. {@code 23505} for a unique violation, or null. */
  public String sqlState() {
    return sqlState;
  }
}
