package vn.tcc.sharing.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.sharing.internal.domain.Providers;

/**
 * At startup, after the migrations and the demo data: the providers' contacts still stored in plain
 * (rows from before encryption, the demo's SQL) are sealed, so no contact person stays readable in
 * the database. Idempotent, and harmless when several nodes start at once (a row is sealed only
 * while it is still plain).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ProviderContactSealing {
  private static final Logger LOG = Logger.getLogger(ProviderContactSealing.class.getName());

  @Inject Providers providers;

  @PostConstruct
  void sealPlainContacts() {
    try {
      int sealed = providers.sealPlainContacts();
      if (sealed > 0) {
        LOG.info(sealed + " providers' contacts were stored in plain and are now encrypted");
      }
    } catch (RuntimeException failed) {
      // The contacts stay readable in plain; the next start tries again.
      LOG.log(Level.WARNING, "Providers' contacts could not be encrypted at startup", failed);
    }
  }
}
