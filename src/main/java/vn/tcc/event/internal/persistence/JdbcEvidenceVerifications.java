package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.internal.domain.EvidenceVerification;
import vn.tcc.event.internal.domain.EvidenceVerifications;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * {@code vms.evidence_verification} and its problems. The worker runs outside a transaction: each
 * page's findings and counts are one statement, so a crash loses at most the page under way, which
 * the next taker repeats (its findings are kept once: the key is the run and the file).
 */
@ApplicationScoped
public class JdbcEvidenceVerifications implements EvidenceVerifications {
  private static final String COLUMNS =
      "id, requested_by, requested_at, state, cursor_sha256, files_total, files_checked,"
          + " bytes_checked, files_missing, files_altered, started_at, updated_at, finished_at";
  private static final RowMapper<EvidenceVerification> RUN =
      row ->
          new EvidenceVerification(
              row.longValue("id"),
              row.string("requested_by"),
              row.instant("requested_at"),
              EvidenceVerification.State.valueOf(row.string("state")),
              row.string("cursor_sha256"),
              row.longValue("files_total"),
              row.longValue("files_checked"),
              row.longValue("bytes_checked"),
              row.longValue("files_missing"),
              row.longValue("files_altered"),
              row.instant("started_at"),
              row.instant("updated_at"),
              row.instant("finished_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Requested request(String requestedBy, Instant at) {
    Optional<EvidenceVerification> created =
        jdbc.first(
            "request a verification of the evidence stores",
            "INSERT INTO vms.evidence_verification (requested_by, requested_at, state, updated_at)"
                + " VALUES (?, ?, 'REQUESTED', ?) ON CONFLICT DO NOTHING RETURNING "
                + COLUMNS,
            RUN,
            requestedBy,
            at,
            at);
    if (created.isPresent()) {
      return new Requested(created.get(), true);
    }
    EvidenceVerification open =
        jdbc.first(
                "read the open verification of the evidence stores",
                "SELECT "
                    + COLUMNS
                    + " FROM vms.evidence_verification WHERE state IN ('REQUESTED', 'RUNNING')",
                RUN)
            .orElseThrow(() -> new IllegalStateException("No open verification, none created"));
    return new Requested(open, false);
  }

  @Override
  public Optional<EvidenceVerification> take(Instant staleBefore, Instant at) {
    return jdbc.first(
        "take a verification of the evidence stores",
        "UPDATE vms.evidence_verification SET state = 'RUNNING',"
            + " started_at = coalesce(started_at, ?), updated_at = ?,"
            + " files_total = (SELECT count(*) FROM vms.evidence)"
            + " WHERE state = 'REQUESTED' OR (state = 'RUNNING' AND updated_at < ?) RETURNING "
            + COLUMNS,
        RUN,
        at,
        at,
        staleBefore);
  }

  @Override
  public List<IndexedFile> filesAfter(String afterSha256, int limit) {
    return jdbc.list(
        "list indexed evidence files in order",
        "SELECT sha256, location FROM vms.evidence WHERE sha256 > coalesce(?::bpchar, '')"
            + " ORDER BY sha256 LIMIT ?",
        row -> new IndexedFile(row.string("sha256"), row.string("location")),
        afterSha256,
        limit);
  }

  @Override
  public void pageDone(
      long id,
      String cursorSha256,
      long checked,
      long bytes,
      List<EvidenceVerification.Finding> findings,
      Instant at) {
    long missing =
        findings.stream().filter(f -> f.problem() == EvidenceVerification.Problem.MISSING).count();
    long altered = findings.size() - missing;
    // One statement: the page's findings and its counts commit together or not at all.
    jdbc.update(
        "record a page of a verification of the evidence stores",
        "WITH found AS (INSERT INTO vms.evidence_verification_problem (verification_id, sha256,"
            + " location, problem, found_sha256, found_at)"
            + " SELECT ?, u.s, u.l, u.p, u.f, ? FROM unnest(?, ?, ?, ?) AS u(s, l, p, f)"
            + " ON CONFLICT DO NOTHING RETURNING 1)"
            + " UPDATE vms.evidence_verification SET cursor_sha256 = ?,"
            + " files_checked = files_checked + ?, bytes_checked = bytes_checked + ?,"
            + " files_missing = files_missing + ?, files_altered = files_altered + ?,"
            + " updated_at = ? WHERE id = ?",
        id,
        at,
        Jdbc.array("text", findings.stream().map(EvidenceVerification.Finding::sha256).toList()),
        Jdbc.array("text", findings.stream().map(EvidenceVerification.Finding::location).toList()),
        Jdbc.array("text", findings.stream().map(f -> f.problem().name()).toList()),
        Jdbc.array(
            "text", findings.stream().map(EvidenceVerification.Finding::foundSha256).toList()),
        cursorSha256,
        checked,
        bytes,
        missing,
        altered,
        at,
        id);
  }

  @Override
  public void finish(long id, EvidenceVerification.State state, String failure, Instant at) {
    jdbc.update(
        "finish a verification of the evidence stores",
        "UPDATE vms.evidence_verification SET state = ?, failure = ?, finished_at = ?,"
            + " updated_at = ? WHERE id = ?",
        state.name(),
        failure == null ? null : failure.substring(0, Math.min(500, failure.length())),
        at,
        at,
        id);
  }

  @Override
  public Optional<EvidenceVerification> find(long id) {
    return jdbc.first(
        "read a verification of the evidence stores",
        "SELECT " + COLUMNS + " FROM vms.evidence_verification WHERE id = ?",
        RUN,
        id);
  }

  @Override
  public List<EvidenceVerification> recent(int limit) {
    return jdbc.list(
        "read the verifications of the evidence stores",
        "SELECT " + COLUMNS + " FROM vms.evidence_verification ORDER BY id DESC LIMIT ?",
        RUN,
        limit);
  }

  @Override
  public List<EvidenceVerification.Finding> findings(long id, int limit) {
    return jdbc.list(
        "read what a verification of the evidence stores found",
        "SELECT sha256, location, problem, found_sha256 FROM vms.evidence_verification_problem"
            + " WHERE verification_id = ? ORDER BY sha256 LIMIT ?",
        row ->
            new EvidenceVerification.Finding(
                row.string("sha256"),
                row.string("location"),
                EvidenceVerification.Problem.valueOf(row.string("problem")),
                row.string("found_sha256")),
        id,
        limit);
  }
}
