package vn.tcc.event.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EventType;
import vn.tcc.event.internal.domain.EventOutbox;
import vn.tcc.event.internal.domain.EventStore;
import vn.tcc.event.internal.domain.EventToStore;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.QuarantinePayload;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.event.internal.domain.Rejection;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;

/**
 * Events in plain JDBC: a batch is one statement (arrays unnested server-side) that inserts the new
 * events, skips the ones already there and writes their outbox rows (each in its camera's lane), in
 * the caller's transaction.
 */
@ApplicationScoped
public class JdbcEventStore implements EventStore {
  static final String INSERT_NEW =
      """
      WITH incoming AS (
        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                             ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                             ?::text[], ?::text[], ?::text[])
          AS t(source_id, source_event_id, camera_code, jurisdiction_code, occurred_at, utc_offset,
               event_type, plate, plate_confidence, vehicle_class, speed_kmh, speed_limit_kmh,
               lane, images, attributes)
      ), inserted AS (
        INSERT INTO vms.event (client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                               occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                               vehicle_class, speed_kmh, speed_limit_kmh, lane, images, attributes)
        SELECT ?, source_id, source_event_id, camera_code, jurisdiction_code,
               occurred_at::timestamptz, utc_offset::smallint, event_type, plate,
               plate_confidence::numeric, vehicle_class, speed_kmh::numeric,
               speed_limit_kmh::numeric, lane, images::jsonb, attributes::jsonb
          FROM incoming
        ON CONFLICT (client_id, source_id, source_event_id) DO NOTHING
        RETURNING id, source_id, source_event_id, event_type,
                  hashtext(camera_code) & 2147483647 AS lane_key
      ), handed AS (
        INSERT INTO vms.event_outbox (event_id, lane_key, lane)
        SELECT id, lane_key,
               CASE WHEN event_type = ANY (?::text[]) THEN %d ELSE lane_key %% ? END
          FROM inserted
      )
      SELECT id, source_id, source_event_id FROM inserted
      """
          .formatted(EventOutbox.Lane.URGENT_INDEX);

  private static final String LINK_EVIDENCE =
      "INSERT INTO vms.event_evidence (event_id, sha256, kind) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private static final String QUARANTINE =
      """
      INSERT INTO vms.quarantine (client_id, client_jurisdiction, source_id, source_event_id,
                                  camera_code, payload, reasons)
      VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
      ON CONFLICT (client_id, source_id, source_event_id)
        WHERE state = 'WAITING' AND source_id IS NOT NULL AND source_event_id IS NOT NULL
      DO UPDATE SET times_received = vms.quarantine.times_received + 1,
                    received_at = now(), payload = EXCLUDED.payload, reasons = EXCLUDED.reasons
      RETURNING id
      """;

