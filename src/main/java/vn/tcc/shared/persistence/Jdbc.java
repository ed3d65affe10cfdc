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
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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

  /**
   * The rows of a query read through a cursor, {@code fetchSize} rows at a time, so memory stays
   * bounded however many rows match (PostgreSQL keeps the cursor only inside a transaction). The
   * stream holds its connection until it is closed: close it.
   */
  public <T> Stream<T> stream(
      String what, String sql, int fetchSize, RowMapper<T> mapper, Object... parameters) {
    Connection connection = null;
    PreparedStatement statement = null;
    try {
      connection = dataSource.getConnection();
      statement = prepare(connection, sql, parameters);
      statement.setFetchSize(fetchSize);
      ResultSet rows = statement.executeQuery();
      Row row = new Row(rows);
      Spliterator<T> reader =
          new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
              try {
                if (!rows.next()) {
                  return false;
                }
                action.accept(mapper.map(row));
                return true;
              } catch (SQLException e) {
                throw new DataAccessFailure(what, e);
              }
            }
          };
      PreparedStatement opened = statement;
      Connection held = connection;
      return StreamSupport.stream(reader, false)
          .onClose(
              () -> {
                try (held;
                    opened;
                    rows) {
                  // closed in reverse order: the rows, the statement, then the connection
                } catch (SQLException e) {
                  throw new DataAccessFailure(what, e);
                }
              });
    } catch (SQLException e) {
      closeAfter(e, statement, connection);
      throw new DataAccessFailure(what, e);
    } catch (RuntimeException e) {
      closeAfter(e, statement, connection);
      throw e;
    }
  }

  /** Closes what a failed call had opened; a failure to close is kept with the first failure. */
  private static void closeAfter(Exception failure, AutoCloseable... opened) {
    for (AutoCloseable resource : opened) {
      if (resource != null) {
        try {
          resource.close();
        } catch (Exception e) {
          failure.addSuppressed(e);
        }
      }
    }
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
