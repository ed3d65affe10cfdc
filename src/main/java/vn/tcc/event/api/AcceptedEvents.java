package vn.tcc.event.api;

import java.util.Collection;
import java.util.List;

/** Accepted events read back by id, for modules that work on them after the handover. */
public interface AcceptedEvents {
  /** The events with these ids that exist, in id order. */
  List<AcceptedEvent> byIds(Collection<Long> eventIds);
}
