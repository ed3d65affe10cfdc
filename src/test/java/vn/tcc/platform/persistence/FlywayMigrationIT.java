package vn.tcc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.testing.Database;

/** Every migration applies to an empty PostgreSQL database, and applying again changes nothing. */
class FlywayMigrationIT {
  private final String database = "tcc_migration_" + Long.toHexString(System.nanoTime());

  @BeforeEach
  void createEmptyDatabase() throws SQLException {
    try (Connection admin = Database.asSuperuser("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + database);
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection admin = Database.asSuperuser("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @Test
  void migrations_and_demo_data_apply_to_an_empty_database_once() throws SQLException {
    String[] migrations =
        new File("db/migrations").list((dir, name) -> name.matches("V\\d+__.*\\.sql"));
    int versioned = migrations.length;
    // The highest version, not the count: branches take numbers ahead (V19 before V16-V18 merge).
    int highest =
        java.util.Arrays.stream(migrations)
            .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
            .max()
            .orElseThrow();
    int demo = new File("db/demo").list((dir, name) -> name.matches("R__.*\\.sql")).length;

    MigrateResult first = flyway().migrate();
    assertTrue(first.success);
    assertEquals(highest, Integer.parseInt(first.targetSchemaVersion));
    assertEquals(
        versioned + demo, first.migrationsExecuted, "versioned migrations plus the demo data");
    assertEquals(0, flyway().migrate().migrationsExecuted, "a second run applies nothing");

    try (Connection db = Database.asSuperuser(database);
        Statement sql = db.createStatement()) {
      assertEquals(
          1, count(sql, "SELECT count(*) FROM shared.jurisdiction WHERE parent_code IS NULL"));
      assertTrue(
          count(sql, "SELECT count(*) FROM shared.jurisdiction WHERE parent_code = 'GL'") >= 5);
      assertEquals(
          1, count(sql, "SELECT count(*) FROM camera.site WHERE kind = 'PROVINCIAL_CENTER'"));
      assertEquals(0, count(sql, "SELECT count(*) FROM audit.entry"));
      // The reporting forms shipped: violation handling (24 indicators) and cameras (6) with V19,
      // data protection with V25.
      assertEquals(3, count(sql, "SELECT count(*) FROM reporting.form"));
      assertEquals(
          30,
          count(
              sql,
              "SELECT count(*) FROM reporting.indicator i JOIN reporting.form f ON f.id = i.form_id"
                  + " WHERE f.code <> 'DATA_PROTECTION'"));
      assertTrue(
          count(
                  sql,
                  "SELECT count(*) FROM reporting.indicator i JOIN reporting.form f"
                      + " ON f.id = i.form_id WHERE f.code = 'DATA_PROTECTION'")
              > 0);
      // The constraints hold on the fresh schema: a commune under a province it does not belong to.
      assertThrows(
          SQLException.class,
          () ->
              sql.execute(
                  "INSERT INTO shared.jurisdiction VALUES ('XX.A', 'WARD', 'A', 'A', 'GL')"));
    }
  }

  private Flyway flyway() {
    String adminUrl =
        System.getProperty("tcc.db.admin.url", "jdbc:postgresql://localhost:5433/postgres");
    return DatabaseMigration.settings(Flyway.configure())
        .dataSource(
            adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database,
            System.getProperty("tcc.db.admin.user", "postgres"),
            System.getProperty("tcc.db.admin.password", "postgres"))
        .locations("filesystem:db/migrations", "filesystem:db/demo")
        .load();
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
