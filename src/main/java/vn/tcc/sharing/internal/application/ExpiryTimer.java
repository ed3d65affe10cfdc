package vn.tcc.sharing.internal.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agreements' clock: every hour, a <b>persistent</b> EJB timer runs {@link AgreementExpiry}, so
 * an agreement expires by itself (not when someone opens a page) and an hour missed while the
 * server was down is caught up when it starts. Access does not depend on it (the check reads the
 * term against the clock); the timer puts the state and the reminders right.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryTimer {
  private static final Logger LOG = Logger.getLogger(ExpiryTimer.class.getName());

  @Inject AgreementExpiry expiry;

  @Schedule(
      hour = "*",
      minute = "7",
      second = "0",
      timezone = "Asia/Ho_Chi_Minh",
      persistent = true,
      info = "sharing: expire agreements past their term, raise reminders")
  void hourly() {
    try {
      AgreementExpiry.Outcome outcome = expiry.run();
      if (outcome.expired() > 0 || outcome.reminders() > 0) {
        LOG.log(
            Level.INFO,
            "Sharing agreements: {0} expired, {1} reminders raised",
            new Object[] {outcome.expired(), outcome.reminders()});
      }
    } catch (RuntimeException failed) {
      // The next hour tries again; a timer that throws would be retried at once and then dropped.
      LOG.log(Level.WARNING, "The sharing expiry run failed", failed);
    }
  }
}
