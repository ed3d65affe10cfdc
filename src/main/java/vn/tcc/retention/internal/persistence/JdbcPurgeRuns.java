package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.DeletedItem;
import vn.tcc.retention.internal.domain.DueRule;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Purge runs and their plans in {@code retention.purge_run}, {@code purge_run_policy} and {@code
 * purge_item} (V13). A page of the plan is one COPY ({@link PgCopy}); a chunk's outcomes one update
 * from unnested arrays.
 */
@ApplicationScoped
public class JdbcPurgeRuns implements PurgeRuns {
  private static final String UNIQUE_VIOLATION = "23505";

  /** Any constant: the purge's advisory lock key ("RETPURGE" in ASCII). */
  static final long LOCK_KEY = 0x5245545055524745L;

  private static final String RUN_COLUMNS =
      """
      SELECT id, state, trigger_kind, scheduled_for, requested_by, requested_at, planned_as_of,
             planned_at, approval_kind, approved_by, approved_at, started_at, finished_at,
             record_id, items_due, bytes_due, items_review, items_done, failure
        FROM retention.purge_run
      """;

  private static final RowMapper<PurgeRun> RUN =
      row ->
          new PurgeRun(
              row.longValue("id"),
              PurgeState.valueOf(row.string("state")),
              PurgeRun.Trigger.valueOf(row.string("trigger_kind")),
              row.date("scheduled_for"),
              row.string("requested_by"),
              row.instant("requested_at"),
              row.instant("planned_as_of"),
              row.instant("planned_at"),
              row.string("approval_kind") == null
                  ? null
                  : PurgeRun.ApprovalKind.valueOf(row.string("approval_kind")),
              row.string("approved_by"),
              row.instant("approved_at"),
              row.instant("started_at"),
              row.instant("finished_at"),
              row.nullableLong("record_id"),
              row.longValue("items_due"),
              row.longValue("bytes_due"),
              row.longValue("items_review"),
              row.longValue("items_done"),
              row.string("failure"));

  private static final String ITEM_COLUMNS =
      """
      SELECT seq, data_class, storage_level, jurisdiction_code, owner_type, item_id,
             retention_starts_at, camera_code, captured_from, captured_to, cases, agreement_id,
             agreement_period, size_bytes, sha256, description, policy_key, end_action,
             kept_through, state, outcome_detail
        FROM retention.purge_item
      """;

  private static final RowMapper<PlannedItem> ITEM =
      row ->
          new PlannedItem(
              row.intValue("seq"),
              new RetainedRecord(
                  DataClass.valueOf(row.string("data_class")),
                  row.string("item_id"),
                  StorageLevel.valueOf(row.string("storage_level")),
                  JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
                  row.string("owner_type") == null
                      ? null
                      : OwnerType.valueOf(row.string("owner_type")),
                  row.instant("retention_starts_at"),
                  row.string("camera_code"),
                  row.instant("captured_from"),
                  row.instant("captured_to"),
                  cases(row.string("cases")),
                  row.string("agreement_id"),
                  row.string("agreement_period") == null
                      ? null
                      : Period.parse(row.string("agreement_period")),
                  row.longValue("size_bytes"),
                  row.string("sha256"),
                  row.string("description")),
              row.string("policy_key"),
              EndAction.valueOf(row.string("end_action")),
              row.date("kept_through"),
              PlannedItemState.valueOf(row.string("state")),
              row.string("outcome_detail"));

