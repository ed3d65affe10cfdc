package vn.tcc.command.internal.incident.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import vn.tcc.camera.api.CameraPlaces;
import vn.tcc.camera.api.CameraPlaces.CameraPlace;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.command.internal.incident.domain.NewIncident;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.EventsHandedOver;
import vn.tcc.event.api.UrgentEventTypes;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * Accepted analytics events of a kind that has a severity (accident, congestion, fire...) open
 * incidents, in the handover's transaction. Most batches hold none, so the batch is filtered in
 * memory against the severities (read once a minute) before any SQL; the rest is one look-up of the
 * events already opened (a batch may come twice), one look-up of the cameras' places and one insert
 * per incident, which skips an event that opened one already.
 */
@ApplicationScoped
public class IncidentOpening implements UrgentEventTypes {
  static final String INCIDENTS_OPENED = "INCIDENTS_OPENED";
  static final int NEARBY = 4;
  private static final long SEVERITIES_FOR_MILLIS = 60_000;

  @Inject Incidents incidents;
  @Inject CameraPlaces places;
  @Inject AuditTrail auditTrail;
  @Inject Event<IncidentsOpened> openedSignal;

  private record Cached(Map<String, Severity> severities, long readAt) {}

  private final AtomicReference<Cached> cached = new AtomicReference<>();

  // After the violation's case opening (priority 900): its audit entry and ours are then the
  // handover's last writes, and the audit chain is held for as short a time as possible.
  void onHandedOver(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 950) EventsHandedOver handedOver) {
    Map<String, Severity> severities = severities();
    List<AcceptedEvent> candidates =
        handedOver.events().stream()
            .filter(event -> severities.containsKey(event.type().name()))
            .toList();
    if (candidates.isEmpty()) {
      return;
    }
    Set<Long> known =
        incidents.eventsWithIncident(candidates.stream().map(AcceptedEvent::id).toList());
    Set<Long> seen = new HashSet<>(known);
    List<AcceptedEvent> fresh = new ArrayList<>();
    for (AcceptedEvent event : candidates) {
      if (seen.add(event.id())) {
        fresh.add(event);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    Map<String, CameraPlace> placeOf =
        places.placesOf(fresh.stream().map(AcceptedEvent::cameraCode).distinct().toList(), NEARBY);
    List<NewIncident> toOpen = new ArrayList<>();
    for (AcceptedEvent event : fresh) {
      CameraPlace place = placeOf.get(event.cameraCode());
      toOpen.add(
          new NewIncident(
              event.type().name(),
              severities.get(event.type().name()),
              event.id(),
              null,
              event.cameraCode(),
              place == null ? null : place.name(),
              place == null ? event.jurisdiction().value() : place.jurisdiction().value(),
              place == null ? null : place.latitude(),
              place == null ? null : place.longitude(),
              place == null ? null : place.address(),
              event.occurredAt().toInstant(),
              evidenceRef(event.images()),
              place == null ? List.of() : place.nearby()));
    }
    List<Long> opened = incidents.open(toOpen);
    if (!opened.isEmpty()) {
      // Observed after the commit (IncidentSignal): the waiting screens read the stream then.
      openedSignal.fire(new IncidentsOpened(opened));
      auditTrail.record(
          new AuditRecord(
              INCIDENTS_OPENED,
              "incident",
              String.valueOf(opened.get(0)),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              "opened=" + opened.size() + " ids=" + shortList(opened)));
    }
  }

  /**
   * Every kind that opens an incident is handed over ahead of the bulk of events: the operator's
   * figure is seconds from the camera to his screen, whatever backlog of plate reads there is.
   */
  @Override
  public Set<EventType> urgentTypes() {
    Map<String, Severity> severities = severities();
    Set<EventType> urgent = EnumSet.noneOf(EventType.class);
    for (EventType type : EventType.values()) {
      if (severities.containsKey(type.name())) {
        urgent.add(type);
      }
    }
    return urgent;
  }

  /** Where the first image of the event is: the evidence store's hash or the VMS recording. */
  static String evidenceRef(List<EventImage> images) {
    if (images.isEmpty()) {
      return null;
    }
    EventImage image = images.get(0);
    if (image.isInline()) {
      return "sha256:" + image.sha256();
    }
    if (image.vmsCode() == null) {
      return null;
    }
    String ref =
        "vms:"
            + image.vmsCode()
            + "/"
            + image.vmsRecordingId()
            + (image.frame() == null ? "" : "#" + image.frame());
    return ref.length() > 500 ? ref.substring(0, 500) : ref;
  }

  private static String shortList(List<Long> ids) {
    List<Long> head = ids.size() > 20 ? ids.subList(0, 20) : ids;
    return head + (ids.size() > 20 ? "…" : "");
  }

  Map<String, Severity> severities() {
    Cached now = cached.get();
    long time = System.currentTimeMillis();
    if (now == null || time - now.readAt() > SEVERITIES_FOR_MILLIS) {
      now = new Cached(Map.copyOf(incidents.severities()), time);
      cached.set(now);
    }
    return now.severities();
  }
}
