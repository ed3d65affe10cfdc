package vn.tcc.event.api;

import java.util.Set;

/**
 * Event types whose handover must not wait behind the bulk of other events: a module that acts on
 * them at once (the command room opens an incident for an accident) provides this, and the event
 * module hands those events over in a lane of their own, ahead of a backlog of plate reads and
 * violations. The answer may change while TCC runs (it is asked for every batch received) and must
 * be quick.
 */
public interface UrgentEventTypes {
  Set<EventType> urgentTypes();
}
