package vn.tcc.violation.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;

/** The one-statement writes of the violation module's JDBC stores, in the caller's transaction. */
final class Sql {
  private Sql() {}

  /** Runs the statement with its parameters (null as SQL NULL); returns the rows it changed. */
  static int update(DataSource dataSource, String what, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
  }
}
