package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.AccessLog;
import vn.tcc.sharing.internal.domain.AccessLogEntry;

/** The access checks in {@code sharing.access_log} (append-only: a trigger refuses the rest). */
@ApplicationScoped
public class JdbcAccessLog implements AccessLog {
  private static final RowMapper<AccessLogEntry> ENTRY =
      row ->
          new AccessLogEntry(
              row.longValue("id"),
              row.instant("checked_at"),
              row.instant("data_time"),
              row.string("camera_code"),
              SharedDataType.valueOf(row.string("data_type")),
              SharingPurpose.valueOf(row.string("purpose")),
              row.string("unit"),
              row.string("actor"),
              row.bool("allowed"),
              AccessReason.valueOf(row.string("reason")),
              row.nullableLong("agreement_id"),
              row.nullableLong("provider_id"),
              row.string("request_id"),
              row.nullableLong("grant_id"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void append(AccessLogEntry entry) {
    jdbc.update(
        "log an access to a shared camera",
        """
        INSERT INTO sharing.access_log (checked_at, data_time, camera_code, data_type, purpose,
                    unit, actor, allowed, reason, agreement_id, provider_id, request_id, grant_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        entry.checkedAt(),
        entry.dataTime(),
        entry.cameraCode(),
        entry.dataType().name(),
        entry.purpose().name(),
        entry.unit(),
        entry.actor(),
        entry.allowed(),
        entry.reason().name(),
        entry.agreementId(),
        entry.providerId(),
        entry.requestId(),
        entry.grantId());
  }

  @Override
  public List<AccessLogEntry> page(Long providerId, Long agreementId, int offset, int limit) {
    List<Object> parameters = new ArrayList<>(List.of(filterValues(providerId, agreementId)));
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list(
        "read the access log",
        """
        SELECT id, checked_at, data_time, camera_code, data_type, purpose, unit, actor, allowed,
               reason, agreement_id, provider_id, request_id, grant_id
          FROM sharing.access_log
        """
            + where(providerId, agreementId)
            + " ORDER BY id DESC LIMIT ? OFFSET ?",
        ENTRY,
        parameters.toArray());
  }

  @Override
  public long count(Long providerId, Long agreementId) {
    return jdbc.first(
            "count the access log",
            "SELECT count(*) AS n FROM sharing.access_log" + where(providerId, agreementId),
            row -> row.longValue("n"),
            filterValues(providerId, agreementId))
        .orElse(0L);
  }

  private static String where(Long providerId, Long agreementId) {
    List<String> conditions = new ArrayList<>();
    if (providerId != null) {
      conditions.add("provider_id = ?");
    }
    if (agreementId != null) {
      conditions.add("agreement_id = ?");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static Object[] filterValues(Long providerId, Long agreementId) {
    List<Object> values = new ArrayList<>();
    if (providerId != null) {
      values.add(providerId);
    }
    if (agreementId != null) {
      values.add(agreementId);
    }
    return values.toArray();
  }
}
