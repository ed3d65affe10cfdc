package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.CustodyEntry;
import vn.tcc.retention.internal.domain.ReviewItem;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.retention.internal.domain.ReviewTransferRecord;
import vn.tcc.retention.internal.domain.StorageLocation;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The review queues, transfers, chain of custody and storage locations in {@code retention.
 * review_item}, {@code review_transfer}, {@code custody_entry} and {@code storage_location} (V16).
 * Queuing a page of a plan is one multi-row insert of unnested arrays, as the plan itself is.
 */
@ApplicationScoped
public class JdbcReviewQueue implements ReviewQueue {
  private static final String ITEM_COLUMNS =
      """
      SELECT id, data_class, item_id, jurisdiction_code, camera_code, captured_from, captured_to,
             due_at, size_bytes, sha256, description, policy_key, queued_at, expires_at, state,
             decided_by, decided_at, decision_reason, transfer_id
        FROM retention.review_item
      """;

  private static final RowMapper<ReviewItem> ITEM =
      row ->
          new ReviewItem(
              row.longValue("id"),
              DataClass.valueOf(row.string("data_class")),
              row.string("item_id"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.string("camera_code"),
              row.instant("captured_from"),
              row.instant("captured_to"),
              row.instant("due_at"),
              row.longValue("size_bytes"),
              row.string("sha256"),
              row.string("description"),
              row.string("policy_key"),
              row.instant("queued_at"),
              row.instant("expires_at"),
              ReviewState.valueOf(row.string("state")),
              row.string("decided_by"),
              row.instant("decided_at"),
              row.string("decision_reason"),
              row.nullableLong("transfer_id"));

  private static final RowMapper<StorageLocation> LOCATION =
      row ->
          new StorageLocation(
              row.string("code"),
              StorageLevel.valueOf(row.string("storage_level")),
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
              row.string("root"),
              row.nullableLong("capacity_bytes"));

  private static final String CUSTODY_COLUMNS =
      """
      c.id, c.transfer_id, c.review_item_id, c.data_class, c.item_id, c.from_location,
      c.to_location, c.from_path, c.to_path, c.sha256_before, c.sha256_after, c.bytes, c.moved_by,
      c.moved_at
      """;

  private static final RowMapper<CustodyEntry> CUSTODY =
      row ->
          new CustodyEntry(
              row.longValue("id"),
              row.longValue("transfer_id"),
              row.longValue("review_item_id"),
              DataClass.valueOf(row.string("data_class")),
              row.string("item_id"),
              row.string("from_location"),
              row.string("to_location"),
              row.string("from_path"),
              row.string("to_path"),
              row.string("sha256_before"),
              row.string("sha256_after"),
              row.longValue("bytes"),
              row.string("moved_by"),
              row.instant("moved_at"));

  private static final RowMapper<ReviewTransferRecord> TRANSFER =
      row ->
          new ReviewTransferRecord(
              row.longValue("id"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.string("reason"),
              row.string("transferred_by"),
              row.instant("transferred_at"),
              row.intValue("items"),
              row.longValue("bytes"));

  private static final String STAGING =
      """
      CREATE TEMP TABLE IF NOT EXISTS review_item_staging (
          data_class varchar(24), item_id varchar(300), jurisdiction_code varchar(64),
          camera_code varchar(64), captured_from timestamptz, captured_to timestamptz,
          due_at timestamptz, size_bytes bigint, sha256 varchar(64), description varchar(500),
          policy_key varchar(200), queued_at timestamptz, expires_at timestamptz,
          queued_by_run bigint)
      ON COMMIT DELETE ROWS
      """;

  private static final String COPY_STAGING =
      "COPY review_item_staging (data_class, item_id, jurisdiction_code, camera_code,"
          + " captured_from, captured_to, due_at, size_bytes, sha256, description, policy_key,"
          + " queued_at, expires_at, queued_by_run) FROM STDIN";

  private static final String FROM_STAGING =
      """
      WITH staged AS (DELETE FROM review_item_staging RETURNING *)
      INSERT INTO retention.review_item (data_class, item_id, jurisdiction_code, camera_code,
                  captured_from, captured_to, due_at, size_bytes, sha256, description,
                  policy_key, queued_at, expires_at, queued_by_run)
      SELECT data_class, item_id, jurisdiction_code, camera_code, captured_from, captured_to,
             due_at, size_bytes, sha256, description, policy_key, queued_at, expires_at,
             queued_by_run
        FROM staged
      ON CONFLICT (data_class, item_id) DO NOTHING
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void enqueue(List<ReviewItem> items, Long runId) {
    if (items.isEmpty()) {
      return;
    }
    List<String[]> rows = new ArrayList<>(items.size());
    for (ReviewItem item : items) {
      rows.add(
          new String[] {
            item.dataClass().name(),
            item.itemId(),
            item.jurisdiction().value(),
            item.cameraCode(),
            text(item.capturedFrom()),
            text(item.capturedTo()),
            item.dueAt().toString(),
            Long.toString(item.sizeBytes()),
            item.sha256(),
            item.description(),
            item.policyKey(),
            item.queuedAt().toString(),
            item.expiresAt().toString(),
            runId == null ? null : runId.toString()
          });
    }
    // COPY into a session's staging table (emptied at commit), then one insert that leaves an
    // item already queued as it is: COPY itself has no ON CONFLICT.
    jdbc.run(
        "queue items for review",
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
          }
          PgCopy.copyIn(connection, COPY_STAGING, rows);
          try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(FROM_STAGING);
          }
        });
    jdbc.update(
        "add the storage locations of communes",
        """
        INSERT INTO retention.storage_location (code, storage_level, jurisdiction_code, root)
        SELECT DISTINCT 'COMMUNE:' || j, 'COMMUNE_CENTER', j, 'TCC_EVIDENCE_DIR'
          FROM unnest(?::text[]) AS t(j)
        ON CONFLICT (code) DO NOTHING
        """,
        Jdbc.array("text", items.stream().map(i -> i.jurisdiction().value()).toList()));
  }

  @Override
  public boolean holdsAnyOf(DataClass dataClass) {
    return jdbc.first(
            "find whether the review queue holds an item of a class",
            "SELECT 1 AS found FROM retention.review_item WHERE data_class = ? LIMIT 1",
            row -> Boolean.TRUE,
            dataClass.name())
        .isPresent();
  }

  @Override
  public Map<String, ReviewState> statesOf(DataClass dataClass, Collection<String> itemIds) {
    Map<String, ReviewState> states = new LinkedHashMap<>();
    if (itemIds.isEmpty()) {
      return states;
    }
    jdbc.list(
            "read where queued items stand",
            "SELECT item_id, state FROM retention.review_item"
                + " WHERE data_class = ? AND item_id = ANY(?)",
            row -> Map.entry(row.string("item_id"), ReviewState.valueOf(row.string("state"))),
            dataClass.name(),
            Jdbc.array("varchar", itemIds))
        .forEach(e -> states.put(e.getKey(), e.getValue()));
    return states;
  }

  @Override
  public List<ReviewItem> pastGrace(Instant now, int limit) {
    return jdbc.list(
        "read review items past their grace period",
        ITEM_COLUMNS
            + " WHERE state = 'WAITING' AND expires_at <= ? ORDER BY expires_at, id LIMIT ?"
            + " FOR UPDATE",
        ITEM,
        now,
        limit);
  }

  @Override
  public List<ReviewItem> lockForDecision(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "lock review items for a decision",
        ITEM_COLUMNS + " WHERE id = ANY(?) ORDER BY id FOR UPDATE",
        ITEM,
        Jdbc.array("bigint", ids));
  }

  @Override
  public List<ReviewItem> lockWaiting(JurisdictionCode commune, int limit) {
    return jdbc.list(
        "lock a commune's waiting review items",
        ITEM_COLUMNS
            + " WHERE state = 'WAITING' AND jurisdiction_code = ? ORDER BY id LIMIT ? FOR UPDATE",
        ITEM,
        commune.value(),
        limit);
  }

  @Override
  public boolean recordDecision(ReviewItem decided) {
    return jdbc.update(
            "record a review decision",
            """
            UPDATE retention.review_item
               SET state = ?, decided_by = ?, decided_at = ?, decision_reason = ?, transfer_id = ?
             WHERE id = ? AND state = 'WAITING'
            """,
            decided.state().name(),
            decided.decidedBy(),
            decided.decidedAt(),
            decided.decisionReason(),
            decided.transferId(),
            decided.id())
        == 1;
  }

  @Override
  public List<ReviewItem> page(Filter filter, int offset, int limit) {
    Where where = Where.of(filter);
    List<Object> parameters = new ArrayList<>(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list(
        "list a review queue",
        ITEM_COLUMNS + where.sql() + " ORDER BY due_at, id LIMIT ? OFFSET ?",
        ITEM,
        parameters.toArray());
  }

  @Override
  public long count(Filter filter) {
    Where where = Where.of(filter);
    return jdbc.first(
            "count a review queue",
            "SELECT count(*) AS n FROM retention.review_item" + where.sql(),
            row -> row.longValue("n"),
            where.parameters().toArray())
        .orElse(0L);
  }

  @Override
  public Optional<ReviewItem> find(long id) {
    return jdbc.first("read a review item", ITEM_COLUMNS + " WHERE id = ?", ITEM, id);
  }

  @Override
  public long openTransfer(
      JurisdictionCode commune, String reason, String by, Instant at, int items, long bytes) {
    return jdbc.first(
            "open a transfer to the province",
            """
            INSERT INTO retention.review_transfer (jurisdiction_code, reason, transferred_by,
                        transferred_at, items, bytes)
            VALUES (?, ?, ?, ?, ?, ?) RETURNING id
            """,
            row -> row.longValue("id"),
            commune.value(),
            reason,
            by,
            at,
            items,
            bytes)
        .orElseThrow();
  }

  @Override
  public Optional<ReviewTransferRecord> transfer(long id) {
    return jdbc.first(
        "read a transfer to the province",
        "SELECT id, jurisdiction_code, reason, transferred_by, transferred_at, items, bytes"
            + " FROM retention.review_transfer WHERE id = ?",
        TRANSFER,
        id);
  }

  @Override
  public void addCustody(CustodyEntry entry) {
    jdbc.update(
        "record a link of the chain of custody",
        """
        INSERT INTO retention.custody_entry (transfer_id, review_item_id, data_class, item_id,
                    from_location, to_location, from_path, to_path, sha256_before, sha256_after,
                    bytes, moved_by, moved_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        entry.transferId(),
        entry.reviewItemId(),
        entry.dataClass().name(),
        entry.itemId(),
        entry.fromLocation(),
        entry.toLocation(),
        entry.fromPath(),
        entry.toPath(),
        entry.sha256Before(),
        entry.sha256After(),
        entry.bytes(),
        entry.movedBy(),
        entry.movedAt());
  }

  @Override
  public List<CustodyEntry> custodyOf(long transferId) {
    return jdbc.list(
        "read the chain of custody of a transfer",
        "SELECT "
            + CUSTODY_COLUMNS
            + " FROM retention.custody_entry c WHERE c.transfer_id = ?"
            + " ORDER BY c.id",
        CUSTODY,
        transferId);
  }

  @Override
  public List<Arrival> arrivals(JurisdictionCode from, int offset, int limit) {
    List<Object> parameters = new ArrayList<>();
    String where = "";
    if (from != null) {
      where = " WHERE t.jurisdiction_code = ?";
      parameters.add(from.value());
    }
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list(
        "list what arrived at the province",
        "SELECT "
            + CUSTODY_COLUMNS
            + ", t.jurisdiction_code AS from_commune, t.reason, i.camera_code"
            + " FROM retention.custody_entry c"
            + " JOIN retention.review_transfer t ON t.id = c.transfer_id"
            + " JOIN retention.review_item i ON i.id = c.review_item_id"
            + where
            + " ORDER BY c.moved_at DESC, c.id DESC LIMIT ? OFFSET ?",
        row ->
            new Arrival(
                CUSTODY.map(row),
                new JurisdictionCode(row.string("from_commune")),
                row.string("reason"),
                row.string("camera_code")),
        parameters.toArray());
  }

  @Override
  public long countArrivals(JurisdictionCode from) {
    return jdbc.first(
            "count what arrived at the province",
            "SELECT count(*) AS n FROM retention.custody_entry c"
                + " JOIN retention.review_transfer t ON t.id = c.transfer_id"
                + (from == null ? "" : " WHERE t.jurisdiction_code = ?"),
            row -> row.longValue("n"),
            from == null ? new Object[0] : new Object[] {from.value()})
        .orElse(0L);
  }

  @Override
  public StorageLocation communeLocation(JurisdictionCode commune) {
    jdbc.update(
        "add the storage location of a commune",
        """
        INSERT INTO retention.storage_location (code, storage_level, jurisdiction_code, root)
        VALUES (?, 'COMMUNE_CENTER', ?, 'TCC_EVIDENCE_DIR')
        ON CONFLICT (code) DO NOTHING
        """,
        StorageLocation.communeCode(commune),
        commune.value());
    return location(StorageLocation.communeCode(commune)).orElseThrow();
  }

  @Override
  public StorageLocation provinceLocation() {
    return location(StorageLocation.PROVINCE).orElseThrow();
  }

  @Override
  public List<StorageLocation> locations() {
    return jdbc.list(
        "list the storage locations",
        "SELECT code, storage_level, jurisdiction_code, root, capacity_bytes"
            + " FROM retention.storage_location ORDER BY storage_level DESC, code",
        LOCATION);
  }

  @Override
  public Map<String, Long> waitingPerCommune() {
    Map<String, Long> waiting = new LinkedHashMap<>();
    jdbc.list(
            "count the review queue per commune",
            "SELECT jurisdiction_code, count(*) AS n FROM retention.review_item"
                + " WHERE state = 'WAITING' GROUP BY jurisdiction_code ORDER BY jurisdiction_code",
            row -> Map.entry(row.string("jurisdiction_code"), row.longValue("n")))
        .forEach(e -> waiting.put(e.getKey(), e.getValue()));
    return waiting;
  }

  private Optional<StorageLocation> location(String code) {
    return jdbc.first(
        "read a storage location",
        "SELECT code, storage_level, jurisdiction_code, root, capacity_bytes"
            + " FROM retention.storage_location WHERE code = ?",
        LOCATION,
        code);
  }

  /** The conditions of a filter: a commune sees its own rows, the province every row. */
  private record Where(String sql, List<Object> parameters) {
    static Where of(Filter filter) {
      List<String> conditions = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (filter.scope() == null) {
        conditions.add("false");
      } else if (!filter.scope().isProvince()) {
        conditions.add("jurisdiction_code = ?");
        parameters.add(filter.scope().value());
      }
      if (filter.state() != null) {
        conditions.add("state = ?");
        parameters.add(filter.state().name());
      }
      if (filter.dataClass() != null) {
        conditions.add("data_class = ?");
        parameters.add(filter.dataClass().name());
      }
      if (filter.cameraCode() != null) {
        conditions.add("camera_code = ?");
        parameters.add(filter.cameraCode());
      }
      return new Where(
          conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
