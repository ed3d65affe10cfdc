package vn.tcc.command.internal.incident.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentAction;
import vn.tcc.command.internal.incident.domain.IncidentFilter;
import vn.tcc.command.internal.incident.domain.IncidentOutcome;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.command.internal.incident.domain.NewIncident;
import vn.tcc.command.internal.incident.domain.RecordedAction;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The incidents' store in memory, with the same conditional updates as the SQL one. */
final class InMemoryIncidents implements Incidents {
  final Map<Long, Incident> rows = new TreeMap<>();
  final List<RecordedAction> actions = new ArrayList<>();
  final Map<String, Severity> severities =
      Map.of(
          "ACCIDENT",
          Severity.CRITICAL,
          "CONGESTION",
          Severity.MEDIUM,
          "CAMERA_OFFLINE",
          Severity.LOW);
  private long next = 1;

  @Override
  public Map<String, Severity> severities() {
    return severities;
  }

  @Override
  public List<String> provinces() {
    return List.of("GL");
  }

  @Override
  public Set<Long> eventsWithIncident(Collection<Long> eventIds) {
    Set<Long> found = new HashSet<>();
    rows.values()
        .forEach(
            i -> {
              if (i.eventId() != null && eventIds.contains(i.eventId())) {
                found.add(i.eventId());
              }
            });
    return found;
  }

  @Override
  public synchronized List<Long> open(List<NewIncident> incidents) {
    List<Long> opened = new ArrayList<>();
    for (NewIncident n : incidents) {
      if (n.eventId() != null && !eventsWithIncident(List.of(n.eventId())).isEmpty()) {
        continue;
      }
      long id = next++;
      rows.put(
          id,
          new Incident(
              id,
              n.kind(),
              n.severity(),
              n.eventId(),
              n.cameraCode(),
              n.cameraName(),
              n.jurisdiction(),
              null,
              n.latitude(),
              n.longitude(),
              n.address(),
              n.occurredAt(),
              Instant.now(),
              n.evidenceRef(),
              n.nearbyCameras(),
              IncidentState.NEW,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
      opened.add(id);
    }
    return opened;
  }

  @Override
  public Optional<Incident> byId(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** In memory an incident's id stands for its change (the feed's order by id). */
  @Override
  public List<Changed> changedAfter(long afterChange, int limit) {
    return rows.values().stream()
        .filter(i -> i.id() > afterChange)
        .sorted(java.util.Comparator.comparingLong(Incident::id))
        .limit(limit)
        .map(i -> new Changed(i.id(), i))
        .toList();
  }

  @Override
  public List<Incident> list(IncidentFilter filter, int offset, int limit) {
    return rows.values().stream()
        .filter(i -> filter.scope().covers(new JurisdictionCode(i.jurisdiction())))
        .filter(i -> filter.states().isEmpty() || filter.states().contains(i.state()))
        .filter(i -> filter.afterId() == null || i.id() > filter.afterId())
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public long count(IncidentFilter filter) {
    return list(filter, 0, Integer.MAX_VALUE).size();
  }

  @Override
  public long latestId(IncidentFilter filter) {
    return list(filter, 0, Integer.MAX_VALUE).stream().mapToLong(Incident::id).max().orElse(0);
  }

  @Override
  public synchronized boolean acknowledge(long id, String user, String userName, Instant at) {
    Incident i = rows.get(id);
    if (i == null || !(i.state() == IncidentState.NEW || i.state() == IncidentState.ESCALATED)) {
      return false;
    }
    rows.put(
        id,
        new Incident(
            i.id(),
            i.kind(),
            i.severity(),
            i.eventId(),
            i.cameraCode(),
            i.cameraName(),
            i.jurisdiction(),
            i.jurisdictionName(),
            i.latitude(),
            i.longitude(),
            i.address(),
            i.occurredAt(),
            i.openedAt(),
            i.evidenceRef(),
            i.nearbyCameras(),
            IncidentState.ACKNOWLEDGED,
            i.escalatedAt(),
            user,
            userName,
            at,
            null,
            null,
            null,
            null,
            null));
    return true;
  }

  @Override
  public void recordAction(
      long id, IncidentAction action, String note, String user, String userName, Instant at) {
    actions.add(new RecordedAction(actions.size() + 1, id, action, note, user, userName, at));
  }

  @Override
  public synchronized boolean close(
      long id, IncidentOutcome outcome, String note, String user, String userName, Instant at) {
    Incident i = rows.get(id);
    if (i == null || i.state() == IncidentState.CLOSED) {
      return false;
    }
    rows.put(
        id,
        new Incident(
            i.id(),
            i.kind(),
            i.severity(),
            i.eventId(),
            i.cameraCode(),
            i.cameraName(),
            i.jurisdiction(),
            i.jurisdictionName(),
            i.latitude(),
            i.longitude(),
            i.address(),
            i.occurredAt(),
            i.openedAt(),
            i.evidenceRef(),
            i.nearbyCameras(),
            IncidentState.CLOSED,
            i.escalatedAt(),
            i.acknowledgedBy(),
            i.acknowledgedName(),
            i.acknowledgedAt(),
            user,
            userName,
            at,
            outcome,
            note));
    return true;
  }

  @Override
  public List<RecordedAction> actionsOf(long id) {
    return actions.stream().filter(a -> a.incidentId() == id).toList();
  }

  @Override
  public synchronized List<Incident> escalate(Instant cutoff, Instant at) {
    List<Incident> escalated = new ArrayList<>();
    for (Incident i : List.copyOf(rows.values())) {
      if (i.state() == IncidentState.NEW && !i.openedAt().isAfter(cutoff)) {
        Incident e =
            new Incident(
                i.id(),
                i.kind(),
                i.severity(),
                i.eventId(),
                i.cameraCode(),
                i.cameraName(),
                i.jurisdiction(),
                i.jurisdictionName(),
                i.latitude(),
                i.longitude(),
                i.address(),
                i.occurredAt(),
                i.openedAt(),
                i.evidenceRef(),
                i.nearbyCameras(),
                IncidentState.ESCALATED,
                at,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        rows.put(i.id(), e);
        escalated.add(e);
      }
    }
    return escalated;
  }
}
