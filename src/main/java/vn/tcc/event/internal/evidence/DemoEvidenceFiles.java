package vn.tcc.event.internal.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.tcc.event.internal.domain.EvidenceIndex;

/**
 * Demo runs only ({@code TCC_DEMO_DATA=true}): the demo data set ({@code db/demo}) indexes evidence
 * of old violations at Quy Nhon's commune center, so the review queue has something to send up, and
 * defines their bytes in {@code vms.demo_evidence_content}; SQL cannot write files, so this writes
 * those still missing into the commune store at start-up. A file already sent to the province is
 * not written back.
 */
@Singleton
@Startup
// The demo data is loaded by the migration.
@DependsOn("DatabaseMigration")
public class DemoEvidenceFiles {
  private static final Logger LOG = Logger.getLogger(DemoEvidenceFiles.class.getName());

  @Inject EvidenceIndex index;
  @Inject EvidenceStore store;

  @PostConstruct
  void writeMissing() {
    if (!Boolean.parseBoolean(System.getenv().getOrDefault("TCC_DEMO_DATA", "false"))) {
      return;
    }
    int written = 0;
    for (EvidenceIndex.DemoFile file : index.demoFiles()) {
      if (store.restoreAtCommune(file.sha256(), file.content())) {
        written++;
      }
    }
    if (written > 0) {
      LOG.info("Wrote " + written + " demo evidence files into the commune store");
    }
  }
}
