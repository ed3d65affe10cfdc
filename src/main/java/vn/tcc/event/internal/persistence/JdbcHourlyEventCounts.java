package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.event.api.HourlyEventCounts;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Hourly counts straight from {@code vms.event}: the touched groups and their events in the id
 * range from one aggregate over the range (the primary key); events of a group below the range from
 * the (camera, time) index. Measured in benchmarks/sharing.md.
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
    // The groups and their events in the range come from one aggregate over the range (read by
    // the primary key); only events at or below afterId (a later pull) are counted per group
    // from the (camera, time) index. The commune is the one of the group's newest event.
    String sql =
        """
        WITH g AS (
          SELECT camera_code, event_type, date_trunc('hour', occurred_at) AS hour,
                 (array_agg(jurisdiction_code ORDER BY id DESC))[1] AS commune,
                 count(*) AS in_range
            FROM vms.event
           WHERE id > ? AND id <= ?%s
           GROUP BY 1, 2, 3
           ORDER BY 1, 2, 3
           LIMIT ?
        )
        SELECT g.camera_code, g.event_type, g.hour, g.commune,
               g.in_range + CASE WHEN ?::bigint > 0 THEN
                 (SELECT count(*) FROM vms.event e
                   WHERE e.camera_code = g.camera_code AND e.event_type = g.event_type
                     AND e.occurred_at >= g.hour AND e.occurred_at < g.hour + interval '1 hour'
                     AND e.id <= ?) ELSE 0 END AS events,
               %s AS plates
          FROM g
         ORDER BY 1, 2, 3
        """
            .formatted(afterKey, plates);
    List<Object> parameters = new ArrayList<>(List.of(afterId, upToId));
    if (after != null) {
      parameters.addAll(List.of(after.cameraCode(), after.eventType(), after.hour()));
    }
    parameters.addAll(List.of(limit, afterId, afterId));
    if (withPlates) {
      parameters.add(upToId);
    }
    // Planned for these values every time, in the same round trip: after five runs the driver
    // prepares the statement on the server, and PostgreSQL may then keep a generic plan that knows
    // neither the range nor the limit; it reads the whole range by id and sorts it (1.2 s a page
    // instead of 40 ms on the benchmark's 1,000,000 events, benchmarks/sharing.md).
    return jdbc.run(
        "count events per camera, type and hour",
        connection -> {
          try (PreparedStatement statement =
              Jdbc.prepare(
                  connection,
                  "SET LOCAL plan_cache_mode = force_custom_plan;\n" + sql,
                  parameters.toArray())) {
            statement.execute();
            if (!statement.getMoreResults()) {
              throw new IllegalStateException("The counts' answer is missing");
            }
            List<HourlyCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.getResultSet()) {
              Row row = Row.of(rows);
              while (rows.next()) {
                counts.add(COUNT.map(row));
              }
            }
            return counts;
          }
        });
  }
}
