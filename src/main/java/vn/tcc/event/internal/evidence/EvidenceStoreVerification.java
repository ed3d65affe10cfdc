package vn.tcc.event.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.event.internal.domain.EvidenceVerification;
import vn.tcc.event.internal.domain.EvidenceVerifications;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * The full verification of the evidence stores (issue 21): beside the check on every read, every
 * file the index lists is read back from its store and hashed, nightly and when an admin or auditor
 * asks. A run goes through the index in SHA-256 order, a page at a time, recording each page's
 * counts and findings with the cursor, so a run whose node died is taken over where it stopped. Its
 * start and its end are on the audit trail; the run itself is the report.
 */
@ApplicationScoped
public class EvidenceStoreVerification {
  static final String REQUESTED = "EVIDENCE_VERIFICATION_REQUESTED";
  static final String VERIFIED = "EVIDENCE_STORE_VERIFIED";
  static final String OBJECT = "evidence_verification";
  static final int PAGE = 500;

  /** A running run not touched for this long lost its node (pages take seconds). */
  static final Duration STALE_AFTER = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(EvidenceStoreVerification.class.getName());

  @Inject EvidenceVerifications runs;
  @Inject EvidenceStore store;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  EvidenceStoreVerification() {}

  /** For tests. */
  EvidenceStoreVerification(
      EvidenceVerifications runs, EvidenceStore store, AuditTrail auditTrail, Clock clock) {
    this.runs = runs;
    this.store = store;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** Asks for a run (the one waiting or under way, if there is one): audited when created. */
  public EvidenceVerification request(String requestedBy) {
    EvidenceVerifications.Requested requested = runs.request(requestedBy, clock.instant());
    if (requested.created()) {
      auditTrail.record(
          new AuditRecord(
              REQUESTED,
              OBJECT,
              String.valueOf(requested.run().id()),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              "by " + requestedBy));
    }
    return requested.run();
  }

  /** The newest runs, newest first. */
  public List<EvidenceVerification> recent(int limit) {
    return runs.recent(limit);
  }

  /** What a run found wrong, at most {@code limit} files. */
  public List<EvidenceVerification.Finding> findings(long id, int limit) {
    return runs.findings(id, limit);
  }

  /**
   * Carries out the waiting run, or one whose node stopped, to its end. Returns it as it ended, or
   * empty when there was nothing to do.
   */
  public Optional<EvidenceVerification> runNext() {
    Instant now = clock.instant();
    Optional<EvidenceVerification> taken = runs.take(now.minus(STALE_AFTER), now);
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    EvidenceVerification run = taken.get();
    try {
      String cursor = run.cursorSha256();
      while (true) {
        List<EvidenceVerifications.IndexedFile> page = runs.filesAfter(cursor, PAGE);
        if (page.isEmpty()) {
          break;
        }
        long bytes = 0;
        List<EvidenceVerification.Finding> findings = new ArrayList<>();
        for (EvidenceVerifications.IndexedFile file : page) {
          StorageLevel location = StorageLevel.valueOf(file.location());
          Optional<EvidenceDirectory.Hashed> found = store.hashAsStored(file.sha256(), location);
          if (found.isEmpty()) {
            findings.add(
                new EvidenceVerification.Finding(
                    file.sha256(), file.location(), EvidenceVerification.Problem.MISSING, null));
            continue;
          }
          bytes += found.get().bytes();
          if (!found.get().sha256().equals(file.sha256())) {
            findings.add(
                new EvidenceVerification.Finding(
                    file.sha256(),
                    file.location(),
                    EvidenceVerification.Problem.ALTERED,
                    found.get().sha256()));
          }
        }
        cursor = page.get(page.size() - 1).sha256();
        runs.pageDone(run.id(), cursor, page.size(), bytes, findings, clock.instant());
      }
      runs.finish(run.id(), EvidenceVerification.State.DONE, null, clock.instant());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The verification of the evidence stores failed", failed);
      runs.finish(
          run.id(), EvidenceVerification.State.FAILED, String.valueOf(failed), clock.instant());
    }
    EvidenceVerification ended = runs.find(run.id()).orElse(run);
    auditTrail.record(
        new AuditRecord(
            VERIFIED,
            OBJECT,
            String.valueOf(ended.id()),
            null,
            null,
            false,
            ended.state() == EvidenceVerification.State.DONE && ended.clean()
                ? AuditOutcome.SUCCESS
                : AuditOutcome.FAILED,
            "files "
                + ended.filesChecked()
                + ", bytes "
                + ended.bytesChecked()
                + ", missing "
                + ended.filesMissing()
                + ", altered "
                + ended.filesAltered()
                + ", "
                + ended.state()));
    return Optional.of(ended);
  }
}
