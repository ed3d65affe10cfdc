package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementDocuments;

/** Receipts and certificates in {@code sharing.agreement_document} (append-only). */
@ApplicationScoped
public class JdbcAgreementDocuments implements AgreementDocuments {
  private static final RowMapper<AgreementDocument> DOCUMENT =
      row ->
          new AgreementDocument(
              row.longValue("id"),
              row.longValue("agreement_id"),
              AgreementDocument.Kind.valueOf(row.string("kind")),
              row.string("document_id"),
              row.bytes("content"),
              row.string("sha256"),
              row.string("issued_by"),
              row.instant("issued_at"),
              row.bytes("signature") == null
                  ? null
                  : new AgreementDocument.Signature(
                      row.string("signed_content"),
                      row.bytes("signature"),
                      row.string("signer_subject"),
                      row.string("signer_fingerprint")));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public AgreementDocument issue(AgreementDocument document) {
    AgreementDocument.Signature signature = document.signature();
    jdbc.update(
        "issue an agreement's document",
        """
        INSERT INTO sharing.agreement_document (agreement_id, kind, document_id, content, sha256,
                    issued_by, issued_at, signed_content, signature, signer_subject,
                    signer_fingerprint)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (agreement_id, kind) DO NOTHING
        """,
        document.agreementId(),
        document.kind().name(),
        document.documentId(),
        document.content(),
        document.sha256(),
        document.issuedBy(),
        document.issuedAt(),
        signature == null ? null : signature.signedContent(),
        signature == null ? null : signature.value(),
        signature == null ? null : signature.signerSubject(),
        signature == null ? null : signature.signerFingerprint());
    return find(document.agreementId(), document.kind()).orElseThrow();
  }

  @Override
  public Optional<AgreementDocument> find(long agreementId, AgreementDocument.Kind kind) {
    return jdbc.first(
        "read an agreement's document",
        "SELECT id, agreement_id, kind, document_id, content, sha256, issued_by, issued_at,"
            + " signed_content, signature, signer_subject, signer_fingerprint FROM sharing.agreement_document WHERE agreement_id = ? AND kind = ?",
        DOCUMENT,
        agreementId,
        kind.name());
  }

  @Override
  public List<AgreementDocument.Kind> kinds(long agreementId) {
    return jdbc.list(
        "list an agreement's documents",
        "SELECT kind FROM sharing.agreement_document WHERE agreement_id = ? ORDER BY id",
        row -> AgreementDocument.Kind.valueOf(row.string("kind")),
        agreementId);
  }

  @Override
  public String unitName(String jurisdictionCode) {
    return jdbc.first(
            "read a unit's name",
            "SELECT name_vi FROM shared.jurisdiction WHERE code = ?",
            row -> row.string("name_vi"),
            jurisdictionCode)
        .orElse(jurisdictionCode);
  }

  @Override
  public long allowedAccesses(long agreementId) {
    return jdbc.first(
            "count the accesses an agreement allowed",
            "SELECT count(*) AS n FROM sharing.access_log WHERE agreement_id = ? AND allowed",
            row -> row.longValue("n"),
            agreementId)
        .orElse(0L);
  }
}
