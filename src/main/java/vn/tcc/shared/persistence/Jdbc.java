package vn.tcc.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one way TCC runs set-based and bulk SQL: statements with parameters bound in one place, rows
 * read by name through {@link Row} and a typed {@link RowMapper}, and every {@link SQLException}
 * turned into a {@link DataAccessFailure} naming what was being done. Each call takes a connection
 * from the container's data source, so it joins the caller's JTA transaction.
 *
 * <p>Aggregates that are edited go through their repository port (JPA or this helper behind it);
 * this class is for the statements a repository or a store runs.
 */
public final class Jdbc {
  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Work that needs the connection itself (batches, several statements on one connection). */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** The rows of a query, each mapped by {@code mapper}. */
  public <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... parameters) {
    return run(
        what,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters);
              ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            Row row = new Row(rows);
            while (rows.next()) {
              result.add(mapper.map(row));
            }
            return result;
          }
        });
  }

  /** The first row of a query, if there is one. */
  public <T> Optional<T> first(String what, String sql, RowMapper<T> mapper, Object... parameters) {
    return run(
        what,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters);
              ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.ofNullable(mapper.map(new Row(rows))) : Optional.empty();
          }
        });
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the rows it changed. */
  public int update(String what, String sql, Object... parameters) {
    return run(
        what,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
          }
        });
  }

  /** Runs {@code work} on a connection of the data source (the caller's transaction's). */
  public <T> T run(String what, ConnectionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new DataAccessFailure(what, e);
    }
  }

  /** A statement with its parameters bound (see {@link #bind}). */
  public static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        bind(statement, i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /**
   * Binds one parameter: null as SQL NULL, an {@link Instant} as {@code timestamptz} (the driver
   * takes it as an offset time), an {@link SqlArray} as a PostgreSQL array, anything else as is.
   */
  public static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof Instant instant) {
      statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    } else if (value instanceof SqlArray array) {
      statement.setArray(
          index, statement.getConnection().createArrayOf(array.sqlType(), array.values()));
    } else {
      statement.setObject(index, value);
    }
  }

  /** A PostgreSQL array parameter, e.g. {@code array("bigint", ids)} for {@code = ANY(?)}. */
  public static SqlArray array(String sqlType, Collection<?> values) {
    return new SqlArray(sqlType, values.toArray());
  }

  /** An array parameter: its element type as PostgreSQL names it, and its values. */
  public record SqlArray(String sqlType, Object[] values) {}
}
