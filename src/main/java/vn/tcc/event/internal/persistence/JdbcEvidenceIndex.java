package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The evidence store's index, {@code vms.evidence}, in plain SQL. (The JPA index went with the
 * split of the event module out of vms and had no successor: the store could not start without
 * one.)
 */
@ApplicationScoped
public class JdbcEvidenceIndex implements EvidenceIndex {
  private static final RowMapper<StoredEvidence> STORED =
      row ->
          new StoredEvidence(
              row.string("sha256"),
              row.string("media_type"),
              row.longValue("size_bytes"),
              row.instant("captured_at"),
              row.string("captured_by"),
              StorageLevel.valueOf(row.string("location")));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void register(StoredEvidence evidence) {
    jdbc.update(
        "index stored evidence",
        "INSERT INTO vms.evidence (sha256, media_type, size_bytes, captured_at, captured_by,"
            + " location) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        evidence.sha256(),
        evidence.mediaType(),
        evidence.sizeBytes(),
        evidence.capturedAt(),
        evidence.capturedBy(),
        evidence.location().name());
  }

  @Override
  public Optional<StoredEvidence> find(String sha256) {
    return jdbc.first(
        "read the index of stored evidence",
        "SELECT sha256, media_type, size_bytes, captured_at, captured_by, location"
            + " FROM vms.evidence WHERE sha256 = ?::bpchar",
        STORED,
        sha256);
  }

  @Override
  public int removeAll(java.util.Collection<String> sha256s) {
    if (sha256s.isEmpty()) {
      return 0;
    }
    Jdbc.SqlArray files = Jdbc.array("text", sha256s);
    jdbc.update(
        "untie evidence from its events",
        "DELETE FROM vms.event_evidence WHERE sha256 = ANY(?::bpchar[])",
        files);
    return jdbc.update(
        "remove evidence from the index",
        "DELETE FROM vms.evidence WHERE sha256 = ANY(?::bpchar[])",
        files);
  }

  @Override
  public boolean remove(String sha256) {
    jdbc.update(
        "untie evidence from its events",
        "DELETE FROM vms.event_evidence WHERE sha256 = ?::bpchar",
        sha256);
    return jdbc.update(
            "remove evidence from the index",
            "DELETE FROM vms.evidence WHERE sha256 = ?::bpchar",
            sha256)
        > 0;
  }

  @Override
  public boolean relocate(String sha256, StorageLevel location) {
    return jdbc.update(
            "record where evidence is kept",
            "UPDATE vms.evidence SET location = ? WHERE sha256 = ?::bpchar",
            location.name(),
            sha256)
        > 0;
  }

  @Override
  public List<DemoFile> demoFiles() {
    boolean present =
        jdbc.first(
                "look for the demo evidence",
                "SELECT to_regclass('vms.demo_evidence_content') IS NOT NULL AS present",
                row -> row.bool("present"))
            .orElse(false);
    if (!present) {
      return List.of();
    }
    return jdbc.list(
        "read the demo evidence",
        """
        SELECT d.sha256, d.content FROM vms.demo_evidence_content d
          JOIN vms.evidence f ON f.sha256 = d.sha256 AND f.location = 'COMMUNE_CENTER'
         ORDER BY d.sha256
        """,
        row -> new DemoFile(row.string("sha256"), row.bytes("content")));
  }
}
