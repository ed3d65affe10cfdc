package vn.tcc.camera.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.HealthReading;
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
  public List<CameraReference> unlinked(JurisdictionCode scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, name, jurisdiction_code, status FROM camera.camera"
                    + " WHERE vms_external_id IS NULL AND status <> 'DECOMMISSIONED'"
                    + " AND (jurisdiction_code = :scope OR jurisdiction_code LIKE :children ESCAPE '!')"
                    + " ORDER BY code")
            .setParameter("scope", scope.value())
            .setParameter("children", scope.childrenLikePattern())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CameraReference(
                    (String) r[0],
                    (String) r[1],
                    new JurisdictionCode((String) r[2]),
                    CameraStatus.valueOf((String) r[3]),
                    null,
                    null))
        .toList();
  }

  @Override
  public List<CameraHealthState> linkedTo(String vmsCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, vms_external_id, jurisdiction_code, health, health_since"
                    + " FROM camera.camera WHERE vms_code = :vms AND vms_external_id IS NOT NULL"
                    + " ORDER BY code")
            .setParameter("vms", vmsCode)
            .getResultList();
    List<CameraHealthState> linked = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      linked.add(
          new CameraHealthState(
              (String) row[0],
              (String) row[1],
              new JurisdictionCode((String) row[2]),
              CameraHealth.valueOf((String) row[3]),
              SqlValues.instant(row[4])));
    }
    return linked;
  }

  @Override
  public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
    List<String> changed = new ArrayList<>();
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    List<HealthReading> sorted = new ArrayList<>(readings);
    sorted.sort(java.util.Comparator.comparing(HealthReading::code));
    for (HealthReading reading : sorted) {
      @SuppressWarnings("unchecked")
      List<Object[]> before =
          em.createNativeQuery(
                  "WITH old AS (SELECT id, health FROM camera.camera WHERE code = :code FOR UPDATE)"
                      + " UPDATE camera.camera c SET health = :health,"
                      + " health_since = CASE WHEN c.health <> :health THEN :at ELSE c.health_since END,"
                      + " last_seen_at = coalesce(:seen, c.last_seen_at)"
                      + " FROM old WHERE c.id = old.id RETURNING c.id, old.health")
              .setParameter("code", reading.code())
              .setParameter("health", reading.health().name())
              .setParameter("at", when)
              .setParameter(
                  "seen",
                  reading.lastSeen() == null
                      ? null
                      : OffsetDateTime.ofInstant(reading.lastSeen(), ZoneOffset.UTC))
              .getResultList();
      if (before.isEmpty() || reading.health().name().equals(before.get(0)[1])) {
        continue;
      }
      em.createNativeQuery(
              "INSERT INTO camera.health_transition"
                  + " (camera_id, from_health, to_health, changed_at, vms_code, detail)"
                  + " VALUES (:camera, :from, :to, :at, :vms, left(:detail, 200))")
          .setParameter("camera", ((Number) before.get(0)[0]).longValue())
          .setParameter("from", before.get(0)[1])
          .setParameter("to", reading.health().name())
          .setParameter("at", when)
          .setParameter("vms", vmsCode)
          .setParameter("detail", reading.detail())
          .executeUpdate();
      changed.add(reading.code());
    }
    return changed;
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
