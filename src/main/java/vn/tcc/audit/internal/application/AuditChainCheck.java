package vn.tcc.audit.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tcc.audit.internal.domain.AuditEntry;
import vn.tcc.audit.internal.domain.AuditEntryRepository;
import vn.tcc.audit.internal.domain.ChainVerification;
import vn.tcc.audit.internal.domain.ChainVerifier;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/** Verifies the whole chain in batches and records that it did so, with the result. */
@ApplicationScoped
public class AuditChainCheck {
  private static final int BATCH = 5_000;

  @Inject AuditEntryRepository entries;
  @Inject AuditTrail trail;

  @Transactional
  public ChainVerification verify() {
    ChainVerifier verifier = new ChainVerifier();
    long after = 0;
    while (true) {
      List<AuditEntry> batch = entries.batchAfter(after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      boolean going = true;
      for (AuditEntry entry : batch) {
        if (!verifier.accept(entry)) {
          going = false;
          break;
        }
      }
      if (!going) {
        break;
      }
      after = batch.get(batch.size() - 1).seq();
    }
    ChainVerification result = verifier.result();
    trail.record(
        new AuditRecord(
            "AUDIT_CHAIN_VERIFIED",
            "audit_chain",
            null,
            null,
            null,
            false,
            result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
            result.intact()
                ? "intact, " + result.checked() + " entries"
                : "broken at " + result.firstBrokenSeq() + ": " + result.problem()));
    return result;
  }
}
