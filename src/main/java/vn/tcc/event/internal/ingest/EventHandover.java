package vn.tcc.event.internal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventsHandedOver;
import vn.tcc.event.internal.domain.EventOutbox;

/**
 * Hands accepted events from the outbox to the modules that process them. Claiming, removing the
 * outbox rows and processing happen in one transaction: a crash or a failing observer leaves the
 * rows, and they are handed over again. The rows are removed before the observers run so that the
 * last thing a handover does before it commits is whatever its observers do last (the audit entry,
 * whose chain is appended one transaction at a time).
 */
@ApplicationScoped
public class EventHandover {
  @Inject EventOutbox outbox;
  @Inject Event<EventsHandedOver> handedOver;

  /** Hands over the next due events; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int handOverNext(int limit, EventOutbox.Lane lane) {
    List<AcceptedEvent> events = outbox.claim(limit, lane);
    if (events.isEmpty()) {
      return 0;
    }
    outbox.complete(events.stream().map(AcceptedEvent::id).toList());
    handedOver.fire(new EventsHandedOver(events));
    return events.size();
  }

  /** Hands over one event alone: used to find the one that makes a whole batch fail. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void handOverAlone(AcceptedEvent event) {
    outbox.complete(List.of(event.id()));
    handedOver.fire(new EventsHandedOver(List.of(event)));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<AcceptedEvent> peekDue(int limit, EventOutbox.Lane lane) {
    return outbox.claim(limit, lane);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void postpone(long eventId, String error, Duration delay) {
    outbox.postpone(List.of(eventId), error, delay);
  }
}
