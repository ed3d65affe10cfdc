package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.internal.domain.DeletionRecordContent;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.RecordVerification;
import vn.tcc.retention.internal.domain.RecordVerification.CheckName;
import vn.tcc.retention.internal.domain.SampleRecordContent;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;
import vn.tcc.retention.internal.domain.StoredDeletionRecord.SignedRecordFiles;

/** A stored record checked again from its bytes, as the verification endpoint does. */
class DeletionRecordVerificationTest {
  static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

  static DeletionRecordContent content() {
    return SampleRecordContent.content();
  }

  static SignedRecordFiles stored(DeletionRecordContent content, SigningIdentity signer) {
    byte[] document = DeletionRecordDocument.canonical(content);
    return files(content, document, Digests.sha256Hex(document), signer, signer);
  }

  static SignedRecordFiles files(
      DeletionRecordContent content,
      byte[] document,
      String hash,
      SigningIdentity signer,
      SigningIdentity named) {
    StoredDeletionRecord record =
        new StoredDeletionRecord(
            1,
            content.runId(),
            content.manual(),
            content.requestedBy(),
            content.approvedBy(),
            content.startedAt(),
            content.finishedAt(),
            content.items().size(),
            DeletionRecordDocument.deletedCount(content),
            hash,
            named.fingerprint(),
            NOW);
    return new SignedRecordFiles(record, document, CmsDetachedSignature.sign(document, signer));
  }

  @Test
  void a_record_as_signed_verifies() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    RecordVerification verification =
        DeletionRecordVerification.verify(stored(content(), center), center.fingerprint()::equals);
    assertTrue(verification.valid(), verification.toString());
    assertEquals(4, verification.checks().size());
  }

  @Test
  void an_item_size_changed_in_the_stored_document_fails_the_hash_and_the_signature()
      throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SignedRecordFiles signed = stored(content(), center);
    byte[] altered =
        new String(signed.document().readAll(), StandardCharsets.UTF_8)
            .replace("\"sizeBytes\":123456", "\"sizeBytes\":123")
            .getBytes(StandardCharsets.UTF_8);
    SignedRecordFiles tampered =
        new SignedRecordFiles(signed.record(), altered, signed.signature());

    RecordVerification verification =
        DeletionRecordVerification.verify(tampered, center.fingerprint()::equals);
    assertFalse(verification.valid());
    assertEquals(List.of(CheckName.DOCUMENT_HASH, CheckName.SIGNATURE), verification.failed());
  }

  @Test
  void an_altered_document_with_its_hash_recomputed_still_fails_the_signature() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SignedRecordFiles signed = stored(content(), center);
    byte[] altered =
        new String(signed.document().readAll(), StandardCharsets.UTF_8)
            .replace("\"sizeBytes\":123456", "\"sizeBytes\":123")
            .getBytes(StandardCharsets.UTF_8);
    StoredDeletionRecord r = signed.record();
    StoredDeletionRecord rehashed =
        new StoredDeletionRecord(
            r.id(),
            r.runId(),
            r.manual(),
            r.requestedBy(),
            r.approvedBy(),
            r.startedAt(),
            r.finishedAt(),
            r.itemCount(),
            r.deletedCount(),
            Digests.sha256Hex(altered),
            r.signerFingerprint(),
            r.recordedAt());

    RecordVerification verification =
        DeletionRecordVerification.verify(
            new SignedRecordFiles(rehashed, altered, signed.signature()),
            center.fingerprint()::equals);
    assertEquals(List.of(CheckName.SIGNATURE), verification.failed());
  }

  @Test
  void a_record_re_signed_with_another_key_fails_the_signer_certificate() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SigningIdentity intruder = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    RecordVerification verification =
        DeletionRecordVerification.verify(
            stored(content(), intruder), center.fingerprint()::equals);
    assertEquals(List.of(CheckName.SIGNER_CERTIFICATE), verification.failed());
    assertTrue(
        verification.checks().get(2).problem().contains("is not one the center signs with"),
        verification.toString());
  }

  @Test
  void a_record_signed_by_an_earlier_center_certificate_verifies() throws Exception {
    SigningIdentity earlier = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SigningIdentity current = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    RecordVerification verification =
        DeletionRecordVerification.verify(
            stored(content(), earlier),
            fingerprint ->
                fingerprint.equals(current.fingerprint())
                    || fingerprint.equals(earlier.fingerprint()));
    assertTrue(verification.valid(), verification.toString());
  }

  @Test
  void a_document_moved_to_another_run_fails_the_run_check() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SignedRecordFiles signed = stored(content(), center);
    StoredDeletionRecord r = signed.record();
    StoredDeletionRecord otherRun =
        new StoredDeletionRecord(
            r.id(),
            r.runId() + 1,
            r.manual(),
            r.requestedBy(),
            r.approvedBy(),
            r.startedAt(),
            r.finishedAt(),
            r.itemCount(),
            r.deletedCount(),
            r.documentSha256(),
            r.signerFingerprint(),
            r.recordedAt());
    RecordVerification verification =
        DeletionRecordVerification.verify(
            new SignedRecordFiles(otherRun, signed.document(), signed.signature()),
            center.fingerprint()::equals);
    assertEquals(List.of(CheckName.RUN_MATCHES), verification.failed());
  }
}
