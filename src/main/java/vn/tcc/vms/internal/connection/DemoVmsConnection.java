package vn.tcc.vms.internal.connection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

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

  @Inject SecretBox secrets;
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
    String province = System.getenv().getOrDefault("TCC_ZM_JURISDICTION", "GL");
    VmsConnectionDetails details =
        new VmsConnectionDetails(
            CODE,
            "ZoneMinder (demo, local)",
            "ZONEMINDER",
            province,
            url,
            System.getenv().getOrDefault("TCC_ZM_USER", "admin"),
            5000,
            10,
            1,
            true);
    // Demo setup, like the demo SQL, is not a person's change: no request, no audit entry.
    repository.add(details, secrets.seal(System.getenv().getOrDefault("TCC_ZM_PASSWORD", "admin")));
    LOG.info("Connected the demo ZoneMinder at " + url + " as " + CODE);
  }
}
