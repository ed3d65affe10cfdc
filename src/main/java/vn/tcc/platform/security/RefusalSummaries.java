package vn.tcc.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import vn.tcc.shared.audit.AuditActions;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Writes, every half minute, one entry per address and finished minute for the refusals that {@link
 * RefusalLimiter} counted instead of auditing one by one: none is lost, and a scanner's thousands
 * of requests make one line instead of thousands.
 */
@Singleton
public class RefusalSummaries {
  @Inject RefusalLimiter limiter;
  @Inject AuditTrail auditTrail;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void writeSummaries() {
    for (RefusalLimiter.Summary summary : limiter.drainFinishedMinutes()) {
      auditTrail.record(
          AuditRecord.denied(AuditActions.ACCESS_DENIED, "client", summary.clientAddress(), null)
              .withDetails(
                  "refused requests counted, not audited one by one, in the minute from "
                      + summary.minute()
                      + ": "
                      + summary.counted()
                      + " refused, "
                      + summary.throttled()
                      + " answered 429"));
    }
  }
}
