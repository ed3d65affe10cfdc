package vn.tcc.vms.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.tcc.vms.internal.evidence.EvidenceIndex;
import vn.tcc.vms.internal.evidence.StoredEvidence;

@ApplicationScoped
public class JpaEvidenceIndex implements EvidenceIndex {
  @PersistenceContext private EntityManager em;

  @Override
  public void register(StoredEvidence evidence) {
    em.createNativeQuery(
            "INSERT INTO vms.evidence (sha256, media_type, size_bytes, captured_at, captured_by)"
                + " VALUES (:sha, :type, :size, :at, :by) ON CONFLICT (sha256) DO NOTHING")
        .setParameter("sha", evidence.sha256())
        .setParameter("type", evidence.mediaType())
        .setParameter("size", evidence.sizeBytes())
        .setParameter("at", OffsetDateTime.ofInstant(evidence.capturedAt(), ZoneOffset.UTC))
        .setParameter("by", evidence.capturedBy())
        .executeUpdate();
  }

  @Override
  public Optional<StoredEvidence> find(String sha256) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT sha256, media_type, size_bytes, captured_at, captured_by"
                    + " FROM vms.evidence WHERE sha256 = :sha")
            .setParameter("sha", sha256)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new StoredEvidence(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    instant(row[3]),
                    (String) row[4]));
  }

  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalArgumentException("Not a time: " + value);
  }
}
