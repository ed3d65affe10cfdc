package vn.tcc.vms.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.SqlTime;
import vn.tcc.vms.api.OfflineAlert;
import vn.tcc.vms.internal.health.OfflineAlertRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaOfflineAlertRepository implements OfflineAlertRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<OfflineAlert> open(JurisdictionCode scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT camera_code, jurisdiction_code, offline_since, raised_at FROM vms.offline_alert"
                    + " WHERE resolved_at IS NULL AND (jurisdiction_code = :scope"
                    + " OR jurisdiction_code LIKE :children ESCAPE '!') ORDER BY offline_since")
            .setParameter("scope", scope.value())
            .setParameter("children", scope.childrenLikePattern())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new OfflineAlert(
                    (String) r[0],
                    new JurisdictionCode((String) r[1]),
                    SqlTime.instant(r[2]),
                    SqlTime.instant(r[3])))
        .toList();
  }

  @Override
  public Set<String> openFor(Set<String> cameraCodes) {
    if (cameraCodes.isEmpty()) {
      return Set.of();
    }
    @SuppressWarnings("unchecked")
    List<String> open =
        em.createNativeQuery(
                "SELECT camera_code FROM vms.offline_alert WHERE resolved_at IS NULL"
                    + " AND camera_code IN (:codes)")
            .setParameter("codes", List.copyOf(cameraCodes))
            .getResultList();
    return new HashSet<>(open);
  }

  @Override
  public void raise(
      String cameraCode, JurisdictionCode jurisdiction, Instant offlineSince, Instant at) {
    em.createNativeQuery(
            "INSERT INTO vms.offline_alert (camera_code, jurisdiction_code, offline_since, raised_at)"
                + " VALUES (:code, :jurisdiction, :since, :at) ON CONFLICT DO NOTHING")
        .setParameter("code", cameraCode)
        .setParameter("jurisdiction", jurisdiction.value())
        .setParameter("since", OffsetDateTime.ofInstant(offlineSince, ZoneOffset.UTC))
        .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public void resolve(Set<String> cameraCodes, Instant at) {
    if (cameraCodes.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "UPDATE vms.offline_alert SET resolved_at = :at WHERE resolved_at IS NULL"
                + " AND camera_code IN (:codes)")
        .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter("codes", List.copyOf(cameraCodes))
        .executeUpdate();
  }
}
