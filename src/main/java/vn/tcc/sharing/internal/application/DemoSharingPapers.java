package vn.tcc.sharing.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.Providers;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;

/**
 * Demo runs only ({@code TCC_DEMO_DATA=true}): the papers of the demo agreements (db/demo/
 * R__demo_sharing.sql), which SQL cannot write — the consent receipt of every agreement that was
 * signed, dated when it was activated, and the signed destruction certificate of the one whose data
 * was destroyed, with the administrator's statement of its timeline. Idempotent: an agreement that
 * has its paper is left alone, so a restart issues nothing twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
// Its own transaction below: a failure leaves the demo without papers, not the deployment broken.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSharingPapers {
  private static final Logger LOG = Logger.getLogger(DemoSharingPapers.class.getName());

  /** The states an agreement reaches only after it was signed (activated). */
  private static final Set<AgreementState> SIGNED =
      EnumSet.of(
          AgreementState.ACTIVE,
          AgreementState.SUSPENDED,
          AgreementState.EXPIRED,
          AgreementState.REVOKED,
          AgreementState.DATA_DESTROYED,
          AgreementState.PROVIDER_NOTIFIED);

  @Inject Papers papers;

  @PostConstruct
  void issueTheDemoPapers() {
    if (!Boolean.parseBoolean(System.getenv().getOrDefault("TCC_DEMO_DATA", "false"))) {
      return;
    }
    try {
      int issued = papers.issueMissing();
      if (issued > 0) {
        LOG.info("Demo: " + issued + " receipts and certificates of the demo agreements issued");
      }
    } catch (RuntimeException failed) {
      // The demo goes on without them; the pages show "no receipt yet".
      LOG.log(Level.WARNING, "Demo: the demo agreements' papers could not be issued", failed);
    }
  }

  /** The work, in one transaction of its own (a CDI bean, so the interceptor applies). */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Papers {
    private static final int MAX = 200;

    @Inject SharingAgreements agreements;
    @Inject Providers providers;
    @Inject AgreementPapers writer;

    @Transactional
    public int issueMissing() {
      int issued = 0;
      List<SharingAgreement> all = agreements.page(null, null, null, 0, MAX);
      for (SharingAgreement agreement : all) {
        if (!SIGNED.contains(agreement.state())) {
          continue;
        }
        List<AgreementEvent> timeline = agreements.timeline(agreement.id());
        Provider provider = providers.byId(agreement.providerId()).orElse(null);
        if (provider == null) {
          continue;
        }
        List<AgreementDocument.Kind> has = writer.kinds(agreement.id());
        AgreementEvent activated = step(timeline, AgreementState.ACTIVE);
        if (!has.contains(AgreementDocument.Kind.RECEIPT) && activated != null) {
          writer.issueReceipt(agreement, provider, activated.actor(), activated.at());
          issued++;
        }
        AgreementEvent destroyed = step(timeline, AgreementState.DATA_DESTROYED);
        if (!has.contains(AgreementDocument.Kind.DESTRUCTION_CERTIFICATE) && destroyed != null) {
          writer.issueCertificate(
              agreement, provider, destroyed.reason(), destroyed.actor(), destroyed.at());
          issued++;
        }
      }
      return issued;
    }

    /** The first move of the timeline into this state, or null. */
    private static AgreementEvent step(List<AgreementEvent> timeline, AgreementState to) {
      return timeline.stream().filter(e -> e.to() == to).findFirst().orElse(null);
    }
  }
}
