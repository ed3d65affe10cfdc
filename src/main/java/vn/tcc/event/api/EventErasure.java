package vn.tcc.event.api;

import java.util.Collection;

/**
 * Erases what identifies a vehicle in accepted events whose purpose has ended (the events of a case
 * that retention erased): the plate, its confidence and the attributes the camera sent go; the
 * camera, time, type, speed and image references stay, so counts and the evidence's own schedule
 * are unaffected. Idempotent.
 */
public interface EventErasure {

  /** Erases the plates of these events; returns how many events still had one. */
  int erasePlates(Collection<Long> eventIds);
}
