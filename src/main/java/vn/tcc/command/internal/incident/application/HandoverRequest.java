package vn.tcc.command.internal.incident.application;

/** The outgoing operator's note for the next shift. */
public record HandoverRequest(String note) {}
