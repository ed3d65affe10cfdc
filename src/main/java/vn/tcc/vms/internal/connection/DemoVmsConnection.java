package vn.tcc.vms.internal.connection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Demo and test runs only ({@code TCC_DEMO_DATA=true}): connects the local ZoneMinder that {@code
 * bin/zoneminder} starts ({@code TCC_ZM_URL}), as connection {@code ZM-DEMO}, once. Its secret goes
 * through the same encryption as one an admin types.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoVmsConnection {
  public static final String CODE = "ZM-DEMO";
  private static final Logger LOG = Logger.getLogger(DemoVmsConnection.class.getName());

  @Inject VmsConnectionService connections;
  @Inject VmsConnectionRepository repository;

  @PostConstruct
  void connect() {
    String url = System.getenv("TCC_ZM_URL");
    if (!Boolean.parseBoolean(System.getenv().getOrDefault("TCC_DEMO_DATA", "false"))
        || url == null
        || url.isBlank()
        || repository.find(CODE).isPresent()) {
      return;
    }
    Caller setup =
        new Caller(
            "demo-setup", "Demo setup", Caller.Kind.SYSTEM, java.util.Set.of(Role.ADMIN), null);
    connections.save(
        setup,
        new VmsConnectionDetails(
            CODE,
            "ZoneMinder (demo, local)",
            "ZONEMINDER",
            url,
            System.getenv().getOrDefault("TCC_ZM_USER", "admin"),
            5000,
            10,
            1,
            true),
        System.getenv().getOrDefault("TCC_ZM_PASSWORD", "admin"),
        null);
    LOG.info("Connected the demo ZoneMinder at " + url + " as " + CODE);
  }
}
