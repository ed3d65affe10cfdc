package vn.tcc.retention.internal.domain;

import java.time.Instant;

/**
 * A signed deletion record as stored: which run, who asked and approved, when, how many items, the
 * document's SHA-256 and the fingerprint (SHA-256 of the DER) of the certificate that signed it.
 * The document and the signature themselves are in {@link SignedRecordFiles}.
 */
public record StoredDeletionRecord(
    long id,
    long runId,
    boolean manual,
    String requestedBy,
    String approvedBy,
    Instant startedAt,
    Instant finishedAt,
    int itemCount,
    int deletedCount,
    String documentSha256,
    String signerFingerprint,
    Instant recordedAt)
    implements java.io.Serializable {

  /** What a record is stored with, before it has an id. */
  public record NewRecord(
      DeletionRecordDocument.Header header,
      RecordDocument document,
      String documentSha256,
      byte[] signature,
      String signerFingerprint) {}

  /**
   * A record with the bytes that were signed (read as a stream: they may be hundreds of MB) and the
   * signature (CMS SignedData, DER).
   */
  public record SignedRecordFiles(
      StoredDeletionRecord record, RecordDocument document, byte[] signature) {
    public SignedRecordFiles(StoredDeletionRecord record, byte[] document, byte[] signature) {
      this(record, RecordDocument.of(document), signature);
    }
  }
}
