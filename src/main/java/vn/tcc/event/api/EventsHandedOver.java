package vn.tcc.event.api;

import java.util.List;

/**
 * Accepted events, handed over from the durable outbox to the modules that process them. Observers
 * run inside the handover's transaction: if one fails, nothing is marked done and the batch comes
 * again later, so an observer must tolerate seeing an event twice.
 */
public record EventsHandedOver(List<AcceptedEvent> events) {
  public EventsHandedOver {
    events = List.copyOf(events);
  }
}
