package vn.tcc.event.api;

import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Where another module reports events it detected itself (e.g. a VMS's own plate triggers): they go
 * through the same checks, idempotency and quarantine as a batch posted to the REST API, without
 * becoming JSON first. Joins the caller's transaction, so the caller can move its own cursor in the
 * same one.
 */
public interface EventIntake {
  /** The most events one report may carry, as for a batch posted to the REST API. */
  int MAX_EVENTS = 1000;

  /**
   * Checks and stores the events as {@code clientId}, a client speaking for {@code servedArea}: new
   * ones are accepted, ones this client sent before are duplicates, the others are quarantined with
   * their reasons. An empty report or one over {@link #MAX_EVENTS} is refused as a whole.
   */
  IntakeOutcome report(String clientId, JurisdictionCode servedArea, List<ReportedEvent> events);

  /** How many of the reported events were accepted, already known, or quarantined. */
  record IntakeOutcome(int accepted, int duplicates, int rejected) {}
}
