package vn.tcc.command.internal.incident.application;

/** An action to record: one of the closed list, with a note (required for OTHER). */
public record ActionRequest(String action, String note) {}
