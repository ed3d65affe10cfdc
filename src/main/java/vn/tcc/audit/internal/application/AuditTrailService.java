package vn.tcc.audit.internal.application;

import static vn.tcc.audit.internal.domain.AuditFields.fit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.tcc.audit.internal.domain.AuditChain;
import vn.tcc.audit.internal.domain.AuditEntry;
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
 */
@ApplicationScoped
public class AuditTrailService implements AuditTrail {
  @Inject AuditEntryRepository entries;
  @Inject Instance<CurrentRequest> currentRequest;
  @Inject Clock clock;

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

    entries.lockChainForAppend();
    AuditEntry previous = entries.last().orElse(null);
    long seq = previous == null ? 1 : previous.seq() + 1;
    String prevHash = previous == null ? AuditChain.GENESIS : previous.hash();
    AuditEntryContent content =
        new AuditEntryContent(
            seq,
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
    entries.append(new AuditEntry(content, prevHash));
  }
}
