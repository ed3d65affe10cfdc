package vn.tcc.command.internal.incident.application;

/** How an incident ended, with the operator's note. */
public record CloseRequest(String outcome, String note) {}
