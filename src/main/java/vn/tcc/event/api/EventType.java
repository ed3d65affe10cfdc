package vn.tcc.event.api;

/**
 * What an event source detected. Violations open cases (violation module); a plate read or a
 * traffic count is analytics only.
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
  TRAFFIC_COUNT(false);

  private final boolean violation;

  EventType(boolean violation) {
    this.violation = violation;
  }

  public boolean isViolation() {
    return violation;
  }
}
