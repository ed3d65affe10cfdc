package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.stream.Collectors;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.domain.CaseLifecycle;
import vn.tcc.violation.internal.domain.CaseState;

/**
 * The transactional steps of an owner lookup, each committed on its own: the request on record
 * before the center is asked, then its failure or the owner with the case's move.
 */
@ApplicationScoped
public class OwnerRecorder {
  static final String REQUESTED = "IDENTITY_LOOKUP_REQUESTED";
  static final String FAILED = "IDENTITY_LOOKUP_FAILED";
  static final String IDENTIFIED = "VIOLATION_OWNER_IDENTIFIED";

  @Inject CaseRepository cases;
  @Inject IdentityRequests requests;
  @Inject CaseWork work;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  @Transactional
  public CaseRecord verifiedCase(Caller caller, String number) {
    CaseRecord record = work.visibleCase(caller, number, false);
    if (!OwnerIdentification.awaitsIdentification(record)) {
      throw new ProblemException(409, "violation.identity.notVerified");
    }
    return record;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void begin(Caller caller, CaseRecord record, IdentityRequest request) {
    requests.begin(
        request.accessRequestId(),
        record.id(),
        caller.username(),
        request.purpose(),
        request.fields());
    auditTrail.record(
        AuditRecord.personalDataRead(
                REQUESTED,
                "violation_case",
                record.number(),
                record.jurisdiction(),
                request.purpose())
            .withDetails(
                "request="
                    + request.accessRequestId()
                    + " fields="
                    + request.fields().stream().map(Enum::name).collect(Collectors.joining(","))));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(
      Caller caller, CaseRecord record, IdentityRequest request, ProblemException refused) {
    requests.failed(request.accessRequestId(), refused.messageKey());
    auditTrail.record(
        new AuditRecord(
            FAILED,
            "violation_case",
            record.number(),
            record.jurisdiction(),
            request.purpose(),
            false,
            AuditOutcome.FAILED,
            "request=" + request.accessRequestId() + " " + refused.messageKey()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CaseView identified(
      Caller caller, String number, IdentityRequest request, OwnerLookup lookup) {
    CaseRecord record = work.visibleCase(caller, number, true);
    if (record.state() != CaseState.VERIFIED) {
      throw new ProblemException(409, "violation.identity.notVerified");
    }
    requests.answered(request.accessRequestId(), lookup.accessId());
    requests.saveOwner(record.id(), lookup, caller.username());
    CaseLifecycle next = record.lifecycle().moveTo(CaseState.OWNER_IDENTIFIED, caller, null);
    cases.move(
        record,
        next,
        caller.username(),
        caller.displayName(),
        "Mã truy cập " + lookup.accessId(),
        clock.instant());
    cases.markOwnerIdentified(record.id(), lookup.answeredAt());
    auditTrail.record(
        AuditRecord.personalDataRead(
                IDENTIFIED,
                "violation_case",
                record.number(),
                record.jurisdiction(),
                request.purpose())
            .withDetails(
                "access="
                    + lookup.accessId()
                    + " request="
                    + request.accessRequestId()
                    + " fields="
                    + lookup.owner().keySet().stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(","))));
    return work.viewOf(caller, cases.byNumber(number).orElseThrow());
  }
}
