package vn.tcc.shared.persistence;

import java.sql.SQLException;

/** Turns the current row of a query into one of TCC's types, reading columns by name. */
@FunctionalInterface
public interface RowMapper<T> {
  T map(Row row) throws SQLException;
}
