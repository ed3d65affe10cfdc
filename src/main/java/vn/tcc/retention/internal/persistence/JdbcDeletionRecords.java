package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.DeletionRecords;
import vn.tcc.retention.internal.domain.RecordDocument;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The signed records in {@code retention.deletion_record} and the center's certificates in {@code
 * retention.signing_certificate} (V14; both append-only in the database).
 */
@ApplicationScoped
public class JdbcDeletionRecords implements DeletionRecords {
  /** 1 MiB: a document of a million items is some 300 parts. */
  static final int PART_BYTES = 1 << 20;

  private static final String SUMMARY_COLUMNS =
      """
      SELECT id, run_id, manual, requested_by, approved_by, started_at, finished_at, item_count,
             deleted_count, document_sha256, signer_fingerprint, recorded_at
      """;

  private static final RowMapper<StoredDeletionRecord> SUMMARY =
      row ->
          new StoredDeletionRecord(
              row.longValue("id"),
              row.longValue("run_id"),
              row.bool("manual"),
              row.string("requested_by"),
              row.string("approved_by"),
              row.instant("started_at"),
              row.instant("finished_at"),
              row.intValue("item_count"),
              row.intValue("deleted_count"),
              row.string("document_sha256"),
              row.string("signer_fingerprint"),
              row.instant("recorded_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Long> idOfRun(boolean manual, long runId) {
    return jdbc.first(
        "find the deletion record of a run",
        "SELECT id FROM retention.deletion_record WHERE manual = ? AND run_id = ?",
        row -> row.longValue("id"),
        manual,
        runId);
  }

  @Override
  public long add(StoredDeletionRecord.NewRecord record) {
    DeletionRecordDocument.Header header = record.header();
    Optional<Long> inserted =
        jdbc.first(
            "store a deletion record",
            """
            INSERT INTO retention.deletion_record (run_id, manual, requested_by, approved_by,
                        started_at, finished_at, item_count, deleted_count, document,
                        document_sha256, signature, signer_fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
            ON CONFLICT (manual, run_id) DO NOTHING
            RETURNING id
            """,
            row -> row.longValue("id"),
            header.runId(),
            header.manual(),
            header.requestedBy() == null ? "" : header.requestedBy(),
            header.approvedBy(),
            header.startedAt(),
            header.finishedAt(),
            Math.toIntExact(header.itemCount()),
            Math.toIntExact(header.deletedCount()),
            record.documentSha256(),
            record.signature(),
            record.signerFingerprint());
    if (inserted.isEmpty()) {
      // Recorded meanwhile by another attempt of the same run: that one is the run's record.
      return idOfRun(header.manual(), header.runId()).orElseThrow();
    }
    storeParts(inserted.get(), record.document());
    return inserted.get();
  }

  /**
   * The document in parts of {@value #PART_BYTES} bytes, one statement each, in the caller's tx.
   */
  private void storeParts(long recordId, RecordDocument document) {
    try (InputStream in = document.open()) {
      int part = 0;
      for (byte[] bytes = in.readNBytes(PART_BYTES);
          bytes.length > 0;
          bytes = in.readNBytes(PART_BYTES)) {
        jdbc.update(
            "store a part of a deletion record",
            "INSERT INTO retention.deletion_record_part (record_id, part, bytes) VALUES (?, ?, ?)",
            recordId,
            part++,
            bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deletion record to store", e);
    }
  }

  /**
   * A stored document as a stream: the old records' column, or the parts read one at a time as the
   * reader gets to them (each a query of its own: a record never changes, so no transaction needs
   * to hold them together).
   */
  private RecordDocument document(long recordId, byte[] inline) {
    if (inline != null) {
      return RecordDocument.of(inline);
    }
    return () -> new PartStream(recordId);
  }

  private final class PartStream extends InputStream {
    private final long recordId;
    private int next;
    private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);
    private boolean ended;

    PartStream(long recordId) {
      this.recordId = recordId;
    }

    private boolean fill() {
      while (!ended && current.available() == 0) {
        Optional<byte[]> part =
            jdbc.first(
                "read a part of a deletion record",
                "SELECT bytes FROM retention.deletion_record_part WHERE record_id = ? AND part = ?",
                row -> row.bytes("bytes"),
                recordId,
                next++);
        if (part.isEmpty()) {
          ended = true;
        } else {
          current = new ByteArrayInputStream(part.get());
        }
      }
      return !ended || current.available() > 0;
    }

    @Override
    public int read() {
      return fill() ? current.read() : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      return fill() ? current.read(buffer, offset, length) : -1;
    }
  }

  @Override
  public void rememberCertificate(
      String fingerprint, byte[] der, String subject, Instant notAfter) {
    jdbc.update(
        "remember a signing certificate",
        """
        INSERT INTO retention.signing_certificate (fingerprint, certificate, subject, not_after)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (fingerprint) DO NOTHING
        """,
        fingerprint,
        der,
        subject.length() > 1000 ? subject.substring(0, 1000) : subject,
        notAfter);
  }

  @Override
  public boolean isKnownCertificate(String fingerprint) {
    return jdbc.first(
            "look up a signing certificate",
            "SELECT 1 AS known FROM retention.signing_certificate WHERE fingerprint = ?",
            row -> Boolean.TRUE,
            fingerprint)
        .isPresent();
  }

  @Override
  public Optional<byte[]> certificate(String fingerprint) {
    return jdbc.first(
        "read a signing certificate",
        "SELECT certificate FROM retention.signing_certificate WHERE fingerprint = ?",
        row -> row.bytes("certificate"),
        fingerprint);
  }

  @Override
  public Optional<StoredDeletionRecord> find(long id) {
    return jdbc.first(
        "read a deletion record",
        SUMMARY_COLUMNS + " FROM retention.deletion_record WHERE id = ?",
        SUMMARY,
        id);
  }

  @Override
  public Optional<StoredDeletionRecord.SignedRecordFiles> files(long id) {
    return jdbc.first(
        "read a deletion record's document and signature",
        SUMMARY_COLUMNS + ", document, signature FROM retention.deletion_record WHERE id = ?",
        row -> {
          StoredDeletionRecord record = SUMMARY.map(row);
          return new StoredDeletionRecord.SignedRecordFiles(
              record, document(record.id(), row.bytes("document")), row.bytes("signature"));
        },
        id);
  }

  @Override
  public List<StoredDeletionRecord> page(Long beforeId, int limit) {
    return jdbc.list(
        "list deletion records",
        SUMMARY_COLUMNS
            + " FROM retention.deletion_record WHERE (?::bigint IS NULL OR id < ?)"
            + " ORDER BY id DESC LIMIT ?",
        SUMMARY,
        beforeId,
        beforeId,
        limit);
  }

  @Override
  public long count() {
    return jdbc.first(
            "count deletion records",
            "SELECT count(*) AS n FROM retention.deletion_record",
            row -> row.longValue("n"))
        .orElse(0L);
  }
}
