package vn.tcc.command.internal.incident.domain;

/** Where an incident stands; see {@link IncidentLifecycle} for the moves between them. */
public enum IncidentState {
  /** Opened, nobody has taken it yet. */
  NEW,
  /** Nobody took it within the escalation time: the supervisors see it marked. */
  ESCALATED,
  /** Taken by one operator, who records the actions and closes it. */
  ACKNOWLEDGED,
  /** Handled, with an outcome and a note. */
  CLOSED;

  public boolean isOpen() {
    return this != CLOSED;
  }
}
