package vn.tcc.camera.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The registry's lookups for other modules, in plain SQL: event batches ask for many at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCameraDirectory implements CameraDirectory {
  @PersistenceContext private EntityManager em;

  @Override
  public Map<String, CameraReference> byCodes(Collection<String> codes) {
    Map<String, CameraReference> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, name, jurisdiction_code, status, vms_code, vms_external_id"
                    + " FROM camera.camera WHERE code IN (:codes)")
            .setParameter("codes", List.copyOf(codes))
            .getResultList();
    for (Object[] row : rows) {
      CameraReference camera =
          new CameraReference(
              (String) row[0],
              (String) row[1],
              new JurisdictionCode((String) row[2]),
              CameraStatus.valueOf((String) row[3]),
              (String) row[4],
              (String) row[5]);
      found.put(camera.code(), camera);
    }
    return found;
  }

  @Override
  public void recordLatestEvents(Map<String, Instant> latestByCode) {
    // Sorted, so two batches touching the same cameras lock them in the same order.
    for (Map.Entry<String, Instant> latest : new TreeMap<>(latestByCode).entrySet()) {
      em.createNativeQuery(
              "UPDATE camera.camera SET last_event_at = :at WHERE code = :code"
                  + " AND (last_event_at IS NULL OR last_event_at < :at)")
          .setParameter("at", OffsetDateTime.ofInstant(latest.getValue(), ZoneOffset.UTC))
          .setParameter("code", latest.getKey())
          .executeUpdate();
    }
  }
}
