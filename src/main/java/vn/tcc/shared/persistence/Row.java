package vn.tcc.shared.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The current row of a query, read by column name with TCC's types. Times come back as {@link
 * Instant} through {@link SqlTime}, the one conversion from what the database and its drivers
 * return; a NULL comes back as null (or 0 / false where the type is primitive and says so).
 */
public final class Row {
  private final ResultSet rows;

  Row(ResultSet rows) {
    this.rows = rows;
  }

  /** For code that reads a {@link ResultSet} it ran itself (batches, cursors). */
  public static Row of(ResultSet rows) {
    return new Row(rows);
  }

  public String string(String column) throws SQLException {
    return rows.getString(column);
  }

  public long longValue(String column) throws SQLException {
    return rows.getLong(column);
  }

  public Long nullableLong(String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  public int intValue(String column) throws SQLException {
    return rows.getInt(column);
  }

  public Integer nullableInt(String column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  public boolean bool(String column) throws SQLException {
    return rows.getBoolean(column);
  }

  public BigDecimal decimal(String column) throws SQLException {
    return rows.getBigDecimal(column);
  }

  public Instant instant(String column) throws SQLException {
    return SqlTime.instant(rows.getObject(column, OffsetDateTime.class));
  }

  public LocalDate date(String column) throws SQLException {
    return rows.getObject(column, LocalDate.class);
  }

  public byte[] bytes(String column) throws SQLException {
    return rows.getBytes(column);
  }

  /** The value as the driver gives it, for the few columns with no type of their own here. */
  public Object object(String column) throws SQLException {
    return rows.getObject(column);
  }
}
