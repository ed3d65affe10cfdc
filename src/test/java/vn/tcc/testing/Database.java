package vn.tcc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct connections to the test run's PostgreSQL: as the application, or as its superuser. */
public final class Database {
  private Database() {}

  public static Connection asApplication() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("tcc.db.url", "jdbc:postgresql://localhost:5433/tcc"), "tcc", "tcc");
  }

  /** The superuser, to do what an intruder with database access would do behind TCC's back. */
  public static Connection asSuperuser(String database) throws SQLException {
    String adminUrl =
        System.getProperty("tcc.db.admin.url", "jdbc:postgresql://localhost:5433/postgres");
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    return DriverManager.getConnection(
        url,
        System.getProperty("tcc.db.admin.user", "postgres"),
        System.getProperty("tcc.db.admin.password", "postgres"));
  }
}
