package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import vn.tcc.retention.internal.domain.DeletedItem;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.DeletionRecords;
import vn.tcc.retention.internal.domain.RecordDocument;
import vn.tcc.retention.internal.domain.RecordVerification;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Reading and verifying signed deletion records, for auditors, administrators and supervisors of
 * the province. A record covers a whole run, and its items say no commune (a deleted item's line
 * names its class, level and id, not its area), so records are the province's: staff of a commune
 * see none (an empty list; a record by id does not exist for them, 404). Every read and every
 * verification is on the audit trail.
 */
@ApplicationScoped
public class DeletionRecordAccess {
  public static final String LISTED = "RETENTION_DELETION_RECORDS_LISTED";
  public static final String VIEWED = "RETENTION_DELETION_RECORD_VIEWED";
  public static final String DOWNLOADED = "RETENTION_DELETION_RECORD_DOWNLOADED";
  public static final String VERIFIED = "RETENTION_DELETION_RECORD_VERIFIED";
  public static final int MAX_PAGE = 200;

  /** A record's items per page: a run's record may list a million. */
  public static final int MAX_ITEMS_PAGE = 1_000;

  static final Set<String> READERS = Set.of(Role.AUDITOR, Role.ADMIN, Role.SUPERVISOR);

  @Inject DeletionRecords records;
  @Inject CenterSigningKey signingKey;
  @Inject AuditTrail auditTrail;
  @Inject RetentionAccessDenials denials;

  /** A page of records, newest first, and where the next page starts (null at the end). */
  public record RecordPage(List<StoredDeletionRecord> items, Long nextBefore) {}

  /**
   * One record with a page of the items its signed document lists, from {@code offset} (the
   * record's {@code itemCount} says how many there are).
   */
  public record RecordDetail(
      StoredDeletionRecord record, long offset, int limit, List<DeletedItem> items) {}

  @Transactional
  public RecordPage page(Caller caller, Long before, int limit) {
    requireReader(caller);
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ProblemException(400, "retention.record.limitInvalid", MAX_PAGE);
    }
    if (!isProvinceStaff(caller)) {
      return new RecordPage(List.of(), null);
    }
    List<StoredDeletionRecord> items = records.page(before, limit);
    audit(LISTED, null, "before=" + before + " limit=" + limit + " shown=" + items.size());
    Long next = items.size() < limit ? null : items.get(items.size() - 1).id();
    return new RecordPage(items, next);
  }

  /** How many records the caller may see: all for the province's staff, none for a commune's. */
  public long count(Caller caller) {
    requireReader(caller);
    return isProvinceStaff(caller) ? records.count() : 0;
  }

  /**
   * The record and the items from {@code offset}, at most {@code limit}: read from the signed
   * document as it streams by (what was signed, not the plan's rows), stopping after the page.
   */
  @Transactional
  public RecordDetail detail(Caller caller, long id, long offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_ITEMS_PAGE) {
      throw new ProblemException(400, "retention.record.itemsPageInvalid", MAX_ITEMS_PAGE);
    }
    StoredDeletionRecord.SignedRecordFiles files = visible(caller, id);
    audit(VIEWED, id, offset == 0 ? null : "items from " + offset);
    return new RecordDetail(files.record(), offset, limit, itemsOf(files, offset, limit));
  }

  /** The canonical JSON document, as signed, to stream to the caller. */
  @Transactional
  public RecordDocument document(Caller caller, long id) {
    StoredDeletionRecord.SignedRecordFiles files = visible(caller, id);
    audit(DOWNLOADED, id, "document");
    return files.document();
  }

  /** The detached CMS signature (DER), for {@code openssl cms -verify -inform DER}. */
  @Transactional
  public byte[] signature(Caller caller, long id) {
    StoredDeletionRecord.SignedRecordFiles files = visible(caller, id);
    audit(DOWNLOADED, id, "signature");
    return files.signature();
  }

  /** The signer's certificate as PEM. */
  @Transactional
  public String certificate(Caller caller, long id) {
    StoredDeletionRecord.SignedRecordFiles files = visible(caller, id);
    byte[] der =
        records
            .certificate(files.record().signerFingerprint())
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    audit(DOWNLOADED, id, "certificate");
    return Digests.pem(der);
  }

  /** The record checked again from its stored bytes; the answer names each failed check. */
  @Transactional
  public RecordVerification verify(Caller caller, long id) {
    StoredDeletionRecord.SignedRecordFiles files = visible(caller, id);
    String current = signingKey.current().fingerprint();
    RecordVerification verification =
        DeletionRecordVerification.verify(
            files,
            fingerprint -> fingerprint.equals(current) || records.isKnownCertificate(fingerprint));
    audit(
        VERIFIED,
        id,
        verification.valid() ? "valid" : "INVALID, failed checks: " + verification.failed());
    return verification;
  }

  private StoredDeletionRecord.SignedRecordFiles visible(Caller caller, long id) {
    requireReader(caller);
    StoredDeletionRecord.SignedRecordFiles files =
        records.files(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (!isProvinceStaff(caller)) {
      denials.record("deletion_record", Long.toString(id), "jurisdiction");
      throw new ProblemException(404, "problem.404.detail");
    }
    return files;
  }

  private static List<DeletedItem> itemsOf(
      StoredDeletionRecord.SignedRecordFiles files, long offset, int limit) {
    try (InputStream in = files.document().open()) {
      return DeletionRecordDocument.scan(in, offset, limit, false).page();
    } catch (IOException | IllegalArgumentException unreadable) {
      // An altered document may not parse: the page still opens, and verification says why.
      return List.of();
    }
  }

  static void requireReader(Caller caller) {
    if (caller == null || !caller.isAuthenticated() || !caller.hasAnyRole(READERS)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }

  static boolean isProvinceStaff(Caller caller) {
    return caller.jurisdiction() != null && caller.jurisdiction().isProvince();
  }

  private void audit(String action, Long id, String details) {
    auditTrail.record(
        new AuditRecord(
            action,
            "deletion_record",
            id == null ? null : Long.toString(id),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            details));
  }
}
