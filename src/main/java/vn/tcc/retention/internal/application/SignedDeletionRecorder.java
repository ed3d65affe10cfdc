package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import vn.tcc.retention.internal.domain.DeletionRecordContent;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.DeletionRecords;
import vn.tcc.retention.internal.domain.RecordDocument;
import vn.tcc.retention.internal.domain.RecordItems;
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
    return record(DeletionRecordDocument.Header.of(content), content.items()::forEach);
  }

  /**
   * The document is written once, to a temporary file, hashed as it is written; the signature and
   * the stored parts read it back from there. A million items make a document of some 300 MB, which
   * never sits in the heap.
   */
  @Override
  @Transactional
  public long record(DeletionRecordDocument.Header header, RecordItems items) {
    Optional<Long> earlier = records.idOfRun(header.manual(), header.runId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Path file = null;
    try {
      file = Files.createTempFile("tcc-deletion-record-", ".json");
      MessageDigest sha256 = Digests.sha256();
      try (OutputStream out =
          new DigestOutputStream(
              new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256)) {
        DeletionRecordDocument.write(header, items, out);
      }
      Path written = file;
      RecordDocument document = () -> new BufferedInputStream(Files.newInputStream(written));
      String documentSha256 = HexFormat.of().formatHex(sha256.digest());
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
                  header, document, documentSha256, signature, identity.fingerprint()));
      auditTrail.record(
          new AuditRecord(
              SIGNED,
              "deletion_record",
              Long.toString(id),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              (header.manual() ? "manual" : "scheduled")
                  + " deletion run="
                  + header.runId()
                  + " items="
                  + header.itemCount()
                  + " deleted="
                  + header.deletedCount()
                  + " signer="
                  + identity.fingerprint()));
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the deletion record of run " + header.runId(), e);
    } finally {
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary copy of a record that is stored (or rolled back) anyway: nothing to keep.
    }
  }
}
