package vn.tcc.vms.internal.health;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.event.internal.ingest.EventIngestion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.connection.VmsConnection;
import vn.tcc.vms.internal.connection.VmsConnectionRepository;

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
  @Inject EventIngestion ingestion;

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
    JsonArrayBuilder batch = JSON.createArrayBuilder();
    for (VmsEvent event : events) {
      batch.add(item(connection.code(), event, linked.get(event.cameraExternalId())));
    }
    // The VMS speaks for the area it serves; a camera outside it is quarantined like any other.
    ingestion.ingest("vms:" + connection.code(), connection.jurisdiction(), batch.build());
    connections.moveEventCursor(connection.code(), events.get(events.size() - 1).eventId());
    return events.size();
  }

  static JsonObjectBuilder item(String vmsCode, VmsEvent event, CameraHealthState camera) {
    JsonObjectBuilder item =
        JSON.createObjectBuilder()
            .add("sourceId", vmsCode)
            .add("sourceEventId", event.eventId())
            .add("type", type(event))
            .add(
                "images",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("kind", "vms-event")
                            .add("vms", vmsCode)
                            .add("recordingId", event.eventId())));
    if (camera != null) {
      item.add("cameraCode", camera.code());
    }
    if (event.start() != null) {
      item.add("occurredAt", event.start().atOffset(ZoneOffset.ofHours(7)).toString());
    }
    String plate = event.attributes().get("plate");
    if (plate != null) {
      item.add("plate", plate);
    }
    String speed = event.attributes().get("speed");
    if (speed != null && speed.matches("\\d{1,3}/\\d{1,3}")) {
      String[] measured = speed.split("/");
      item.add("speedKmh", Integer.parseInt(measured[0]))
          .add("speedLimitKmh", Integer.parseInt(measured[1]));
    }
    JsonObjectBuilder attributes = JSON.createObjectBuilder();
    event.attributes().forEach(attributes::add);
    if (event.cause() != null) {
      attributes.add("vmsCause", event.cause());
    }
    return item.add("attributes", attributes);
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
