package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.ReportJob;
import vn.tcc.reporting.internal.domain.ReportJobs;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The jobs of {@code reporting.report_job}. Each update stands alone (no transaction of the
 * caller's): the worker's progress must be visible to the polling page at once.
 */
@ApplicationScoped
public class JdbcReportJobs implements ReportJobs {
  private static final String COLUMNS =
      "id, kind, target_id, format, state, progress, requested_by, jurisdiction_code, unit_code,"
          + " file_name, created_at, updated_at, finished_at";
  private static final RowMapper<ReportJob> JOB =
      row ->
          new ReportJob(
              row.longValue("id"),
              ReportJob.Kind.valueOf(row.string("kind")),
              row.longValue("target_id"),
              row.string("format"),
              ReportJob.State.valueOf(row.string("state")),
              row.intValue("progress"),
              row.string("requested_by"),
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
              row.string("unit_code"),
              row.string("file_name"),
              row.instant("created_at"),
              row.instant("updated_at"),
              row.instant("finished_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long create(
      ReportJob.Kind kind,
      long targetId,
      String format,
      String requestedBy,
      JurisdictionCode jurisdiction,
      String unitCode,
      Instant at) {
    return jdbc.first(
            "open a report job",
            "INSERT INTO reporting.report_job (kind, target_id, format, state, progress,"
                + " requested_by, jurisdiction_code, unit_code, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?) RETURNING id",
            row -> row.longValue("id"),
            kind.name(),
            targetId,
            format,
            requestedBy,
            jurisdiction == null ? null : jurisdiction.value(),
            unitCode,
            at,
            at)
        .orElseThrow();
  }

  @Override
  public Optional<ReportJob> find(long id) {
    return jdbc.first(
        "read a report job",
        "SELECT " + COLUMNS + " FROM reporting.report_job WHERE id = ?",
        JOB,
        id);
  }

  @Override
  public int activeSince(String requestedBy, Instant since) {
    return jdbc.first(
            "count a person's running report jobs",
            "SELECT count(*) AS n FROM reporting.report_job WHERE requested_by = ?"
                + " AND state IN ('QUEUED', 'RUNNING') AND updated_at >= ?",
            row -> row.intValue("n"),
            requestedBy,
            since)
        .orElse(0);
  }

  @Override
  public void touch(java.util.Collection<Long> ids, Instant at) {
    for (long id : ids) { // the few jobs one server holds at a time
      jdbc.update(
          "touch a report job",
          "UPDATE reporting.report_job SET updated_at = greatest(updated_at, ?) WHERE id = ?"
              + " AND state IN ('QUEUED', 'RUNNING')",
          at,
          id);
    }
  }

  @Override
  public void progress(long id, int progress, Instant at) {
    jdbc.update(
        "move a report job on",
        "UPDATE reporting.report_job SET state = 'RUNNING', progress = greatest(progress, ?),"
            + " updated_at = ? WHERE id = ? AND state IN ('QUEUED', 'RUNNING')",
        Math.max(0, Math.min(99, progress)),
        at,
        id);
  }

  @Override
  public void done(long id, String fileName, byte[] content, Instant at) {
    jdbc.update(
        "finish a report job",
        "UPDATE reporting.report_job SET state = 'DONE', progress = 100, file_name = ?,"
            + " content = ?, updated_at = ?, finished_at = ? WHERE id = ?",
        fileName,
        content,
        at,
        at,
        id);
  }

  @Override
  public void fail(long id, String failure, Instant at) {
    jdbc.update(
        "fail a report job",
        "UPDATE reporting.report_job SET state = 'FAILED', failure = ?, updated_at = ?,"
            + " finished_at = ? WHERE id = ? AND state <> 'DONE'",
        failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000),
        at,
        at,
        id);
  }

  @Override
  public Optional<byte[]> content(long id) {
    return jdbc.first(
        "read a report job's file",
        "SELECT content FROM reporting.report_job WHERE id = ? AND state = 'DONE'",
        row -> row.bytes("content"),
        id);
  }
}
