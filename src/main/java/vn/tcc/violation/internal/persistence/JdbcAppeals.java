package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.Appeals;

/** Appeals in plain JDBC. */
@ApplicationScoped
public class JdbcAppeals implements Appeals {
  private static final RowMapper<Appeal> APPEAL =
      row ->
          new Appeal(
              row.string("grounds"),
              row.string("filed_by"),
              row.instant("filed_at"),
              row.string("decision"),
              row.string("decision_reason"),
              row.string("decided_by"),
              row.instant("decided_at"));

  private static final RowMapper<Document> DOCUMENT =
      row ->
          new Document(
              row.longValue("id"),
              row.string("file_name"),
              row.string("media_type"),
              row.longValue("size_bytes"),
              row.string("sha256"),
              row.instant("uploaded_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void file(long caseId, String grounds, String filedBy, Instant at) {
    jdbc.update(
        "record an appeal",
        "INSERT INTO violation.appeal (case_id, grounds, filed_by, filed_at) VALUES (?, ?, ?, ?)",
        caseId,
        grounds,
        filedBy,
        at);
  }

  @Override
  public void decide(long caseId, String decision, String reason, String decidedBy, Instant at) {
    jdbc.update(
        "record an appeal",
        "UPDATE violation.appeal SET decision = ?, decision_reason = ?, decided_by = ?,"
            + " decided_at = ? WHERE case_id = ?",
        decision,
        reason,
        decidedBy,
        at,
        caseId);
  }

  @Override
  public Optional<Appeal> of(long caseId) {
    return jdbc.first(
        "read an appeal",
        "SELECT grounds, filed_by, filed_at, decision, decision_reason, decided_by,"
            + " decided_at FROM violation.appeal WHERE case_id = ?",
        APPEAL,
        caseId);
  }

  @Override
  public long addDocument(
      long caseId, String fileName, String mediaType, String sha256, byte[] content, String by) {
    return jdbc.first(
            "store an appeal document",
            "INSERT INTO violation.appeal_document (case_id, file_name, media_type, sha256,"
                + " content, uploaded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            row -> row.longValue("id"),
            caseId,
            fileName,
            mediaType,
            sha256,
            content,
            by)
        .orElseThrow();
  }

  @Override
  public List<Document> documents(long caseId) {
    return jdbc.list(
        "list appeal documents",
        "SELECT id, file_name, media_type, octet_length(content) AS size_bytes, sha256,"
            + " uploaded_at FROM violation.appeal_document WHERE case_id = ? ORDER BY id",
        DOCUMENT,
        caseId);
  }

  @Override
  public Optional<byte[]> content(long caseId, long documentId) {
    return jdbc.first(
        "read an appeal document",
        "SELECT content FROM violation.appeal_document WHERE case_id = ? AND id = ?",
        row -> row.bytes("content"),
        caseId,
        documentId);
  }
}
