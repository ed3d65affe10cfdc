package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.ExpiryReminder;
import vn.tcc.sharing.internal.domain.ExpiryReminders;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;

/**
 * What the expiry timer does: marks EXPIRED every active or suspended agreement whose last day is
 * past, and raises the 30- and 7-day reminders of those ending soon. Each agreement in its own
 * transaction, so one that someone moved meanwhile does not hold up the others. Access itself does
 * not wait for this: the check reads the term against the clock.
 */
@ApplicationScoped
public class AgreementExpiry {
  private static final Logger LOG = Logger.getLogger(AgreementExpiry.class.getName());

  /** What a run did. */
  public record Outcome(int expired, int reminders) {}

  @Inject SharingAgreements agreements;
  @Inject ExpiryReminders reminders;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject AgreementExpiry self;

  /** The timer's work, also run on demand by an administrator. */
  public Outcome run() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, TccTime.ZONE);
    int expired = 0;
    for (SharingAgreement due : agreements.pastTerm(today)) {
      try {
        self.expire(due.id(), now);
        expired++;
      } catch (ProblemException movedMeanwhile) {
        LOG.log(
            Level.INFO,
            "Agreement {0} not expired: {1}",
            new Object[] {due.id(), movedMeanwhile.messageKey()});
      }
    }
    int raised = 0;
    List<SharingAgreement> ending =
        agreements.endingBy(today, today.plusDays(ExpiryReminder.Kind.DAYS_30.days()));
    for (SharingAgreement agreement : ending) {
      var kind = ExpiryReminder.dueOn(today, agreement.term().endsOn());
      if (kind.isPresent() && self.remind(agreement, kind.get(), now)) {
        raised++;
      }
    }
    return new Outcome(expired, raised);
  }

  /** Administrators may run it now rather than wait for the hour. */
  public Outcome runFor(Caller caller) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    return run();
  }

  public List<ExpiryReminder> recentReminders(Caller caller) {
    SharingRoles.require(caller, SharingRoles.READERS);
    return reminders.newest(100);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void expire(long id, Instant now) {
    SharingAgreement agreement = agreements.find(id).orElseThrow();
    SharingAgreement moved = agreement.moveTo(AgreementState.EXPIRED, ActorKind.SYSTEM, now, null);
    String reason = "term ended " + agreement.term().endsOn();
    agreements.recordMove(
        moved,
        new AgreementEvent(
            null,
            id,
            agreement.state(),
            AgreementState.EXPIRED,
            Caller.SYSTEM_CALLER.username(),
            ActorKind.SYSTEM,
            reason,
            now));
    auditTrail.record(
        new AuditRecord(
            SharingAudit.AGREEMENT_MOVED,
            "sharing_agreement",
            String.valueOf(id),
            agreement.receivingUnit(),
            null,
            false,
            AuditOutcome.SUCCESS,
            agreement.state() + " -> EXPIRED by SYSTEM: " + reason));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean remind(SharingAgreement agreement, ExpiryReminder.Kind kind, Instant now) {
    boolean raised =
        reminders.raise(
            new ExpiryReminder(null, agreement.id(), kind, agreement.term().endsOn(), now));
    if (raised) {
      auditTrail.record(
          new AuditRecord(
              SharingAudit.EXPIRY_REMINDER,
              "sharing_agreement",
              String.valueOf(agreement.id()),
              agreement.receivingUnit(),
              null,
              false,
              AuditOutcome.SUCCESS,
              kind + ": ends " + agreement.term().endsOn()));
    }
    return raised;
  }
}
