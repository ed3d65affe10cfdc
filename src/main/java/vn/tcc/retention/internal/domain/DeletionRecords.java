package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored signed deletion records and the certificates they were signed with (port). */
public interface DeletionRecords {

  /** The record of this run, if it has one. */
  Optional<Long> idOfRun(boolean manual, long runId);

  /**
   * Stores a record; when the run already has one (written meanwhile), answers that one's id and
   * stores nothing.
   */
  long add(StoredDeletionRecord.NewRecord record);

  /** Remembers a certificate the center signs with; nothing when it is known already. */
  void rememberCertificate(String fingerprint, byte[] der, String subject, Instant notAfter);

  /** True when the center signed with this certificate before. */
  boolean isKnownCertificate(String fingerprint);

  /** The DER certificate with this fingerprint. */
  Optional<byte[]> certificate(String fingerprint);

  Optional<StoredDeletionRecord> find(long id);

  Optional<StoredDeletionRecord.SignedRecordFiles> files(long id);

  /** Newest first, those with an id below {@code beforeId} (null: from the newest). */
  List<StoredDeletionRecord> page(Long beforeId, int limit);

  long count();
}
