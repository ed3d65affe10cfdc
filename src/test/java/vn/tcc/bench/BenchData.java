package vn.tcc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Locale;
import vn.tcc.testing.Database;

/** Loading a benchmark's generated data, the same way for every benchmark. */
final class BenchData {
  private BenchData() {}

  /** The rows each table held when the measurements started, as the figures' first table. */
  static void rowsTable(StringBuilder out, java.util.Map<String, Long> sizes) {
    out.append("| Table / subset | Rows |\n|---|---:|\n");
    sizes.forEach(
        (what, rows) -> out.append(String.format(Locale.ROOT, "| %s | %,d |%n", what, rows)));
  }

  /**
   * Runs {@code db/bench/<script>} as the database owner, with {@code scaleSetting} (a custom
   * setting the script reads, or null) set to {@code scale}, then settles {@code tables}: a bulk
   * load leaves hint bits unset and autovacuum would otherwise start on them in the middle of the
   * measurements. Answers what the script said last and how long each part took.
   */
  static String load(String script, String scaleSetting, double scale, String tables)
      throws Exception {
    String sql = Files.readString(Path.of("db/bench", script));
    long start = System.nanoTime();
    String said = "";
    try (Connection db = Database.asSuperuser("tcc");
        Statement statement = db.createStatement()) {
      if (scaleSetting != null) {
        try (PreparedStatement setting = db.prepareStatement("SELECT set_config(?, ?, false)")) {
          setting.setString(1, scaleSetting);
          setting.setString(2, Double.toString(scale));
          setting.execute();
        }
      }
      statement.execute(sql);
      for (SQLWarning notice = statement.getWarnings();
          notice != null;
          notice = notice.getNextWarning()) {
        said = notice.getMessage();
      }
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      long vacuumStart = System.nanoTime();
      statement.execute("VACUUM (ANALYZE) " + tables);
      return String.format(
          Locale.ROOT,
          "%s (script %.0f s, then VACUUM ANALYZE %.0f s)",
          said,
          loadSeconds,
          (System.nanoTime() - vacuumStart) / 1e9);
    }
  }
}
