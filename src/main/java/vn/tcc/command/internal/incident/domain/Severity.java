package vn.tcc.command.internal.incident.domain;

/** How urgent an incident is; the kind decides it (table {@code command.incident_severity}). */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW
}
