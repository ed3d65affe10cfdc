package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.List;

/** What happened to a case, as the case page shows it: its timeline and its events. */
public interface CaseHistory {

  /** The timeline, oldest first: the opening, every move and every note. */
  List<Transition> transitions(long caseId);

  /** The events the case was made of, in the order they happened. */
  List<CaseEvent> events(long caseId);

  /** A line of the timeline; {@code from} is null for the opening. */
  record Transition(
      String from, String to, String actor, String actorName, String reason, Instant at) {}

  record CaseEvent(long eventId, Instant occurredAt) {}
}
