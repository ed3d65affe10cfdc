package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.tcc.retention.internal.domain.DeletionRecordContent;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.DeletionRecords;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;

/**
 * {@link DeletionRecorder}: the run's content as its canonical document, signed (CMS, detached)
 * with the center's key, stored with the document's SHA-256 and the certificate's fingerprint. It
 * joins the caller's transaction, so a run that rolls back leaves no record and a run that commits
 * has one; a run recorded twice (resumed after a crash) keeps its first record.
 */
@ApplicationScoped
public class SignedDeletionRecorder implements DeletionRecorder {
  public static final String SIGNED = "RETENTION_DELETION_RECORD_SIGNED";

  private DeletionRecords records;
  private CenterSigningKey signingKey;
  private AuditTrail auditTrail;

  SignedDeletionRecorder() {}

  @Inject
  SignedDeletionRecorder(
      DeletionRecords records, CenterSigningKey signingKey, AuditTrail auditTrail) {
    this.records = records;
    this.signingKey = signingKey;
    this.auditTrail = auditTrail;
  }

  @Override
  @Transactional
  public long record(DeletionRecordContent content) {
    Optional<Long> earlier = records.idOfRun(content.manual(), content.runId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    byte[] document = DeletionRecordDocument.canonical(content);
    SigningIdentity identity = signingKey.current();
    byte[] signature = CmsDetachedSignature.sign(document, identity);
    records.rememberCertificate(
        identity.fingerprint(),
        Digests.der(identity.certificate()),
        identity.certificate().getSubjectX500Principal().getName(),
        identity.certificate().getNotAfter().toInstant());
    long id =
        records.add(
            new StoredDeletionRecord.NewRecord(
                content, document, Digests.sha256Hex(document), signature, identity.fingerprint()));
    auditTrail.record(
        new AuditRecord(
            SIGNED,
            "deletion_record",
            Long.toString(id),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            (content.manual() ? "manual" : "scheduled")
                + " deletion run="
                + content.runId()
                + " items="
                + content.items().size()
                + " deleted="
                + DeletionRecordDocument.deletedCount(content)
                + " signer="
                + identity.fingerprint()));
    return id;
  }
}
