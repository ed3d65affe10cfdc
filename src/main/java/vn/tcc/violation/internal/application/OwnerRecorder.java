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
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ViolationCase;
import vn.tcc.violation.internal.domain.ViolationCases;

/**
 * The transactional steps of an owner lookup, each committed on its own: the request on record
 * before the center is asked, then its failure or the owner with the case's move.
 */
@ApplicationScoped
public class OwnerRecorder {
  static final String REQUESTED = "IDENTITY_LOOKUP_REQUESTED";
  static final String FAILED = "IDENTITY_LOOKUP_FAILED";
  static final String IDENTIFIED = "VIOLATION_OWNER_IDENTIFIED";

  @Inject ViolationCases cases;
  @Inject IdentityRequests requests;
  @Inject CaseAccess access;
  @Inject AuditTrail auditTrail;
  Clock clock = Clock.systemUTC();

  @Transactional
  public ViolationCase verifiedCase(Caller caller, String number) {
    ViolationCase violationCase = access.visible(caller, number);
    if (!OwnerIdentification.awaitsIdentification(violationCase)) {
      throw new ProblemException(409, "violation.identity.notVerified");
    }
    return violationCase;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void begin(Caller caller, ViolationCase violationCase, IdentityRequest request) {
    requests.begin(
        request.accessRequestId(),
        violationCase.id(),
        caller.username(),
        request.purpose(),
        request.fields());
    auditTrail.record(
        AuditRecord.personalDataRead(
                REQUESTED,
                "violation_case",
                violationCase.number(),
                violationCase.jurisdiction(),
                request.purpose())
            .withDetails(
                "request="
                    + request.accessRequestId()
                    + " fields="
                    + request.fields().stream().map(Enum::name).collect(Collectors.joining(","))));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(
      Caller caller,
      ViolationCase violationCase,
      IdentityRequest request,
      ProblemException refused) {
    requests.failed(request.accessRequestId(), refused.messageKey());
    auditTrail.record(
        new AuditRecord(
            FAILED,
            "violation_case",
            violationCase.number(),
            violationCase.jurisdiction(),
            request.purpose(),
            false,
            AuditOutcome.FAILED,
            "request=" + request.accessRequestId() + " " + refused.messageKey()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public CaseView identified(
      Caller caller, String number, IdentityRequest request, OwnerLookup lookup) {
    ViolationCase violationCase = access.visibleForChange(caller, number);
    if (violationCase.state() != CaseState.VERIFIED) {
      throw new ProblemException(409, "violation.identity.notVerified");
    }
    requests.answered(request.accessRequestId(), lookup.accessId());
    requests.saveOwner(violationCase.id(), lookup, caller.username());
    violationCase.identifyOwner(caller, lookup.accessId(), lookup.answeredAt(), clock.instant());
    cases.save(violationCase);
    auditTrail.record(
        AuditRecord.personalDataRead(
                IDENTIFIED,
                "violation_case",
                violationCase.number(),
                violationCase.jurisdiction(),
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
    return access.viewOf(caller, number);
  }
}
