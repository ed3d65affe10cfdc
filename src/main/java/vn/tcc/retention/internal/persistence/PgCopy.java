package vn.tcc.retention.internal.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the caller's
 * transaction's connection: a plan writes hundreds of thousands of lines, and COPY costs the server
 * a fraction of an insert of unnested arrays (no array literals to build and parse, no casts).
 */
final class PgCopy {
  private PgCopy() {}

  /** Copies {@code rows} (each a value per column, null as SQL NULL) with {@code copySql}. */
  static long copyIn(Connection connection, String copySql, List<String[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          text.append('\t');
        }
        append(text, row[c]);
      }
      text.append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
      return copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** One value in COPY's text format: \N for null; backslash, tab and line ends escaped. */
  static void append(StringBuilder text, String value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }
}
