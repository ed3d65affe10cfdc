package vn.tcc.command.internal.incident.domain;

import java.time.Instant;

/**
 * One line of a shift's operations log: an incident opened, escalated, taken, an action recorded,
 * an incident closed.
 *
 * @param what OPENED, ESCALATED, ACKNOWLEDGED, ACTION or CLOSED
 * @param detail the kind of the incident, the action or the outcome (a code the page translates)
 * @param note the operator's note, if any
 */
public record LogEntry(
    Instant at,
    String what,
    long incidentId,
    String kind,
    Severity severity,
    String cameraCode,
    String jurisdiction,
    String who,
    String detail,
    String note) {}
