package vn.tcc.event.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.internal.domain.QuarantineEntry;
import vn.tcc.event.internal.domain.QuarantineRepository;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The quarantine's entries in plain SQL; the ingestion writes them ({@link JdbcEventStore}). */
@ApplicationScoped
public class JdbcQuarantineRepository implements QuarantineRepository {
  private static final String COLUMNS =
      """
      SELECT id, client_id, client_jurisdiction, source_id, source_event_id, camera_code,
             payload::text AS payload_json, reasons::text AS reasons_json, received_at,
             times_received, state, resolved_by, resolved_at, resolution_note, event_id
        FROM vms.quarantine
      """;

  // A scope sees what clients of its own jurisdiction and of those below it sent.
  private static final String SCOPE =
      " WHERE state = ? AND (client_jurisdiction = ? OR client_jurisdiction LIKE ? ESCAPE '!')";

  private static final RowMapper<QuarantineEntry> ENTRY =
      row ->
          new QuarantineEntry(
              row.longValue("id"),
              row.string("client_id"),
              JurisdictionCode.parseOrNull(row.string("client_jurisdiction")),
              row.string("source_id"),
              row.string("source_event_id"),
              row.string("camera_code"),
              row.string("payload_json"),
              reasons(row.string("reasons_json")),
              row.instant("received_at"),
              row.intValue("times_received"),
              QuarantineEntry.State.valueOf(row.string("state")),
              row.string("resolved_by"),
              row.instant("resolved_at"),
              row.string("resolution_note"),
              row.nullableLong("event_id"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<QuarantineEntry> page(
      JurisdictionCode scope, QuarantineEntry.State state, int offset, int limit) {
    return jdbc.list(
        "read the quarantine",
        COLUMNS + SCOPE + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?",
        ENTRY,
        state.name(),
        scope.value(),
        scope.childrenLikePattern(),
        limit,
        offset);
  }

  @Override
  public long count(JurisdictionCode scope, QuarantineEntry.State state) {
    return jdbc.first(
            "count the quarantine",
            "SELECT count(*) AS entries FROM vms.quarantine" + SCOPE,
            row -> row.longValue("entries"),
            state.name(),
            scope.value(),
            scope.childrenLikePattern())
        .orElseThrow();
  }

  @Override
  public Optional<QuarantineEntry> lock(long id) {
    return jdbc.first("lock a quarantine entry", COLUMNS + " WHERE id = ? FOR UPDATE", ENTRY, id);
  }

  @Override
  public void resolve(long id, QuarantineEntry.State state, String by, String note, Long eventId) {
    jdbc.update(
        "resolve a quarantine entry",
        """
        UPDATE vms.quarantine SET state = ?, resolved_by = ?, resolved_at = now(),
               resolution_note = ?, event_id = ?
         WHERE id = ?
        """,
        state.name(),
        by,
        note,
        eventId,
        id);
  }

  @Override
  public void rejectAgain(long id, List<Reason> reasons) {
    jdbc.update(
        "reject a quarantine entry again",
        "UPDATE vms.quarantine SET reasons = CAST(? AS jsonb), times_received = times_received + 1"
            + " WHERE id = ?",
        JdbcEventStore.reasonsJson(reasons),
        id);
  }

  static List<Reason> reasons(String json) {
    List<Reason> reasons = new ArrayList<>();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject reason = value.asJsonObject();
        List<Object> args = new ArrayList<>();
        reason.getJsonArray("args").forEach(arg -> args.add(((JsonString) arg).getString()));
        reasons.add(new Reason(reason.getString("field"), reason.getString("key"), args));
      }
    }
    return reasons;
  }
}
