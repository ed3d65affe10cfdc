package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.event.api.HourlyEventCounts;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Hourly counts straight from {@code vms.event}: the touched groups come from the id range (the
 * primary key), each count from the (camera, time) index.
 */
@ApplicationScoped
public class JdbcHourlyEventCounts implements HourlyEventCounts {
  // An id older than this is counted: an ingestion batch commits well within it.
  private static final String SETTLE = "10 seconds";
  // How far back from the newest id the watermark looks for a settled one.
  private static final int RECENT = 10_000;

  private static final RowMapper<HourlyCount> COUNT =
      row -> {
        Object plates = row.object("plates");
        List<String> plateList =
            plates instanceof Array array
                ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList()
                : List.of();
        return new HourlyCount(
            new GroupKey(row.string("camera_code"), row.string("event_type"), row.instant("hour")),
            row.string("commune"),
            row.longValue("events"),
            plateList);
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long watermark(long atLeast) {
    long settled =
        jdbc.first(
                "find the newest settled event",
                "SELECT coalesce(max(id), 0) AS id FROM (SELECT id, received_at FROM vms.event"
                    + " ORDER BY id DESC LIMIT "
                    + RECENT
                    + ") recent WHERE received_at < now() - interval '"
                    + SETTLE
                    + "'",
                row -> row.longValue("id"))
            .orElse(0L);
    return Math.max(atLeast, settled);
  }

  @Override
  public List<HourlyCount> touched(
      long afterId, long upToId, GroupKey after, int limit, boolean withPlates) {
    if (upToId <= afterId) {
      return List.of();
    }
    String plates =
        withPlates
            ? "(SELECT coalesce(array_agg(DISTINCT e.plate ORDER BY e.plate)"
                + " FILTER (WHERE e.plate IS NOT NULL), '{}') FROM vms.event e"
                + " WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type"
                + " AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'"
                + " AND e.id <= ?)"
            : "NULL::varchar[]";
    String afterKey =
        after == null
            ? ""
            : " AND (camera_code, event_type, date_trunc('hour', occurred_at)) > (?, ?, ?)";
    String sql =
        """
        WITH g AS (
          SELECT DISTINCT camera_code, event_type, date_trunc('hour', occurred_at) AS hour
            FROM vms.event
           WHERE id > ? AND id <= ?%s
           ORDER BY 1, 2, 3
           LIMIT ?
        )
        SELECT g.camera_code, g.event_type, g.hour,
               (SELECT e.jurisdiction_code FROM vms.event e
                 WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                   AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
                 ORDER BY e.id DESC LIMIT 1) AS commune,
               (SELECT count(*) FROM vms.event e
                 WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                   AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
                   AND e.id <= ?) AS events,
               %s AS plates
          FROM g
         ORDER BY 1, 2, 3
        """
            .formatted(afterKey, plates);
    Object[] parameters =
        after == null
            ? (withPlates
                ? new Object[] {afterId, upToId, limit, upToId, upToId}
                : new Object[] {afterId, upToId, limit, upToId})
            : (withPlates
                ? new Object[] {
                  afterId,
                  upToId,
                  after.cameraCode(),
                  after.eventType(),
                  after.hour(),
                  limit,
                  upToId,
                  upToId
                }
                : new Object[] {
                  afterId,
                  upToId,
                  after.cameraCode(),
                  after.eventType(),
                  after.hour(),
                  limit,
                  upToId
                });
    return jdbc.list("count events per camera, type and hour", sql, COUNT, parameters);
  }
}
