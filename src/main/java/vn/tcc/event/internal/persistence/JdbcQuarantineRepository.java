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
import vn.tcc.event.internal.domain.QuarantineFilter;
import vn.tcc.event.internal.domain.QuarantineRepository;
import vn.tcc.event.internal.domain.QuarantineSummary;
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

  private static final RowMapper<QuarantineSummary> SUMMARY =
      row ->
          new QuarantineSummary(
              row.longValue("id"),
              row.string("client_id"),
              row.string("source_id"),
              row.string("source_event_id"),
              row.string("camera_code"),
              row.string("payload_start"),
              row.intValue("payload_length"),
              reasons(row.string("reasons_json")),
              row.instant("received_at"),
              row.intValue("times_received"));

  @Override
  public List<QuarantineSummary> summaries(
      JurisdictionCode scope, QuarantineFilter filter, int offset, int limit) {
    List<Object> parameters = new ArrayList<>();
    String where = filtered(scope, filter, parameters);
    parameters.add(limit);
    parameters.add(offset);
    // Only the start of the payload leaves the database: a page of 25 stays small whatever was
    // sent.
    return jdbc.list(
        "read the quarantine's list",
        """
        SELECT id, client_id, source_id, source_event_id, camera_code,
               left(payload::text, %d) AS payload_start, length(payload::text) AS payload_length,
               reasons::text AS reasons_json, received_at, times_received
          FROM vms.quarantine
        """
                .formatted(QuarantineSummary.SHOWN_CHARS)
            + where
            + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?",
        SUMMARY,
        parameters.toArray());
  }

  @Override
  public long count(JurisdictionCode scope, QuarantineFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = filtered(scope, filter, parameters);
    return jdbc.first(
            "count the quarantine's list",
            "SELECT count(*) AS entries FROM vms.quarantine" + where,
            row -> row.longValue("entries"),
            parameters.toArray())
        .orElseThrow();
  }

  @Override
  public List<String> reasonKeys(JurisdictionCode scope) {
    return jdbc.list(
        "list the quarantine's reasons",
        "SELECT DISTINCT reason ->> 'key' AS reason_key FROM vms.quarantine,"
            + " jsonb_array_elements(reasons) AS reason"
            + SCOPE
            + " ORDER BY 1",
        row -> row.string("reason_key"),
        QuarantineEntry.State.WAITING.name(),
        scope.value(),
        scope.childrenLikePattern());
  }

  /** The waiting entries of the scope narrowed by the filter, its values bound, never spliced. */
  private static String filtered(
      JurisdictionCode scope, QuarantineFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(SCOPE);
    parameters.add(QuarantineEntry.State.WAITING.name());
    parameters.add(scope.value());
    parameters.add(scope.childrenLikePattern());
    if (filter.source() != null && !filter.source().isBlank()) {
      where.append(
          " AND (client_id ILIKE ? ESCAPE '!' OR source_id ILIKE ? ESCAPE '!'"
              + " OR source_event_id ILIKE ? ESCAPE '!')");
      String pattern = "%" + likeEscaped(filter.source().strip()) + "%";
      parameters.add(pattern);
      parameters.add(pattern);
      parameters.add(pattern);
    }
    if (filter.reasonKey() != null && !filter.reasonKey().isBlank()) {
      where.append(" AND reasons @> CAST(? AS jsonb)");
      parameters.add(
          JSON.createArrayBuilder()
              .add(JSON.createObjectBuilder().add("key", filter.reasonKey()))
              .build()
              .toString());
    }
    if (filter.from() != null) {
      where.append(" AND received_at >= ?");
      parameters.add(filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND received_at < ?");
      parameters.add(filter.to());
    }
    return where.toString();
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public Optional<QuarantineEntry> find(long id) {
    return jdbc.first("read a quarantine entry", COLUMNS + " WHERE id = ?", ENTRY, id);
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
