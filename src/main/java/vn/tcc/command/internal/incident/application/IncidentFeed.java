package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.sharing.api.IncidentFeedSource;

/**
 * The incidents for sharing's consumer feed (the Smart City IOC): only what {@link FeedIncident}
 * holds — type, severity, the camera's place, times, state and outcome. Who took or closed an
 * incident, the notes and the evidence stay here. Sharing checks the consumer and its profile.
 */
@ApplicationScoped
public class IncidentFeed implements IncidentFeedSource {
  @Inject Incidents incidents;

  @Override
  public List<Changed> changedAfter(long afterChange, int limit) {
    return incidents.changedAfter(afterChange, limit).stream()
        .map(c -> new Changed(c.change(), shared(c.incident())))
        .toList();
  }

  static FeedIncident shared(Incident i) {
    return new FeedIncident(
        i.id(),
        i.kind(),
        i.severity().name(),
        i.cameraCode(),
        i.jurisdiction(),
        i.latitude(),
        i.longitude(),
        i.address(),
        i.occurredAt(),
        i.openedAt(),
        i.state().name(),
        i.closedAt(),
        i.outcome() == null ? null : i.outcome().name());
  }
}
