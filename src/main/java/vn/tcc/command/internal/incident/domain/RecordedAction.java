package vn.tcc.command.internal.incident.domain;

import java.time.Instant;

/** An action recorded on an incident: what, by whom, when, with the operator's note. */
public record RecordedAction(
    long id,
    long incidentId,
    IncidentAction action,
    String note,
    String recordedBy,
    String recordedName,
    Instant recordedAt) {}