  private static final String RESOLVE_BY_RESEND =
      """
      UPDATE vms.quarantine q SET state = 'REPLAYED', resolved_by = 'resend', resolved_at = now(),
             event_id = t.event_id
        FROM unnest(?::text[], ?::text[], ?::bigint[]) AS t(source_id, source_event_id, event_id)
       WHERE q.state = 'WAITING' AND q.client_id = ? AND q.source_id = t.source_id
         AND q.source_event_id = t.source_event_id
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Map<String, Long> insertNew(
      String clientId, List<EventToStore> events, Set<EventType> urgent) {
    Map<String, Long> inserted = new HashMap<>();
    if (events.isEmpty()) {
      return inserted;
    }
    int n = events.size();
    String[][] columns = new String[15][n];
    for (int i = 0; i < n; i++) {
      EventToStore stored = events.get(i);
      IncomingEvent e = stored.event();
      columns[0][i] = e.sourceId();
      columns[1][i] = e.sourceEventId();
      columns[2][i] = e.cameraCode();
      columns[3][i] = stored.jurisdiction().value();
      columns[4][i] = e.occurredAt().toString();
      columns[5][i] = Integer.toString(e.occurredAt().getOffset().getTotalSeconds() / 60);
      columns[6][i] = e.type().name();
      columns[7][i] = e.plate();
      columns[8][i] = text(e.plateConfidence());
      columns[9][i] = e.vehicleClass();
      columns[10][i] = text(e.speedKmh());
      columns[11][i] = text(e.speedLimitKmh());
      columns[12][i] = e.lane();
      columns[13][i] = imagesJson(stored.images());
      columns[14][i] = attributesJson(e.attributes());
    }
    Object[] parameters = new Object[columns.length + 3];
    for (int c = 0; c < columns.length; c++) {
      // The column's own String[], not a copy: the driver encodes it as it always has.
      parameters[c] = new Jdbc.SqlArray("text", columns[c]);
    }
    parameters[15] = clientId;
    parameters[16] = Jdbc.array("text", urgent.stream().map(EventType::name).toList());
    parameters[17] = EventOutbox.Lane.configuredCount();
    return jdbc.run(
        "store events",
        connection -> {
          try (PreparedStatement insert = Jdbc.prepare(connection, INSERT_NEW, parameters);
              ResultSet rows = insert.executeQuery()) {
            Row row = Row.of(rows);
            while (rows.next()) {
              inserted.put(
                  row.string("source_id") + "\u0000" + row.string("source_event_id"),
                  row.longValue("id"));
            }
          }
          linkInlineEvidence(connection, events, inserted);
          return inserted;
        });
  }

  private static void linkInlineEvidence(
      Connection connection, List<EventToStore> events, Map<String, Long> inserted)
      throws SQLException {
    try (PreparedStatement link = Jdbc.prepare(connection, LINK_EVIDENCE)) {
      boolean any = false;
      for (EventToStore stored : events) {
        Long id = inserted.get(stored.event().key());
        for (EventImage image : stored.images()) {
          if (id != null && image.isInline()) {
            link.setLong(1, id);
            link.setString(2, image.sha256());
            link.setString(3, image.kind());
            link.addBatch();
            any = true;
          }
        }
      }
      if (any) {
        link.executeBatch();
      }
    }
  }

  @Override
  public List<Long> quarantine(
      String clientId, JurisdictionCode clientJurisdiction, List<Rejection> items) {
    List<Long> ids = new ArrayList<>(items.size());
    if (items.isEmpty()) {
      return ids;
    }
    return jdbc.run(
        "quarantine events",
        connection -> {
          // One statement run per item on one connection: each answers its entry's id.
          try (PreparedStatement insert = Jdbc.prepare(connection, QUARANTINE)) {
            for (Rejection item : items) {
              insert.setString(1, clientId);
              insert.setString(2, clientJurisdiction == null ? "" : clientJurisdiction.value());
              insert.setString(3, item.sourceId());
              insert.setString(4, item.sourceEventId());
              insert.setString(5, item.cameraCode());
              insert.setString(6, QuarantinePayload.bounded(item.payload()));
              insert.setString(7, reasonsJson(item.reasons()));
              try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                ids.add(Row.of(rows).longValue("id"));
              }
            }
          }
          return ids;
        });
  }

  @Override
  public void resolveQuarantinedByResend(String clientId, Map<String, Long> acceptedByKey) {
    int n = acceptedByKey.size();
    String[] sources = new String[n];
    String[] ids = new String[n];
    Long[] eventIds = new Long[n];
    int i = 0;
    for (Map.Entry<String, Long> entry : acceptedByKey.entrySet()) {
      String[] key = entry.getKey().split("\u0000", 2);
      sources[i] = key[0];
      ids[i] = key[1];
      eventIds[i] = entry.getValue();
      i++;
    }
    jdbc.update(
        "resolve quarantine",
        RESOLVE_BY_RESEND,
        new Jdbc.SqlArray("text", sources),
        new Jdbc.SqlArray("text", ids),
        new Jdbc.SqlArray("bigint", eventIds),
        clientId);
  }

  private static String text(BigDecimal number) {
    return number == null ? null : number.toPlainString();
  }

  // Written with a generator, not built as JSON-P objects first: this runs for every event.
  static String imagesJson(List<EventImage> images) {
    StringWriter text = new StringWriter(160);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartArray();
      for (EventImage image : images) {
        json.writeStartObject().write("kind", image.kind());
        if (image.isInline()) {
          json.write("sha256", image.sha256()).write("mediaType", image.mediaType());
        } else {
          json.write("vms", image.vmsCode()).write("recordingId", image.vmsRecordingId());
          if (image.frame() != null) {
            json.write("frame", image.frame());
          }
        }
        json.writeEnd();
      }
      json.writeEnd();
    }
    return text.toString();
  }

  static String attributesJson(Map<String, String> attributes) {
    StringWriter text = new StringWriter(80);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      attributes.forEach(json::write);
      json.writeEnd();
    }
    return text.toString();
  }

  static String reasonsJson(List<Reason> reasons) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Reason reason : reasons) {
      JsonArrayBuilder args = JSON.createArrayBuilder();
      reason.args().forEach(arg -> args.add(String.valueOf(arg)));
      array.add(
          JSON.createObjectBuilder()
              .add("field", reason.field())
              .add("key", reason.messageKey())
              .add("args", args));
    }
    return array.build().toString();
  }
}
