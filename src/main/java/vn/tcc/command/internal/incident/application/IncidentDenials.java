package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Refused moves on incidents, audited in a transaction of their own: the refused work rolls back,
 * the record that it was tried must not.
 */
@ApplicationScoped
public class IncidentDenials {
  @Inject AuditTrail auditTrail;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String action, long incidentId, JurisdictionCode jurisdiction, String why) {
    auditTrail.record(
        new AuditRecord(
            action,
            "incident",
            String.valueOf(incidentId),
            jurisdiction,
            null,
            false,
            AuditOutcome.DENIED,
            why));
  }
}
