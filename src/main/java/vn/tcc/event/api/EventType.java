package vn.tcc.event.api;

/**
 * What an event source detected. Violations open cases (violation module); a plate read or a
 * traffic count is analytics only. The situations on the road a camera's analytics reports (stopped
 * vehicle, congestion, accident, crowd, fire or smoke) are no violation either: they open incidents
 * in the command room (command module), as a wrong-way driver does besides his case.
 */
public enum EventType {
  RED_LIGHT(true),
  SPEEDING(true),
  WRONG_WAY(true),
  NO_HELMET(true),
  WRONG_LANE(true),
  ILLEGAL_STOPPING(true),
  NO_SEATBELT(true),
  PHONE_WHILE_DRIVING(true),
  PLATE_READ(false),
  TRAFFIC_COUNT(false),
  STOPPED_VEHICLE(false),
  CONGESTION(false),
  ACCIDENT(false),
  CROWD(false),
  FIRE_SMOKE(false);

  private final boolean violation;

  EventType(boolean violation) {
    this.violation = violation;
  }

  public boolean isViolation() {
    return violation;
  }
}
