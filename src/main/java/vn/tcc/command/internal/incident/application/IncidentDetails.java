package vn.tcc.command.internal.incident.application;

import java.util.List;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.RecordedAction;

/** One incident as the API and the pages show it: the incident and its actions in order. */
public record IncidentDetails(Incident incident, List<RecordedAction> actions) {
  public IncidentDetails {
    actions = List.copyOf(actions);
  }
}
