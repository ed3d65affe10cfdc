package vn.tcc.vms.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.vms.api.OfflineAlert;
import vn.tcc.vms.internal.domain.OfflineAlertRepository;

/** Offline alerts in plain SQL: raised and resolved for many cameras per poll. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcOfflineAlertRepository implements OfflineAlertRepository {
  private static final RowMapper<OfflineAlert> ALERT =
      row ->
          new OfflineAlert(
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("offline_since"),
              row.instant("raised_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<OfflineAlert> open(JurisdictionCode scope) {
    return jdbc.list(
        "list open offline alerts",
        """
        SELECT camera_code, jurisdiction_code, offline_since, raised_at FROM vms.offline_alert
         WHERE resolved_at IS NULL
           AND (jurisdiction_code = ? OR jurisdiction_code LIKE ? ESCAPE '!')
         ORDER BY offline_since
        """,
        ALERT,
        scope.value(),
        scope.childrenLikePattern());
  }

  @Override
  public Set<String> openFor(Set<String> cameraCodes) {
    if (cameraCodes.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "find cameras with an open offline alert",
            "SELECT camera_code FROM vms.offline_alert WHERE resolved_at IS NULL"
                + " AND camera_code = ANY(?)",
            row -> row.string("camera_code"),
            Jdbc.array("varchar", cameraCodes)));
  }

  @Override
  public void raise(
      String cameraCode, JurisdictionCode jurisdiction, Instant offlineSince, Instant at) {
    jdbc.update(
        "raise an offline alert",
        "INSERT INTO vms.offline_alert (camera_code, jurisdiction_code, offline_since, raised_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        cameraCode,
        jurisdiction.value(),
        offlineSince,
        at);
  }

  @Override
  public void resolve(Set<String> cameraCodes, Instant at) {
    if (cameraCodes.isEmpty()) {
      return;
    }
    jdbc.update(
        "resolve offline alerts",
        "UPDATE vms.offline_alert SET resolved_at = ? WHERE resolved_at IS NULL"
            + " AND camera_code = ANY(?)",
        at,
        Jdbc.array("varchar", cameraCodes));
  }
}
