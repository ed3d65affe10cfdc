package vn.tcc.command.internal.incident.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.command.internal.incident.domain.LogEntry;
import vn.tcc.command.internal.incident.domain.OperationsLogStore;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.command.internal.incident.domain.ShiftHandover;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The log is read from the incidents' own columns and actions: nothing is written twice. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcOperationsLog implements OperationsLogStore {
  private static final RowMapper<LogEntry> ENTRY =
      row ->
          new LogEntry(
              row.instant("at"),
              row.string("what"),
              row.longValue("incident_id"),
              row.string("kind"),
              Severity.valueOf(row.string("severity")),
              row.string("camera_code"),
              row.string("jurisdiction_code"),
              row.string("who"),
              row.string("detail"),
              row.string("note"));

  private static final RowMapper<ShiftHandover> HANDOVER =
      row ->
          new ShiftHandover(
              row.instant("shift_start"),
              row.string("note"),
              row.string("written_by"),
              row.string("written_name"),
              row.instant("written_at"),
              row.string("acknowledged_by"),
              row.string("acknowledged_name"),
              row.instant("acknowledged_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<LogEntry> entries(JurisdictionCode scope, Instant from, Instant to, int limit) {
    String inScope = "(i.jurisdiction_code = ? OR i.jurisdiction_code LIKE ? ESCAPE '!')";
    return jdbc.list(
        "read the operations log",
        """
        SELECT * FROM (
          SELECT i.opened_at AS at, 'OPENED' AS what, i.id AS incident_id, i.kind, i.severity,
                 i.camera_code, i.jurisdiction_code, NULL AS who, i.kind AS detail, NULL AS note
            FROM command.incident i WHERE i.opened_at >= ? AND i.opened_at < ? AND %1$s
          UNION ALL
          SELECT i.escalated_at, 'ESCALATED', i.id, i.kind, i.severity, i.camera_code,
                 i.jurisdiction_code, NULL, NULL, NULL
            FROM command.incident i WHERE i.escalated_at >= ? AND i.escalated_at < ? AND %1$s
          UNION ALL
          SELECT i.acknowledged_at, 'ACKNOWLEDGED', i.id, i.kind, i.severity, i.camera_code,
                 i.jurisdiction_code, i.acknowledged_name, NULL, NULL
            FROM command.incident i WHERE i.acknowledged_at >= ? AND i.acknowledged_at < ? AND %1$s
          UNION ALL
          SELECT a.recorded_at, 'ACTION', i.id, i.kind, i.severity, i.camera_code,
                 i.jurisdiction_code, a.recorded_name, a.action, a.note
            FROM command.incident_action a JOIN command.incident i ON i.id = a.incident_id
           WHERE a.recorded_at >= ? AND a.recorded_at < ? AND %1$s
          UNION ALL
          SELECT i.closed_at, 'CLOSED', i.id, i.kind, i.severity, i.camera_code,
                 i.jurisdiction_code, i.closed_name, i.outcome, i.close_note
            FROM command.incident i WHERE i.closed_at >= ? AND i.closed_at < ? AND %1$s
        ) entries
        ORDER BY at, incident_id
        LIMIT ?
        """
            .formatted(inScope),
        ENTRY,
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        from,
        to,
        scope.value(),
        scope.childrenLikePattern(),
        limit);
  }

  @Override
  public Optional<ShiftHandover> handover(Instant shiftStart) {
    return jdbc.first(
        "read a shift handover",
        "SELECT * FROM command.shift_handover WHERE shift_start = ?",
        HANDOVER,
        shiftStart);
  }

  @Override
  public boolean writeHandover(
      Instant shiftStart, String note, String user, String userName, Instant at) {
    return jdbc.update(
            "write a shift handover",
            """
            INSERT INTO command.shift_handover (shift_start, note, written_by, written_name, written_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (shift_start) DO UPDATE
               SET note = excluded.note, written_by = excluded.written_by,
                   written_name = excluded.written_name, written_at = excluded.written_at
             WHERE command.shift_handover.acknowledged_at IS NULL
            """,
            shiftStart,
            note,
            user,
            userName,
            at)
        == 1;
  }

  @Override
  public boolean acknowledgeHandover(Instant shiftStart, String user, String userName, Instant at) {
    return jdbc.update(
            "acknowledge a shift handover",
            """
            UPDATE command.shift_handover
               SET acknowledged_by = ?, acknowledged_name = ?, acknowledged_at = ?
             WHERE shift_start = ? AND acknowledged_at IS NULL
            """,
            user,
            userName,
            at,
            shiftStart)
        == 1;
  }
}
