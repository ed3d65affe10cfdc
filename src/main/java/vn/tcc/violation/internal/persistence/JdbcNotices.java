package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.violation.internal.application.Notices;

/** Issued notices in plain JDBC; the documents are stored with their SHA-256. */
@ApplicationScoped
public class JdbcNotices implements Notices {

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public String nextNumber(int year) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT nextval('violation.notice_number_seq')");
        ResultSet row = select.executeQuery()) {
      row.next();
      return String.format("TB-%d-%06d", year, row.getLong(1));
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("number a notice", e);
    }
  }

  @Override
  public void save(StoredNotice notice) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO violation.notice (case_id, notice_number, verification_code,"
                    + " evidence_sha256, issued_by, issued_at, response_due, docx, pdf,"
                    + " docx_sha256, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, notice.caseId());
      insert.setString(2, notice.number());
      insert.setString(3, notice.verificationCode());
      insert.setString(4, notice.evidenceSha256());
      insert.setString(5, notice.issuedBy());
      insert.setTimestamp(6, Timestamp.from(notice.issuedAt()));
      insert.setDate(7, Date.valueOf(notice.responseDue()));
      insert.setBytes(8, notice.docx());
      insert.setBytes(9, notice.pdf());
      insert.setString(10, sha256(notice.docx()));
      insert.setString(11, notice.pdf() == null ? null : sha256(notice.pdf()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("store a notice", e);
    }
  }

  @Override
  public Optional<StoredNotice> ofCase(long caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT case_id, notice_number, verification_code, evidence_sha256, issued_by,"
                    + " issued_at, response_due, docx, pdf FROM violation.notice WHERE case_id = ?")) {
      select.setLong(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredNotice(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                JdbcCaseRepository.instant(row, 6),
                row.getObject(7, java.time.LocalDate.class),
                row.getBytes(8),
                row.getBytes(9)));
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("read a notice", e);
    }
  }

  @Override
  public Optional<PublicNotice> byCode(String code) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT n.notice_number, n.issued_at, coalesce(c.verified_type, c.detected_type),"
                    + " c.occurred_at, c.verified_plate, n.evidence_sha256, c.state"
                    + " FROM violation.notice n JOIN violation.violation_case c ON c.id ="
                    + " n.case_id WHERE n.verification_code = ?")) {
      select.setString(1, code);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PublicNotice(
                row.getString(1),
                JdbcCaseRepository.instant(row, 2),
                row.getString(3),
                JdbcCaseRepository.instant(row, 4),
                masked(row.getString(5)),
                row.getString(6),
                row.getString(7)));
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("check a notice code", e);
    }
  }

  /** 81A12345 → 81A***45: enough for the holder to recognise his vehicle, not to find one. */
  static String masked(String plate) {
    if (plate == null || plate.length() < 6) {
      return "***";
    }
    return plate.substring(0, 3)
        + "*".repeat(plate.length() - 5)
        + plate.substring(plate.length() - 2);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
