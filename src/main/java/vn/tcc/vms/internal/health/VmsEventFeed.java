package vn.tcc.vms.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.event.api.EventIntake;
import vn.tcc.event.api.ReportedEvent;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Events a VMS recorded itself (e.g. a ZoneMinder plate trigger) enter the same ingestion as those
 * of event sources: same checks, same idempotency (the VMS's event id), same quarantine. The cursor
 * moves in the transaction that stores them, so none is read twice or skipped.
 */
@ApplicationScoped
public class VmsEventFeed {
  static final int BATCH = 200;

  @Inject VmsAdapters adapters;
  @Inject VmsConnectionRepository connections;
  @Inject CameraDirectory cameras;
  @Inject EventIntake intake;

  /** Reads the next events of the VMS; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int readNext(VmsConnection connection) {
    List<VmsEvent> events =
        adapters.of(connection).eventsSince(new VmsEventCursor(connection.eventCursor()), BATCH);
    if (events.isEmpty()) {
      return 0;
    }
    Map<String, CameraHealthState> linked = new HashMap<>();
    for (CameraHealthState camera : cameras.linkedTo(connection.code())) {
      linked.put(camera.vmsExternalId(), camera);
    }
    List<ReportedEvent> reported = new ArrayList<>(events.size());
    for (VmsEvent event : events) {
      reported.add(reported(connection.code(), event, linked.get(event.cameraExternalId())));
    }
    // The VMS speaks for the area it serves; a camera outside it is quarantined like any other.
    intake.report("vms:" + connection.code(), connection.jurisdiction(), reported);
    connections.moveEventCursor(connection.code(), events.get(events.size() - 1).eventId());
    return events.size();
  }

  /**
   * The event as the VMS reported it; an unlinked camera is left out, so the intake quarantines the
   * event for it instead of it being dropped here.
   */
  static ReportedEvent reported(String vmsCode, VmsEvent event, CameraHealthState camera) {
    BigDecimal speed = null;
    BigDecimal limit = null;
    String measured = event.attributes().get("speed");
    if (measured != null && measured.matches("\\d{1,3}/\\d{1,3}")) {
      String[] speedAndLimit = measured.split("/");
      speed = BigDecimal.valueOf(Integer.parseInt(speedAndLimit[0]));
      limit = BigDecimal.valueOf(Integer.parseInt(speedAndLimit[1]));
    }
    // A VMS gives an instant; the event keeps Vietnam's offset, as event sources send theirs.
    OffsetDateTime occurredAt =
        event.start() == null ? null : event.start().atOffset(ZoneOffset.ofHours(7));
    Map<String, String> attributes = new LinkedHashMap<>(event.attributes());
    if (event.cause() != null) {
      attributes.put("vmsCause", event.cause());
    }
    return new ReportedEvent(
        vmsCode,
        event.eventId(),
        camera == null ? null : camera.code(),
        occurredAt,
        type(event),
        event.attributes().get("plate"),
        speed,
        limit,
        List.of(new ReportedEvent.VmsImage("vms-event", vmsCode, event.eventId())),
        attributes);
  }

  /** A "type=" in the notes wins; else a measured speed over the limit is speeding; else a read. */
  static String type(VmsEvent event) {
    String stated = event.attributes().get("type");
    if (stated != null) {
      return stated.toUpperCase(Locale.ROOT);
    }
    String speed = event.attributes().get("speed");
    if (speed != null && speed.matches("\\d{1,3}/\\d{1,3}")) {
      String[] measured = speed.split("/");
      if (Integer.parseInt(measured[0]) > Integer.parseInt(measured[1])) {
        return "SPEEDING";
      }
    }
    return "PLATE_READ";
  }
}
