package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.Notices;

/** Issued notices in plain JDBC; the documents are stored with their SHA-256. */
@ApplicationScoped
public class JdbcNotices implements Notices {

  private static final RowMapper<StoredNotice> NOTICE =
      row ->
          new StoredNotice(
              row.longValue("case_id"),
              row.string("notice_number"),
              row.string("verification_code"),
              row.string("evidence_sha256"),
              row.string("issued_by"),
              row.instant("issued_at"),
              row.date("response_due"),
              row.bytes("docx"),
              row.bytes("pdf"));

  private static final RowMapper<PublicNotice> PUBLIC_NOTICE =
      row ->
          new PublicNotice(
              row.string("notice_number"),
              row.instant("issued_at"),
              row.string("violation_type"),
              row.instant("occurred_at"),
              masked(row.string("verified_plate")),
              row.string("evidence_sha256"),
              row.string("state"),
              row.nullableLong("fine_vnd"),
              row.instant("penalty_decided_at"),
              row.instant("paid_at") != null);

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public String nextNumber(int year) {
    long next =
        jdbc.first(
                "number a notice",
                "SELECT nextval('violation.notice_number_seq') AS next_number",
                row -> row.longValue("next_number"))
            .orElseThrow();
    return String.format("TB-%d-%06d", year, next);
  }

  @Override
  public void save(StoredNotice notice) {
    jdbc.update(
        "store a notice",
        "INSERT INTO violation.notice (case_id, notice_number, verification_code,"
            + " evidence_sha256, issued_by, issued_at, response_due, docx, pdf,"
            + " docx_sha256, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notice.caseId(),
        notice.number(),
        notice.verificationCode(),
        notice.evidenceSha256(),
        notice.issuedBy(),
        notice.issuedAt(),
        notice.responseDue(),
        notice.docx(),
        notice.pdf(),
        sha256(notice.docx()),
        notice.pdf() == null ? null : sha256(notice.pdf()));
  }

  @Override
  public Optional<StoredNotice> ofCase(long caseId) {
    return jdbc.first(
        "read a notice",
        "SELECT case_id, notice_number, verification_code, evidence_sha256, issued_by,"
            + " issued_at, response_due, docx, pdf FROM violation.notice WHERE case_id = ?",
        NOTICE,
        caseId);
  }

  @Override
  public Optional<PublicNotice> byCode(String code) {
    return jdbc.first(
        "check a notice code",
        "SELECT n.notice_number, n.issued_at,"
            + " coalesce(c.verified_type, c.detected_type) AS violation_type, c.occurred_at,"
            + " c.verified_plate, n.evidence_sha256, c.state, c.fine_vnd, c.penalty_decided_at,"
            + " c.paid_at"
            + " FROM violation.notice n JOIN violation.violation_case c ON c.id ="
            + " n.case_id WHERE n.verification_code = ?",
        PUBLIC_NOTICE,
        code);
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
