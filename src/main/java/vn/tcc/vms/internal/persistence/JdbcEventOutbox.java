package vn.tcc.vms.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.AcceptedEvent;
import vn.tcc.vms.api.EventImage;
import vn.tcc.vms.api.EventType;
import vn.tcc.vms.internal.ingest.EventOutbox;

/**
 * The outbox in plain JDBC; {@code SKIP LOCKED} lets several servers drain it side by side. Each
 * row carries its lane (the hash of its camera's code modulo the number of lanes), so a claim reads
 * one lane in order from an index and joins only the rows it takes to their events.
 */
@ApplicationScoped
public class JdbcEventOutbox implements EventOutbox {
  private static final String CLAIM =
      """
      WITH claimed AS (
        SELECT event_id FROM vms.event_outbox
         WHERE lane = ? AND available_at <= now()
         ORDER BY event_id
         LIMIT ?
           FOR UPDATE SKIP LOCKED
      )
      SELECT e.id, e.source_id, e.source_event_id, e.camera_code, e.jurisdiction_code,
             e.occurred_at, e.utc_offset_minutes, e.event_type, e.plate, e.plate_confidence,
             e.vehicle_class, e.speed_kmh, e.speed_limit_kmh, e.lane, e.images::text,
             e.attributes::text
        FROM claimed c JOIN vms.event e ON e.id = c.event_id
       ORDER BY e.id
      """;

  // Rows written while the handover ran another number of lanes move to their lane under this one.
  private static final String RELANE =
      "UPDATE vms.event_outbox SET lane = lane_key % ? WHERE lane <> lane_key % ?";

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public List<AcceptedEvent> claim(int limit, Lane lane) {
    List<AcceptedEvent> events = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, lane.index());
      claim.setInt(2, limit);
      try (ResultSet row = claim.executeQuery()) {
        while (row.next()) {
          ZoneOffset offset = ZoneOffset.ofTotalSeconds(row.getInt(7) * 60);
          events.add(
              new AcceptedEvent(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  new JurisdictionCode(row.getString(5)),
                  row.getObject(6, OffsetDateTime.class).withOffsetSameInstant(offset),
                  EventType.valueOf(row.getString(8)),
                  row.getString(9),
                  row.getBigDecimal(10),
                  row.getString(11),
                  row.getBigDecimal(12),
                  row.getBigDecimal(13),
                  row.getString(14),
                  images(row.getString(15)),
                  attributes(row.getString(16))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the event outbox: " + e.getMessage(), e);
    }
    return events;
  }

  @Override
  public int relane(int laneCount) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(RELANE)) {
      update.setInt(1, laneCount);
      update.setInt(2, laneCount);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not re-lane the event outbox: " + e.getMessage(), e);
    }
  }

  @Override
  public void complete(List<Long> eventIds) {
    update("DELETE FROM vms.event_outbox WHERE event_id = ANY(?)", eventIds, null, null);
  }

  @Override
  public void postpone(List<Long> eventIds, String error, Duration delay) {
    update(
        "UPDATE vms.event_outbox SET attempts = attempts + 1, last_error = left(?, 500),"
            + " available_at = now() + make_interval(secs => ? * power(2, least(attempts, 8)))"
            + " WHERE event_id = ANY(?)",
        eventIds,
        error,
        delay);
  }

  private void update(String sql, List<Long> eventIds, String error, Duration delay) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      int index = 1;
      if (error != null) {
        update.setString(index++, error);
        update.setLong(index++, delay.toSeconds());
      }
      update.setArray(index, connection.createArrayOf("bigint", eventIds.toArray()));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the event outbox: " + e.getMessage(), e);
    }
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
