package vn.tcc.event.internal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes the urgent lane's worker once the transaction that accepted an accident (or another urgent
 * event) committed: before the commit the worker could not see the outbox row, and waiting for the
 * handover's next tick cost up to a second. A wake-up that finds nothing to do, or that is lost
 * (the transaction rolled back, the node does not drain the urgent lane in a cluster, the server
 * stopped), changes nothing: the tick still drains the lane every second.
 */
@ApplicationScoped
public class UrgentWakeUp {
  @Inject HandoverSchedule schedule;

  void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) UrgentEventsAccepted accepted) {
    schedule.wakeUrgentLane();
  }
}