  private static final String COPY_ITEMS =
      """
      COPY retention.purge_item (run_id, seq, data_class, storage_level, jurisdiction_code,
           owner_type, item_id, retention_starts_at, camera_code, captured_from, captured_to, cases,
           agreement_id, agreement_period, size_bytes, sha256, description, policy_key, end_action,
           kept_through, state)
      FROM STDIN
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long open(
      PurgeRun.Trigger trigger, String requestedBy, Instant asOf, LocalDate scheduledFor) {
    try {
      return jdbc.first(
              "open a purge run",
              """
              INSERT INTO retention.purge_run (state, trigger_kind, scheduled_for, requested_by,
                          planned_as_of)
              VALUES ('PLANNING', ?, ?, ?, ?)
              RETURNING id
              """,
              row -> row.longValue("id"),
              trigger.name(),
              scheduledFor,
              requestedBy,
              asOf)
          .orElseThrow();
    } catch (DataAccessFailure failure) {
      throw uniqueAsConflict(failure, scheduledFor);
    }
  }

  @Override
  public Optional<PurgeRun> find(long id) {
    return jdbc.first("read a purge run", RUN_COLUMNS + " WHERE id = ?", RUN, id);
  }

  @Override
  public Optional<PurgeRun> active() {
    return jdbc.first(
        "read the active purge run",
        RUN_COLUMNS + " WHERE state IN ('PLANNING', 'APPROVED', 'RUNNING') ORDER BY id LIMIT 1",
        RUN);
  }

  @Override
  public List<PurgeRun> list(int offset, int limit) {
    return jdbc.list(
        "list purge runs", RUN_COLUMNS + " ORDER BY id DESC LIMIT ? OFFSET ?", RUN, limit, offset);
  }

  @Override
  public long count() {
    return jdbc.first(
            "count purge runs",
            "SELECT count(*) AS n FROM retention.purge_run",
            row -> row.longValue("n"))
        .orElse(0L);
  }

  @Override
  public void clearPlan(long runId) {
    jdbc.update("clear a purge plan", "DELETE FROM retention.purge_item WHERE run_id = ?", runId);
    jdbc.update(
        "clear a purge plan's rules",
        "DELETE FROM retention.purge_run_policy WHERE run_id = ?",
        runId);
  }

  @Override
  public void addPlanned(long runId, List<PlannedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    String run = Long.toString(runId);
    List<String[]> rows = new ArrayList<>(items.size());
    for (PlannedItem item : items) {
      RetainedRecord r = item.record();
      rows.add(
          new String[] {
            run,
            Integer.toString(item.seq()),
            r.dataClass().name(),
            r.level().name(),
            r.jurisdiction() == null ? null : r.jurisdiction().value(),
            r.ownerType() == null ? null : r.ownerType().name(),
            r.itemId(),
            r.retentionStartsAt().toString(),
            r.cameraCode(),
            text(r.capturedFrom()),
            text(r.capturedTo()),
            casesText(r.cases()),
            r.agreementId(),
            text(r.agreementPeriod()),
            Long.toString(r.sizeBytes()),
            r.sha256(),
            r.description() == null || r.description().length() <= 500
                ? r.description()
                : r.description().substring(0, 500),
            item.ruleKey(),
            item.endAction().name(),
            text(item.keptThrough()),
            item.state().name()
          });
    }
    jdbc.run(
        "store a page of a purge plan", connection -> PgCopy.copyIn(connection, COPY_ITEMS, rows));
  }

  @Override
  public void finishPlan(long runId, Collection<DueRule> rules, Instant at) {
    List<DueRule> all = List.copyOf(rules);
    if (!all.isEmpty()) {
      jdbc.update(
          "store a purge plan's rules",
          """
          INSERT INTO retention.purge_run_policy (run_id, policy_key, version, legal_basis)
          SELECT ?, t.k, t.v::integer, t.b
            FROM unnest(?::text[], ?::text[], ?::text[]) AS t(k, v, b)
          """,
          runId,
          Jdbc.array("text", all.stream().map(DueRule::key).toList()),
          Jdbc.array("text", all.stream().map(r -> Integer.toString(r.version())).toList()),
          Jdbc.array("text", all.stream().map(DueRule::legalBasis).toList()));
    }
    // A plan adds hundreds of thousands of lines in seconds; the purge that follows reads them by
    // chunk, and without fresh statistics PostgreSQL may scan the whole table for every chunk
    // (autovacuum's analyze comes a minute later at best). A sample of 30,000 rows: well under a
    // second. An account that does not own the table gets a warning, not an error.
    jdbc.update("refresh the statistics of the plan lines", "ANALYZE retention.purge_item");
    jdbc.update(
        "finish a purge plan",
        """
        UPDATE retention.purge_run r
           SET state = 'PLANNED', planned_at = ?,
               items_due = c.due, bytes_due = c.bytes, items_review = c.review
          FROM (SELECT count(*) FILTER (WHERE state <> 'REVIEW_DUE') AS due,
                       coalesce(sum(size_bytes) FILTER (WHERE state <> 'REVIEW_DUE'), 0) AS bytes,
                       count(*) FILTER (WHERE state = 'REVIEW_DUE') AS review
                  FROM retention.purge_item WHERE run_id = ?) c
         WHERE r.id = ? AND r.state = 'PLANNING'
        """,
        at,
        runId,
        runId);
  }

  @Override
  public Set<String> rulesNeverApproved(long runId) {
    return new HashSet<>(
        jdbc.list(
            "find the rules of a plan no one approved before",
            """
            SELECT p.policy_key FROM retention.purge_run_policy p
             WHERE p.run_id = ?
               AND NOT EXISTS (
                   SELECT 1 FROM retention.purge_run_policy q
                     JOIN retention.purge_run r ON r.id = q.run_id
                    WHERE q.policy_key = p.policy_key AND q.run_id <> p.run_id
                      AND r.approval_kind = 'PERSON')
            """,
            row -> row.string("policy_key"),
            runId));
  }

  @Override
  public boolean approve(long runId, PurgeRun.ApprovalKind kind, String by, Instant at) {
    try {
      return jdbc.update(
              "approve a purge run",
              """
              UPDATE retention.purge_run
                 SET state = 'APPROVED', approval_kind = ?, approved_by = ?, approved_at = ?
               WHERE id = ? AND state = 'PLANNED'
              """,
              kind.name(),
              by,
              at,
              runId)
          == 1;
    } catch (DataAccessFailure failure) {
      throw uniqueAsConflict(failure, null);
    }
  }

  @Override
  public boolean start(long runId, Instant at) {
    return jdbc.update(
            "start a purge run",
            "UPDATE retention.purge_run SET state = 'RUNNING', started_at = ?"
                + " WHERE id = ? AND state = 'APPROVED'",
            at,
            runId)
        == 1;
  }

  @Override
  public boolean lockForChunk() {
    return jdbc.first(
            "take the purge's lock",
            "SELECT pg_try_advisory_xact_lock(?) AS locked",
            row -> row.bool("locked"),
            LOCK_KEY)
        .orElse(false);
  }

  @Override
  public List<PlannedItem> nextDue(long runId, int limit) {
    return jdbc.list(
        "read the next purge chunk",
        ITEM_COLUMNS + " WHERE run_id = ? AND state = 'DUE' ORDER BY seq LIMIT ?",
        ITEM,
        runId,
        limit);
  }

  @Override
  public int recordOutcomes(long runId, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return 0;
    }
    int recorded =
        jdbc.update(
            "record purge outcomes",
            """
            UPDATE retention.purge_item i
               SET state = o.state, outcome_detail = o.detail, done_at = now()
              FROM unnest(?::integer[], ?::text[], ?::text[]) AS o(seq, state, detail)
             WHERE i.run_id = ? AND i.seq = o.seq AND i.state = 'DUE'
            """,
            Jdbc.array("integer", outcomes.stream().map(Outcome::seq).toList()),
            Jdbc.array("text", outcomes.stream().map(o -> o.state().name()).toList()),
            Jdbc.array("text", outcomes.stream().map(Outcome::detail).toList()),
            runId);
    jdbc.update(
        "count purge progress",
        "UPDATE retention.purge_run SET items_done = items_done + ? WHERE id = ?",
        recorded,
        runId);
    return recorded;
  }

  /** The lines a deletion record lists: those the owning module answered for. */
  private static final String RECORDED =
      """
        FROM retention.purge_item i
        JOIN retention.purge_run_policy p ON p.run_id = i.run_id AND p.policy_key = i.policy_key
       WHERE i.run_id = ? AND i.state IN ('DELETED', 'ALREADY_GONE', 'LOCKED', 'UNSUPPORTED',
                                           'FAILED')
      """;

  @Override
  public void forEachDeletionRecordItem(long runId, Consumer<DeletedItem> each) {
    // Through a cursor, 1,000 lines at a time, in the caller's transaction.
    try (Stream<DeletedItem> items =
        jdbc.stream(
            "read a purge run's deletions",
            "SELECT i.data_class, i.item_id, i.storage_level, i.sha256, i.size_bytes, i.state,"
                + " i.outcome_detail, p.version, p.legal_basis"
                + RECORDED
                + " ORDER BY i.seq",
            1_000,
            row ->
                new DeletedItem(
                    DataClass.valueOf(row.string("data_class")),
                    row.string("item_id"),
                    StorageLevel.valueOf(row.string("storage_level")),
                    row.string("sha256"),
                    row.longValue("size_bytes"),
                    row.intValue("version"),
                    row.string("legal_basis"),
                    PlannedItemState.valueOf(row.string("state")).asResult(),
                    row.string("outcome_detail")),
            runId)) {
      items.forEach(each);
    }
  }

  private record OutcomeCount(String state, long items, long bytes) {}

  @Override
  public RecordCounts deletionRecordCounts(long runId) {
    Map<String, Long> items = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    jdbc.list(
            "count a purge run's deletions",
            "SELECT i.state, count(*) AS n, coalesce(sum(i.size_bytes), 0) AS b"
                + RECORDED
                + " GROUP BY i.state ORDER BY i.state",
            row -> new OutcomeCount(row.string("state"), row.longValue("n"), row.longValue("b")),
            runId)
        .forEach(
            line -> {
              items.put(line.state(), line.items());
              bytes.put(line.state(), line.bytes());
            });
    return new RecordCounts(items, bytes);
  }

  @Override
  public void finish(long runId, long recordId, Instant at) {
    jdbc.update(
        "finish a purge run",
        "UPDATE retention.purge_run SET state = 'DONE', record_id = ?, finished_at = ?"
            + " WHERE id = ? AND state = 'RUNNING'",
        recordId,
        at,
        runId);
  }

  @Override
  public void fail(long runId, String why) {
    jdbc.update(
        "mark a purge run failed",
        "UPDATE retention.purge_run SET state = 'FAILED', failure = ? WHERE id = ?"
            + " AND state IN ('PLANNING', 'APPROVED', 'RUNNING')",
        why,
        runId);
  }

  @Override
  public boolean resume(long runId) {
    try {
      return jdbc.update(
              "resume a purge run",
              """
              UPDATE retention.purge_run
                 SET state = CASE WHEN planned_at IS NULL THEN 'PLANNING' ELSE 'APPROVED' END,
                     failure = NULL
               WHERE id = ? AND state = 'FAILED'
                 AND (planned_at IS NULL OR approval_kind IS NOT NULL)
              """,
              runId)
          == 1;
    } catch (DataAccessFailure failure) {
      throw uniqueAsConflict(failure, null);
    }
  }

  private record RunRule(long runId, DueRule rule) {}

  @Override
  public Map<Long, List<DueRule>> rules(Collection<Long> runIds) {
    Map<Long, List<DueRule>> byRun = new LinkedHashMap<>();
    if (runIds.isEmpty()) {
      return byRun;
    }
    jdbc.list(
            "read the rules of purge runs",
            "SELECT run_id, policy_key, version, legal_basis FROM retention.purge_run_policy"
                + " WHERE run_id = ANY(?) ORDER BY run_id, policy_key",
            row ->
                new RunRule(
                    row.longValue("run_id"),
                    new DueRule(
                        row.string("policy_key"),
                        row.intValue("version"),
                        row.string("legal_basis"))),
            Jdbc.array("bigint", runIds))
        .forEach(r -> byRun.computeIfAbsent(r.runId(), id -> new ArrayList<>()).add(r.rule()));
    return byRun;
  }

  @Override
  public List<SummaryLine> summary(long runId, JurisdictionCode scope) {
    Scope where = Scope.of(scope);
    List<Object> parameters = new ArrayList<>(List.of(runId));
    parameters.addAll(where.parameters());
    return jdbc.list(
        "summarise a purge plan",
        "SELECT data_class, storage_level, state, count(*) AS n, coalesce(sum(size_bytes), 0) AS b"
            + " FROM retention.purge_item WHERE run_id = ?"
            + where.sql()
            + " GROUP BY data_class, storage_level, state"
            + " ORDER BY data_class, storage_level, state",
        row ->
            new SummaryLine(
                DataClass.valueOf(row.string("data_class")),
                StorageLevel.valueOf(row.string("storage_level")),
                PlannedItemState.valueOf(row.string("state")),
                row.longValue("n"),
                row.longValue("b")),
        parameters.toArray());
  }

  @Override
  public List<PlannedItem> items(
      long runId,
      DataClass dataClass,
      StorageLevel level,
      JurisdictionCode scope,
      int offset,
      int limit) {
    StringBuilder sql = new StringBuilder(ITEM_COLUMNS).append(" WHERE run_id = ?");
    List<Object> parameters = new ArrayList<>(List.of(runId));
    if (dataClass != null) {
      sql.append(" AND data_class = ?");
      parameters.add(dataClass.name());
    }
    if (level != null) {
      sql.append(" AND storage_level = ?");
      parameters.add(level.name());
    }
    Scope where = Scope.of(scope);
    sql.append(where.sql()).append(" ORDER BY seq LIMIT ? OFFSET ?");
    parameters.addAll(where.parameters());
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list("list a purge plan", sql.toString(), ITEM, parameters.toArray());
  }

  /**
   * The lines a reader of {@code area} sees: the province sees every line (also those of no
   * jurisdiction, such as the audit trail's); a commune only its own.
   */
  private record Scope(String sql, List<Object> parameters) {
    static Scope of(JurisdictionCode area) {
      if (area == null) {
        return new Scope(" AND false", List.of());
      }
      if (area.isProvince()) {
        return new Scope("", List.of());
      }
      return new Scope(" AND jurisdiction_code = ?", List.of(area.value()));
    }
  }

  private static RuntimeException uniqueAsConflict(
      DataAccessFailure failure, LocalDate scheduledFor) {
    if (!UNIQUE_VIOLATION.equals(failure.sqlState())) {
      return failure;
    }
    String message =
        String.valueOf(failure.getCause() == null ? "" : failure.getCause().getMessage());
    if (scheduledFor != null && message.contains("scheduled_for")) {
      return new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.run.alreadyScheduled", scheduledFor);
    }
    return new RetentionRuleException(
        RetentionRuleException.CONFLICT, "retention.run.anotherActive");
  }

  static String casesText(List<CaseLink> cases) {
    if (cases.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (CaseLink link : cases) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(link.caseNumber())
          .append('|')
          .append(link.standing().name())
          .append('|')
          .append(link.closedAt() == null ? "" : link.closedAt().toString());
    }
    return text.toString();
  }

  static List<CaseLink> cases(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<CaseLink> links = new ArrayList<>();
    for (String one : text.split(";")) {
      String[] parts = one.split("\\|", -1);
      links.add(
          new CaseLink(
              parts[0],
              CaseLink.Standing.valueOf(parts[1]),
              parts[2].isEmpty() ? null : Instant.parse(parts[2])));
    }
    return links;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
