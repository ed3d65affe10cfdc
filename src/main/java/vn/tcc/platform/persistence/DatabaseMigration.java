package vn.tcc.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when TCC is deployed, from the migrations in {@code
 * db/migrations}. With {@code TCC_DEMO_DATA=true} it also loads the demo province (repeatable
 * migrations in {@code db/demo}); production leaves it off.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  /** How TCC runs Flyway, wherever it runs it: history in its own schema, never a clean. */
  public static FluentConfiguration settings(FluentConfiguration configuration) {
    return configuration.defaultSchema("flyway").createSchemas(true).cleanDisabled(true);
  }

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (Boolean.parseBoolean(System.getenv().getOrDefault("TCC_DEMO_DATA", "false"))) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        settings(Flyway.configure(getClass().getClassLoader()))
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, locations "
                + locations
                + ")");
  }
}
