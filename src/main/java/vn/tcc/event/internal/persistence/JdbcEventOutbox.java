package vn.tcc.event.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EventType;
import vn.tcc.event.internal.domain.EventOutbox;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The outbox in plain JDBC; {@code SKIP LOCKED} lets several servers drain it side by side. Each
 * row carries its lane (the hash of its camera's code modulo the number of lanes), so a claim reads
 * one lane in order from an index and joins only the rows it takes to their events.
 */
@ApplicationScoped
public class JdbcEventOutbox implements EventOutbox {
  /** Reads an event row of {@code vms.event}. */
  static final String EVENT_COLUMNS =
      """
      e.id, e.source_id, e.source_event_id, e.camera_code, e.jurisdiction_code, e.occurred_at,
      e.utc_offset_minutes, e.event_type, e.plate, e.plate_confidence, e.vehicle_class,
      e.speed_kmh, e.speed_limit_kmh, e.lane, e.images::text AS images_json,
      e.attributes::text AS attributes_json
      """;

  private static final String CLAIM =
      """
      WITH claimed AS (
        SELECT event_id FROM vms.event_outbox
         WHERE lane = ? AND available_at <= now()
         ORDER BY event_id
         LIMIT ?
           FOR UPDATE SKIP LOCKED
      )
      SELECT %s
        FROM claimed c JOIN vms.event e ON e.id = c.event_id
       ORDER BY e.id
      """
          .formatted(EVENT_COLUMNS);

  // Rows written while the handover ran another number of lanes move to their lane under this one.
  private static final String RELANE =
      "UPDATE vms.event_outbox SET lane = lane_key % ? WHERE lane <> lane_key % ? AND lane >= 0";

  static final RowMapper<AcceptedEvent> ACCEPTED_EVENT =
      row ->
          new AcceptedEvent(
              row.longValue("id"),
              row.string("source_id"),
              row.string("source_event_id"),
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("occurred_at")
                  .atOffset(ZoneOffset.ofTotalSeconds(row.intValue("utc_offset_minutes") * 60)),
              EventType.valueOf(row.string("event_type")),
              row.string("plate"),
              row.decimal("plate_confidence"),
              row.string("vehicle_class"),
              row.decimal("speed_kmh"),
              row.decimal("speed_limit_kmh"),
              row.string("lane"),
              images(row.string("images_json")),
              attributes(row.string("attributes_json")));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<AcceptedEvent> claim(int limit, Lane lane) {
    return jdbc.list("read the event outbox", CLAIM, ACCEPTED_EVENT, lane.index(), limit);
  }

  @Override
  public int relane(int laneCount) {
    return jdbc.update("re-lane the event outbox", RELANE, laneCount, laneCount);
  }

  @Override
  public void complete(List<Long> eventIds) {
    jdbc.update(
        "complete event outbox rows",
        "DELETE FROM vms.event_outbox WHERE event_id = ANY(?)",
        Jdbc.array("bigint", eventIds));
  }

  @Override
  public void postpone(List<Long> eventIds, String error, Duration delay) {
    jdbc.update(
        "postpone event outbox rows",
        "UPDATE vms.event_outbox SET attempts = attempts + 1, last_error = left(?, 500),"
            + " available_at = now() + make_interval(secs => ? * power(2, least(attempts, 8)))"
            + " WHERE event_id = ANY(?)",
        error,
        delay.toSeconds(),
        Jdbc.array("bigint", eventIds));
  }

  static List<EventImage> images(String json) {
    List<EventImage> images = new ArrayList<>();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject image = value.asJsonObject();
        images.add(
            new EventImage(
                image.getString("kind"),
                image.getString("sha256", null),
                image.getString("mediaType", null),
                image.getString("vms", null),
                image.getString("recordingId", null),
                image.getString("frame", null)));
      }
    }
    return images;
  }

  static Map<String, String> attributes(String json) {
    Map<String, String> attributes = new LinkedHashMap<>();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      reader
          .readObject()
          .forEach((key, value) -> attributes.put(key, ((JsonString) value).getString()));
    }
    return attributes;
  }
}
