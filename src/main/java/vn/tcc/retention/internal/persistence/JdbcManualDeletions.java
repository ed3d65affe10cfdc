package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.internal.domain.ManualDeletion;
import vn.tcc.retention.internal.domain.ManualDeletions;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The manual deletion requests in {@code retention.manual_deletion} (V14). */
@ApplicationScoped
public class JdbcManualDeletions implements ManualDeletions {
  private static final String COLUMNS =
      """
      SELECT id, data_class, item_ids, reason, decision_number, jurisdiction, requested_by,
             requested_at, state, decided_by, decided_at, rejection_reason, record_id
        FROM retention.manual_deletion
      """;

  private static final RowMapper<ManualDeletion> REQUEST =
      row -> {
        Array ids = (Array) row.object("item_ids");
        List<String> itemIds = List.of((String[]) ids.getArray());
        return new ManualDeletion(
            row.longValue("id"),
            DataClass.valueOf(row.string("data_class")),
            itemIds,
            row.string("reason"),
            row.string("decision_number"),
            new JurisdictionCode(row.string("jurisdiction")),
            row.string("requested_by"),
            row.instant("requested_at"),
            ManualDeletion.State.valueOf(row.string("state")),
            row.string("decided_by"),
            row.instant("decided_at"),
            row.string("rejection_reason"),
            row.nullableLong("record_id"));
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public ManualDeletion add(ManualDeletion request) {
    if (request.id() != null || request.state() != ManualDeletion.State.REQUESTED) {
      throw new IllegalArgumentException("Only a new request is added");
    }
    long id =
        jdbc.first(
                "store a manual deletion request",
                """
                INSERT INTO retention.manual_deletion (data_class, item_ids, reason,
                            decision_number, jurisdiction, requested_by, requested_at, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED')
                RETURNING id
                """,
                row -> row.longValue("id"),
                request.dataClass().name(),
                Jdbc.array("text", request.itemIds()),
                request.reason(),
                request.decisionNumber(),
                request.jurisdiction().value(),
                request.requestedBy(),
                request.requestedAt())
            .orElseThrow();
    return request.withId(id);
  }

  @Override
  public Optional<ManualDeletion> find(long id) {
    return jdbc.first("read a manual deletion", COLUMNS + " WHERE id = ?", REQUEST, id);
  }

  @Override
  public Optional<ManualDeletion> findForUpdate(long id) {
    return jdbc.first("lock a manual deletion", COLUMNS + " WHERE id = ? FOR UPDATE", REQUEST, id);
  }

  @Override
  public void recordDecision(ManualDeletion decided) {
    if (decided.id() == null || decided.state() == ManualDeletion.State.REQUESTED) {
      throw new IllegalArgumentException("Only a stored, decided request is recorded decided");
    }
    int changed =
        jdbc.update(
            "record a manual deletion's decision",
            """
            UPDATE retention.manual_deletion
               SET state = ?, decided_by = ?, decided_at = ?, rejection_reason = ?, record_id = ?
             WHERE id = ? AND state = 'REQUESTED'
            """,
            decided.state().name(),
            decided.decidedBy(),
            decided.decidedAt(),
            decided.rejectionReason(),
            decided.recordId(),
            decided.id());
    if (changed == 0) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.manual.notPending", decided.id());
    }
  }

  @Override
  public List<ManualDeletion> within(JurisdictionCode jurisdiction, Long beforeId, int limit) {
    return jdbc.list(
        "list manual deletions",
        COLUMNS
            + " WHERE (jurisdiction = ? OR jurisdiction LIKE ? ESCAPE '!')"
            + " AND (?::bigint IS NULL OR id < ?) ORDER BY id DESC LIMIT ?",
        REQUEST,
        jurisdiction.value(),
        jurisdiction.isProvince() ? jurisdiction.childrenLikePattern() : "",
        beforeId,
        beforeId,
        limit);
  }
}
