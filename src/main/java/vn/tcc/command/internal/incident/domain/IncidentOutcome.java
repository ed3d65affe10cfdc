package vn.tcc.command.internal.incident.domain;

/** How an incident ended. */
public enum IncidentOutcome {
  RESOLVED,
  FALSE_ALARM,
  DUPLICATE,
  /** Handed to another unit (police of another area, the road authority...). */
  HANDED_OVER
}
