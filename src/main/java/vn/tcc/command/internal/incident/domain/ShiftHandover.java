package vn.tcc.command.internal.incident.domain;

import java.time.Instant;

/**
 * The note the outgoing operator leaves for the next shift (what is still open, what to watch), and
 * who of the incoming shift read it.
 */
public record ShiftHandover(
    Instant shiftStart,
    String note,
    String writtenBy,
    String writtenName,
    Instant writtenAt,
    String acknowledgedBy,
    String acknowledgedName,
    Instant acknowledgedAt) {

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }
}
