package vn.tcc.command.internal.incident.domain;

import java.time.Instant;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Which incidents a list shows: always inside {@code scope}; states, kind and time optional; {@code
 * afterId} for the "new since" cursor (ids grow with opening).
 */
public record IncidentFilter(
    JurisdictionCode scope,
    Set<IncidentState> states,
    String kind,
    Instant since,
    Boolean escalated,
    Long afterId) {

  public IncidentFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }
}
