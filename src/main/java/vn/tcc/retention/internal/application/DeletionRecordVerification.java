package vn.tcc.retention.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.RecordVerification;
import vn.tcc.retention.internal.domain.RecordVerification.Check;
import vn.tcc.retention.internal.domain.RecordVerification.CheckName;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;

/**
 * Checks a stored record again from its bytes, trusting none of its other columns: the document's
 * hash, the signature over the document, the signer being the center (its current certificate or
 * one it signed with before), and the document naming the record's run. Every check runs, so the
 * answer names each that failed.
 *
 * <p>What this cannot catch alone: someone with the database superuser who signs a forged document
 * with his own key and adds his certificate to the known ones. Checking a record outside TCC with
 * the center's certificate from the Ministry ({@code openssl cms -verify}, README) does.
 */
public final class DeletionRecordVerification {
  private DeletionRecordVerification() {}

  /**
   * @param centerCertificate true for the fingerprint of a certificate the center signs or signed
   *     with
   */
  public static RecordVerification verify(
      StoredDeletionRecord.SignedRecordFiles files, Predicate<String> centerCertificate) {
    StoredDeletionRecord record = files.record();
    List<Check> checks = new ArrayList<>();

    String hash = Digests.sha256Hex(files.document());
    checks.add(
        hash.equals(record.documentSha256())
            ? Check.passed(CheckName.DOCUMENT_HASH)
            : Check.failed(
                CheckName.DOCUMENT_HASH,
                "the document's SHA-256 is "
                    + hash
                    + ", the record says "
                    + record.documentSha256()));

    CmsDetachedSignature.Check signature =
        CmsDetachedSignature.verify(files.document(), files.signature());
    checks.add(
        signature.valid()
            ? Check.passed(CheckName.SIGNATURE)
            : Check.failed(CheckName.SIGNATURE, signature.problem()));

    if (signature.signer() == null) {
      checks.add(Check.failed(CheckName.SIGNER_CERTIFICATE, "no signer certificate to check"));
    } else {
      String fingerprint = Digests.fingerprint(signature.signer());
      if (!fingerprint.equals(record.signerFingerprint())) {
        checks.add(
            Check.failed(
                CheckName.SIGNER_CERTIFICATE,
                "signed by certificate "
                    + fingerprint
                    + ", the record names "
                    + record.signerFingerprint()));
      } else if (!centerCertificate.test(fingerprint)) {
        checks.add(
            Check.failed(
                CheckName.SIGNER_CERTIFICATE,
                "certificate " + fingerprint + " is not one the center signs with"));
      } else {
        checks.add(Check.passed(CheckName.SIGNER_CERTIFICATE));
      }
    }

    checks.add(runMatches(files));
    return RecordVerification.of(checks);
  }

  private static Check runMatches(StoredDeletionRecord.SignedRecordFiles files) {
    DeletionRecordDocument.Scan content;
    // Read to the end as it streams by, counting the items without keeping them.
    try (InputStream in = files.document().open()) {
      content = DeletionRecordDocument.scan(in, 0, 0, true);
    } catch (IllegalArgumentException | IOException e) {
      return Check.failed(CheckName.RUN_MATCHES, "the document is not a readable record");
    }
    StoredDeletionRecord record = files.record();
    if (content.runId() != record.runId() || content.manual() != record.manual()) {
      return Check.failed(
          CheckName.RUN_MATCHES,
          "the document is of "
              + (content.manual() ? "manual deletion " : "run ")
              + content.runId()
              + ", the record of "
              + (record.manual() ? "manual deletion " : "run ")
              + record.runId());
    }
    if (content.itemsListed() != record.itemCount()) {
      return Check.failed(
          CheckName.RUN_MATCHES,
          "the document lists "
              + content.itemsListed()
              + " items, the record "
              + record.itemCount());
    }
    return Check.passed(CheckName.RUN_MATCHES);
  }
}
