package vn.tcc.vms.internal.connection;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;
import vn.tcc.vms.internal.linking.LinkOverview;
import vn.tcc.vms.internal.linking.VmsCameraLinking;

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
  @Inject VmsCameraLinking linking;
  @Resource TimerService timers;

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
    String links = System.getenv("TCC_DEMO_VMS_LINKS");
    if (links != null && !links.isBlank()) {
      // The VMS may still be starting: link its monitors a little later, off the start-up path.
      timers.createSingleActionTimer(15_000, new TimerConfig(links.strip(), false));
    }
  }

  /**
   * Links the demo ZoneMinder's monitors to their registry cameras ({@code TCC_DEMO_VMS_LINKS},
   * {@code monitor=camera,...}, set by {@code bin/tcc run} only), so the operators' wall shows live
   * cameras from the first sign-in. Done through the same linking an admin uses, as a demo
   * administrator of the province; a monitor already linked is left as it is.
   */
  @Timeout
  void linkDemoMonitors(Timer timer) {
    Caller demoAdmin =
        new Caller(
            "demo-setup",
            "Demo setup",
            Caller.Kind.SYSTEM,
            Set.of(Role.ADMIN),
            JurisdictionCode.parseOrNull(
                System.getenv().getOrDefault("TCC_ZM_JURISDICTION", "GL")));
    try {
      LinkOverview overview = linking.overview(demoAdmin, CODE);
      for (String pair : ((String) timer.getInfo()).split(",")) {
        String[] parts = pair.strip().split("=", 2);
        if (parts.length != 2) {
          continue;
        }
        overview.vmsCameras().stream()
            .filter(row -> parts[0].strip().equals(row.name()))
            .filter(row -> row.linkedCameraCode() == null)
            .findFirst()
            .ifPresent(
                row ->
                    linking.link(
                        demoAdmin,
                        CODE,
                        row.externalId(),
                        parts[1].strip(),
                        "Dữ liệu mẫu: nối camera với ZoneMinder"));
      }
      LOG.info("Linked the demo ZoneMinder's monitors: " + timer.getInfo());
    } catch (RuntimeException e) {
      LOG.warning("Could not link the demo ZoneMinder's monitors: " + e.getMessage());
    }
  }
}
