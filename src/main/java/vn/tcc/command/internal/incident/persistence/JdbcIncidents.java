package vn.tcc.command.internal.incident.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentAction;
import vn.tcc.command.internal.incident.domain.IncidentFilter;
import vn.tcc.command.internal.incident.domain.IncidentOutcome;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.command.internal.incident.domain.NewIncident;
import vn.tcc.command.internal.incident.domain.RecordedAction;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** Incidents in {@code command.incident}, set-based where a batch of events opens them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcIncidents implements Incidents {
  private static final String COLUMNS =
      """
      i.id, i.kind, i.severity, i.event_id, i.camera_code, i.camera_name, i.jurisdiction_code,
      j.name_vi AS jurisdiction_name, i.latitude, i.longitude, i.address, i.occurred_at, i.opened_at,
      i.evidence_ref, i.nearby_cameras, i.state, i.escalated_at, i.acknowledged_by,
      i.acknowledged_name, i.acknowledged_at, i.closed_by, i.closed_name, i.closed_at, i.outcome,
      i.close_note
      """;
  private static final String FROM =
      " FROM command.incident i LEFT JOIN shared.jurisdiction j ON j.code = i.jurisdiction_code ";

  private static final RowMapper<Incident> INCIDENT =
      row ->
          new Incident(
              row.longValue("id"),
              row.string("kind"),
              Severity.valueOf(row.string("severity")),
              row.nullableLong("event_id"),
              row.string("camera_code"),
              row.string("camera_name"),
              row.string("jurisdiction_code"),
              row.string("jurisdiction_name"),
              row.decimal("latitude"),
              row.decimal("longitude"),
              row.string("address"),
              row.instant("occurred_at"),
              row.instant("opened_at"),
              row.string("evidence_ref"),
              strings(row.object("nearby_cameras")),
              IncidentState.valueOf(row.string("state")),
              row.instant("escalated_at"),
              row.string("acknowledged_by"),
              row.string("acknowledged_name"),
              row.instant("acknowledged_at"),
              row.string("closed_by"),
              row.string("closed_name"),
              row.instant("closed_at"),
              row.string("outcome") == null ? null : IncidentOutcome.valueOf(row.string("outcome")),
              row.string("close_note"));

  private static final RowMapper<RecordedAction> ACTION =
      row ->
          new RecordedAction(
              row.longValue("id"),
              row.longValue("incident_id"),
              IncidentAction.valueOf(row.string("action")),
              row.string("note"),
              row.string("recorded_by"),
              row.string("recorded_name"),
              row.instant("recorded_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  private static List<String> strings(Object value) throws SQLException {
    return value instanceof Array array
        ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList()
        : List.of();
  }

  @Override
  public Map<String, Severity> severities() {
    Map<String, Severity> found = new HashMap<>();
    jdbc.list(
            "read incident severities",
            "SELECT kind, severity FROM command.incident_severity",
            row -> Map.entry(row.string("kind"), Severity.valueOf(row.string("severity"))))
        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    return found;
  }

  @Override
  public List<String> provinces() {
    return jdbc.list(
        "list provinces",
        "SELECT code FROM shared.jurisdiction WHERE parent_code IS NULL ORDER BY code",
        row -> row.string("code"));
  }

  @Override
  public Set<Long> eventsWithIncident(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "find events with an incident",
            "SELECT event_id FROM command.incident WHERE event_id = ANY(?)",
            row -> row.longValue("event_id"),
            Jdbc.array("bigint", eventIds)));
  }

  @Override
  public List<Long> open(List<NewIncident> incidents) {
    if (incidents.isEmpty()) {
      return List.of();
    }
    return jdbc.run(
        "open incidents",
        connection -> {
          List<Long> opened = new ArrayList<>();
          // One statement per incident, but incidents are rare beside the events they come from.
          try (PreparedStatement insert =
              connection.prepareStatement(
                  """
                  INSERT INTO command.incident (kind, severity, event_id, offline_since, camera_code,
                      camera_name, jurisdiction_code, latitude, longitude, address, occurred_at,
                      evidence_ref, nearby_cameras)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT DO NOTHING
                  RETURNING id
                  """)) {
            for (NewIncident incident : incidents) {
              Object[] values = {
                incident.kind(),
                incident.severity().name(),
                incident.eventId(),
                incident.offlineSince(),
                incident.cameraCode(),
                incident.cameraName(),
                incident.jurisdiction(),
                incident.latitude(),
                incident.longitude(),
                incident.address(),
                incident.occurredAt(),
                incident.evidenceRef(),
                Jdbc.array("varchar", incident.nearbyCameras())
              };
              for (int i = 0; i < values.length; i++) {
                Jdbc.bind(insert, i + 1, values[i]);
              }
              try (var rows = insert.executeQuery()) {
                if (rows.next()) {
                  opened.add(rows.getLong(1));
                }
              }
            }
          }
          return opened;
        });
  }

  @Override
  public Optional<Incident> byId(long id) {
    return jdbc.first(
        "read an incident", "SELECT " + COLUMNS + FROM + " WHERE i.id = ?", INCIDENT, id);
  }

  @Override
  public List<Changed> changedAfter(long afterChange, int limit) {
    // A change numbered before another can commit after it: rows are listed only once every
    // transaction older than the reader's snapshot has ended (V39), so none is skipped.
    return jdbc.list(
        "read incidents changed for a feed",
        "SELECT "
            + COLUMNS
            + ", i.change_seq"
            + FROM
            + " WHERE i.change_seq > ? AND i.change_xid < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY i.change_seq LIMIT ?",
        row -> new Changed(row.longValue("change_seq"), INCIDENT.map(row)),
        afterChange,
        limit);
  }

  /** The WHERE clause of a filter and its parameters. */
  private record Where(String sql, List<Object> parameters) {}

  private static Where where(IncidentFilter filter) {
    StringBuilder sql =
        new StringBuilder(
            " WHERE (i.jurisdiction_code = ? OR i.jurisdiction_code LIKE ? ESCAPE '!')");
    List<Object> parameters = new ArrayList<>();
    parameters.add(filter.scope().value());
    parameters.add(filter.scope().childrenLikePattern());
    if (!filter.states().isEmpty()) {
      sql.append(" AND i.state = ANY(?)");
      parameters.add(Jdbc.array("varchar", filter.states().stream().map(Enum::name).toList()));
    }
    if (filter.kind() != null) {
      sql.append(" AND i.kind = ?");
      parameters.add(filter.kind());
    }
    if (filter.since() != null) {
      sql.append(" AND i.opened_at >= ?");
      parameters.add(filter.since());
    }
    if (filter.escalated() != null) {
      sql.append(
          filter.escalated() ? " AND i.escalated_at IS NOT NULL" : " AND i.escalated_at IS NULL");
    }
    if (filter.afterId() != null) {
      sql.append(" AND i.id > ?");
      parameters.add(filter.afterId());
    }
    return new Where(sql.toString(), parameters);
  }

  @Override
  public List<Incident> list(IncidentFilter filter, int offset, int limit) {
    Where where = where(filter);
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    // The cursor reads forwards (oldest new first), a page backwards (newest first).
    String order =
        filter.afterId() != null ? " ORDER BY i.id" : " ORDER BY i.opened_at DESC, i.id DESC";
    return jdbc.list(
        "list incidents",
        "SELECT " + COLUMNS + FROM + where.sql() + order + " LIMIT ? OFFSET ?",
        INCIDENT,
        parameters.toArray());
  }

  @Override
  public long count(IncidentFilter filter) {
    Where where = where(filter);
    return jdbc.first(
            "count incidents",
            "SELECT count(*) AS n FROM command.incident i" + where.sql(),
            row -> row.longValue("n"),
            where.parameters().toArray())
        .orElse(0L);
  }

  @Override
  public long latestId(IncidentFilter filter) {
    Where where = where(filter);
    return jdbc.first(
            "latest incident id",
            "SELECT coalesce(max(i.id), 0) AS n FROM command.incident i" + where.sql(),
            row -> row.longValue("n"),
            where.parameters().toArray())
        .orElse(0L);
  }

  @Override
  public boolean acknowledge(long id, String user, String userName, Instant at) {
    // The state in the WHERE is what makes one of two simultaneous clicks win: PostgreSQL lets the
    // second UPDATE re-check the row after the first commits, and it then matches nothing.
    return jdbc.update(
            "acknowledge an incident",
            """
            UPDATE command.incident
               SET state = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_name = ?, acknowledged_at = ?
             WHERE id = ? AND state IN ('NEW', 'ESCALATED')
            """,
            user,
            userName,
            at,
            id)
        == 1;
  }

  @Override
  public void recordAction(
      long id, IncidentAction action, String note, String user, String userName, Instant at) {
    jdbc.update(
        "record an incident action",
        """
        INSERT INTO command.incident_action (incident_id, action, note, recorded_by, recorded_name, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        id,
        action.name(),
        note,
        user,
        userName,
        at);
  }

  @Override
  public boolean close(
      long id, IncidentOutcome outcome, String note, String user, String userName, Instant at) {
    return jdbc.update(
            "close an incident",
            """
            UPDATE command.incident
               SET state = 'CLOSED', outcome = ?, close_note = ?, closed_by = ?, closed_name = ?, closed_at = ?
             WHERE id = ? AND state <> 'CLOSED'
            """,
            outcome.name(),
            note,
            user,
            userName,
            at,
            id)
        == 1;
  }

  @Override
  public List<RecordedAction> actionsOf(long id) {
    return jdbc.list(
        "list incident actions",
        "SELECT * FROM command.incident_action WHERE incident_id = ? ORDER BY id",
        ACTION,
        id);
  }

  @Override
  public List<Incident> escalate(Instant cutoff, Instant at) {
    List<Long> ids =
        jdbc.list(
            "escalate incidents",
            """
            UPDATE command.incident SET state = 'ESCALATED', escalated_at = ?
             WHERE state = 'NEW' AND opened_at <= ?
            RETURNING id
            """,
            row -> row.longValue("id"),
            at,
            cutoff);
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "read escalated incidents",
        "SELECT " + COLUMNS + FROM + " WHERE i.id = ANY(?) ORDER BY i.id",
        INCIDENT,
        Jdbc.array("bigint", ids));
  }
}
