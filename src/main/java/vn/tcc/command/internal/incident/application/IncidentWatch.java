package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tcc.camera.api.CameraPlaces;
import vn.tcc.camera.api.CameraPlaces.CameraPlace;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentLifecycle;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.command.internal.incident.domain.NewIncident;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.OfflineAlert;
import vn.tcc.vms.api.OfflineAlerts;

/**
 * What the room's clock does: escalates the incidents nobody took in time (one conditional update
 * for all of them), and opens an incident for each camera the VMS health poller reports offline
 * (one per outage: the alert's start is part of the key).
 */
@ApplicationScoped
public class IncidentWatch {
  static final String INCIDENTS_ESCALATED = "INCIDENTS_ESCALATED";
  static final String CAMERA_OFFLINE = "CAMERA_OFFLINE";

  /** Incidents named in one audit entry of escalations (their ids and kinds fit its details). */
  static final int ESCALATION_AUDIT_BATCH = 60;

  @Inject Incidents incidents;
  @Inject OfflineAlerts offlineAlerts;
  @Inject CameraPlaces places;
  @Inject AuditTrail auditTrail;
  @Inject Event<IncidentsOpened> openedSignal;

  @Transactional
  public int escalate(Instant now) {
    List<Incident> escalated =
        incidents.escalate(
            IncidentLifecycle.escalationCutoff(now, IncidentSettings.escalateAfter()), now);
    // One entry per commune and up to ESCALATION_AUDIT_BATCH incidents, not one per incident:
    // a burst of analytics events escalates thousands at once, and each entry takes the audit
    // chain's lock that the event handover needs too (the benchmark saw ingestion stall at 450/s).
    Map<String, List<Incident>> byPlace = new java.util.TreeMap<>();
    for (Incident incident : escalated) {
      byPlace.computeIfAbsent(incident.jurisdiction(), j -> new ArrayList<>()).add(incident);
    }
    for (Map.Entry<String, List<Incident>> place : byPlace.entrySet()) {
      List<Incident> all = place.getValue();
      for (int from = 0; from < all.size(); from += ESCALATION_AUDIT_BATCH) {
        List<Incident> batch =
            all.subList(from, Math.min(all.size(), from + ESCALATION_AUDIT_BATCH));
        auditTrail.record(
            new AuditRecord(
                INCIDENTS_ESCALATED,
                "incident",
                batch.size() == 1 ? String.valueOf(batch.get(0).id()) : null,
                new JurisdictionCode(place.getKey()),
                null,
                false,
                AuditOutcome.SUCCESS,
                "after="
                    + IncidentSettings.escalateAfter().toSeconds()
                    + "s "
                    + batch.size()
                    + " incidents: "
                    + String.join(",", batch.stream().map(i -> i.id() + "/" + i.kind()).toList())));
      }
    }
    return escalated.size();
  }

  @Transactional
  public int openCameraFaults() {
    Severity severity = incidents.severities().get(CAMERA_OFFLINE);
    if (severity == null) {
      return 0; // the center chose not to open incidents for camera faults
    }
    List<OfflineAlert> alerts = new ArrayList<>();
    for (String province : incidents.provinces()) {
      alerts.addAll(offlineAlerts.open(new JurisdictionCode(province)));
    }
    if (alerts.isEmpty()) {
      return 0;
    }
    Map<String, CameraPlace> placeOf =
        places.placesOf(
            alerts.stream().map(OfflineAlert::cameraCode).distinct().toList(),
            IncidentOpening.NEARBY);
    List<NewIncident> toOpen = new ArrayList<>();
    for (OfflineAlert alert : alerts) {
      CameraPlace place = placeOf.get(alert.cameraCode());
      toOpen.add(
          new NewIncident(
              CAMERA_OFFLINE,
              severity,
              null,
              alert.offlineSince(),
              alert.cameraCode(),
              place == null ? null : place.name(),
              alert.jurisdiction().value(),
              place == null ? null : place.latitude(),
              place == null ? null : place.longitude(),
              place == null ? null : place.address(),
              alert.offlineSince(),
              null,
              place == null ? List.of() : place.nearby()));
    }
    List<Long> opened = incidents.open(toOpen);
    if (!opened.isEmpty()) {
      // Observed after the commit (IncidentSignal): the waiting screens read the stream then.
      openedSignal.fire(new IncidentsOpened(opened));
      auditTrail.record(
          new AuditRecord(
              IncidentOpening.INCIDENTS_OPENED,
              "incident",
              String.valueOf(opened.get(0)),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              "camera faults opened=" + opened.size()));
    }
    return opened.size();
  }
}
