package vn.tcc.command.internal.incident.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The incidents' store. Writes that race (acknowledgement) are conditional updates. */
public interface Incidents {

  /** The severity of each kind that opens an incident; a kind absent here opens none. */
  Map<String, Severity> severities();

  /** The provinces' codes (jurisdictions without a parent), to ask other modules by scope. */
  List<String> provinces();

  /** The ids among these events that already opened an incident. */
  Set<Long> eventsWithIncident(Collection<Long> eventIds);

  /**
   * Opens these incidents in one batch; one already opened for the same event or outage is skipped.
   * Returns the ids of those opened.
   */
  List<Long> open(List<NewIncident> incidents);

  Optional<Incident> byId(long id);

  /**
   * Every incident opened or changed after the change {@code afterChange}, whatever its place, in
   * the order of their changes (outside feeds): an incident acknowledged or closed later comes
   * again with its new state. Only changes whose transactions, and every older one, have ended are
   * listed, so a reader that keeps the last change it got never skips one committed late.
   */
  List<Changed> changedAfter(long afterChange, int limit);

  /** An incident as its latest change left it, and that change's number. */
  record Changed(long change, Incident incident) {}

  List<Incident> list(IncidentFilter filter, int offset, int limit);

  long count(IncidentFilter filter);

  /** The greatest incident id inside the filter (0 when none): what the screen polls, cheaply. */
  long latestId(IncidentFilter filter);

  /**
   * Takes the incident for {@code user} if, and only if, nobody has: true when this call took it.
   */
  boolean acknowledge(long id, String user, String userName, Instant at);

  void recordAction(
      long id, IncidentAction action, String note, String user, String userName, Instant at);

  /** Closes the incident if it is still open; true when this call closed it. */
  boolean close(
      long id, IncidentOutcome outcome, String note, String user, String userName, Instant at);

  List<RecordedAction> actionsOf(long id);

  /** Marks ESCALATED every NEW incident opened before {@code cutoff}; returns those escalated. */
  List<Incident> escalate(Instant cutoff, Instant at);
}
