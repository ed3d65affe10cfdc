package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.retention.internal.application.RecentRuns;
import vn.tcc.retention.internal.application.ReviewBacklog;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The purge runs, their deletion records and the review queue, read for the dashboard from the
 * tables the purge ({@code retention.purge_run}), the signed records ({@code
 * retention.deletion_record}) and the review ({@code retention.review_item}) create in their own
 * migrations, built beside this one. Until they exist the answers are empty; the runs are read as
 * JSON rows so that a column named otherwise than expected leaves a blank on the dashboard, not a
 * failed page.
 */
@ApplicationScoped
public class JdbcRetentionActivity implements RecentRuns, ReviewBacklog {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<Run> latest(int limit) {
    if (!exists("retention.purge_run")) {
      return List.of();
    }
    boolean records = exists("retention.deletion_record");
    List<Run> runs =
        jdbc.list(
            "read the last purge runs",
            """
            SELECT j->>'id' AS id,
                   COALESCE(j->>'kind', j->>'mode', CASE WHEN (j->>'dry_run') = 'true' THEN 'DRY_RUN' END) AS kind,
                   COALESCE(j->>'state', j->>'status') AS state,
                   COALESCE(j->>'started_at', j->>'created_at') AS started_at,
                   j->>'finished_at' AS finished_at
              FROM (SELECT to_jsonb(r) AS j FROM retention.purge_run r) runs
             ORDER BY COALESCE(j->>'started_at', j->>'created_at') DESC NULLS LAST
             LIMIT ?
            """,
            row ->
                new Run(
                    row.string("id"),
                    row.string("kind"),
                    row.string("state"),
                    instant(row.string("started_at")),
                    instant(row.string("finished_at")),
                    null),
            limit);
    if (!records || runs.isEmpty()) {
      return runs;
    }
    return runs.stream()
        .map(
            run ->
                new Run(
                    run.id(),
                    run.kind(),
                    run.state(),
                    run.startedAt(),
                    run.finishedAt(),
                    run.id() == null ? null : recordOf(run.id())))
        .toList();
  }

  /** The waiting items of each commune's review queue (V16). */
  @Override
  public Optional<List<CommuneBacklog>> perCommune() {
    if (!exists("retention.review_item")) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.list(
            "count the review queue per commune",
            "SELECT jurisdiction_code AS jurisdiction, count(*) AS items"
                + " FROM retention.review_item WHERE state = 'WAITING'"
                + " GROUP BY 1 ORDER BY 1",
            row -> new CommuneBacklog(row.string("jurisdiction"), row.longValue("items"))));
  }

  private String recordOf(String runId) {
    return jdbc.first(
            "read the deletion record of a run",
            """
            SELECT j->>'id' AS id
              FROM (SELECT to_jsonb(d) AS j FROM retention.deletion_record d) records
             WHERE j->>'run_id' = ?
             LIMIT 1
            """,
            row -> row.string("id"),
            runId)
        .orElse(null);
  }

  private boolean exists(String table) {
    return jdbc.first(
            "look for " + table,
            "SELECT to_regclass(?) IS NOT NULL AS present",
            row -> row.bool("present"),
            table)
        .orElse(false);
  }

  /** A timestamptz as to_jsonb writes it (ISO-8601 with its offset); null when not one. */
  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
