package vn.tcc.command.internal.incident.domain;

/** What an operator did about an incident: a closed list, with a text for anything else. */
public enum IncidentAction {
  PATROL_DISPATCHED,
  IOC_INFORMED,
  RESCUE_CALLED,
  FIRE_BRIGADE_CALLED,
  TRAFFIC_DIVERTED,
  OTHER;

  public boolean needsNote() {
    return this == OTHER;
  }
}
