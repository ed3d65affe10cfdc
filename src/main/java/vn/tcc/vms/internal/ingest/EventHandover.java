package vn.tcc.vms.internal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import vn.tcc.vms.api.AcceptedEvent;
import vn.tcc.vms.api.EventsHandedOver;

/**
 * Hands accepted events from the outbox to the modules that process them. Claiming, processing and
 * removing the outbox rows happen in one transaction: a crash or a failing observer leaves the
 * rows, and they are handed over again.
 */
@ApplicationScoped
public class EventHandover {
  @Inject EventOutbox outbox;
  @Inject Event<EventsHandedOver> handedOver;

  /** Hands over the next due events; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int handOverNext(int limit) {
    List<AcceptedEvent> events = outbox.claim(limit);
    if (events.isEmpty()) {
      return 0;
    }
    handedOver.fire(new EventsHandedOver(events));
    outbox.complete(events.stream().map(AcceptedEvent::id).toList());
    return events.size();
  }

  /** Hands over one event alone: used to find the one that makes a whole batch fail. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void handOverAlone(AcceptedEvent event) {
    handedOver.fire(new EventsHandedOver(List.of(event)));
    outbox.complete(List.of(event.id()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<AcceptedEvent> peekDue(int limit) {
    return outbox.claim(limit);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void postpone(long eventId, String error, Duration delay) {
    outbox.postpone(List.of(eventId), error, delay);
  }
}
