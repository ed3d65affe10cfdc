package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.violation.internal.application.Appeals;

/** Appeals in plain JDBC. */
@ApplicationScoped
public class JdbcAppeals implements Appeals {

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public void file(long caseId, String grounds, String filedBy, Instant at) {
    update(
        "INSERT INTO violation.appeal (case_id, grounds, filed_by, filed_at) VALUES (?, ?, ?, ?)",
        caseId,
        grounds,
        filedBy,
        Timestamp.from(at));
  }

  @Override
  public void decide(long caseId, String decision, String reason, String decidedBy, Instant at) {
    update(
        "UPDATE violation.appeal SET decision = ?, decision_reason = ?, decided_by = ?,"
            + " decided_at = ? WHERE case_id = ?",
        decision,
        reason,
        decidedBy,
        Timestamp.from(at),
        caseId);
  }

  @Override
  public Optional<Appeal> of(long caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT grounds, filed_by, filed_at, decision, decision_reason, decided_by,"
                    + " decided_at FROM violation.appeal WHERE case_id = ?")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Appeal(
                row.getString(1),
                row.getString(2),
                JdbcCaseRepository.instant(row, 3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                JdbcCaseRepository.instant(row, 7)));
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("read an appeal", e);
    }
  }

  @Override
  public long addDocument(
      long caseId, String fileName, String mediaType, String sha256, byte[] content, String by) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO violation.appeal_document (case_id, file_name, media_type, sha256,"
                    + " content, uploaded_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
      insert.setLong(1, caseId);
      insert.setString(2, fileName);
      insert.setString(3, mediaType);
      insert.setString(4, sha256);
      insert.setBytes(5, content);
      insert.setString(6, by);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("store an appeal document", e);
    }
  }

  @Override
  public java.util.List<Document> documents(long caseId) {
    java.util.List<Document> documents = new java.util.ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, file_name, media_type, octet_length(content), sha256, uploaded_at"
                    + " FROM violation.appeal_document WHERE case_id = ? ORDER BY id")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          documents.add(
              new Document(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getLong(4),
                  row.getString(5),
                  JdbcCaseRepository.instant(row, 6)));
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("list appeal documents", e);
    }
    return documents;
  }

  @Override
  public Optional<byte[]> content(long caseId, long documentId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT content FROM violation.appeal_document WHERE case_id = ? AND id = ?")) {
      select.setLong(1, caseId);
      select.setLong(2, documentId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("read an appeal document", e);
    }
  }

  private void update(String sql, Object... parameters) {
    Sql.update(dataSource, "record an appeal", sql, parameters);
  }
}
