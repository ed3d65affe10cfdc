package vn.tcc.audit.internal.application;

import static vn.tcc.audit.internal.domain.AuditFields.fit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.audit.internal.domain.AuditChain;
import vn.tcc.audit.internal.domain.AuditEntryContent;
import vn.tcc.audit.internal.domain.AuditEntryRepository;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Appends to the hash chain; who, where and the request id come from the current request. Every
 * text is fitted to its column ({@link vn.tcc.audit.internal.domain.AuditFields}), so what a caller
 * sends can never make the entry fail.
 *
 * <p>The entries of a transaction are chained at its very end, just before it commits, and in the
 * same transaction: the change and its entry still commit or roll back together, but the chain's
 * lock is held only for the insert and the commit, not for the whole of a long transaction (an
 * ingestion batch held it for its whole duration, and every other audited call waited behind it).
 */
@ApplicationScoped
public class AuditTrailService implements AuditTrail {
  /** Key of a transaction's not-yet-chained entries in the transaction's resources. */
  private static final Object UNCHAINED = AuditTrailService.class.getName() + ".unchained";

  @Inject AuditEntryRepository entries;
  @Inject Instance<CurrentRequest> currentRequest;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(AuditRecord record) {
    Caller caller = Caller.SYSTEM_CALLER;
    String clientAddress = null;
    String requestId = null;
    try {
      CurrentRequest request = currentRequest.get();
      caller = request.caller();
      clientAddress = request.clientAddress();
      requestId = request.requestId();
    } catch (ContextNotActiveException noRequest) {
      // Timers and startup work have no request: they act as the system.
    }
    append(record, caller, clientAddress, requestId);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordFor(CurrentRequest origin, AuditRecord record) {
    append(record, origin.caller(), origin.clientAddress(), origin.requestId());
  }

  private void append(AuditRecord record, Caller caller, String clientAddress, String requestId) {
    String jurisdiction =
        record.jurisdiction() != null
            ? record.jurisdiction().value()
            : caller.jurisdiction() == null ? null : caller.jurisdiction().value();
    AuditEntryContent content =
        new AuditEntryContent(
            0, // the chain gives the sequence number at commit
            AuditChain.storable(clock.instant()),
            fit(caller.username(), 200),
            caller.kind().name(),
            fit(record.action(), 64),
            fit(record.objectType(), 64),
            fit(record.objectId(), 2000),
            fit(jurisdiction, 64),
            fit(record.purpose(), 1000),
            record.personalData(),
            record.outcome().name(),
            fit(clientAddress, 64),
            fit(requestId, 64),
            fit(record.details(), 2000));
    unchainedOfThisTransaction().add(content);
  }

  @SuppressWarnings("unchecked")
  private List<AuditEntryContent> unchainedOfThisTransaction() {
    List<AuditEntryContent> unchained =
        (List<AuditEntryContent>) transactions.getResource(UNCHAINED);
    if (unchained == null) {
      List<AuditEntryContent> created = new ArrayList<>();
      transactions.putResource(UNCHAINED, created);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Not called when the transaction rolls back: then its entries go with it.
              if (!created.isEmpty()) {
                entries.appendToChain(created);
              }
            }

            @Override
            public void afterCompletion(int status) {
              // Nothing: the entries were written in the transaction itself.
            }
          });
      unchained = created;
    }
    return unchained;
  }
}
