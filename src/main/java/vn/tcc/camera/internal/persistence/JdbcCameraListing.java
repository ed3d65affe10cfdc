package vn.tcc.camera.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.domain.CameraDetails;
import vn.tcc.camera.internal.domain.CameraExportRow;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.camera.internal.domain.CameraListRow;
import vn.tcc.camera.internal.domain.CameraListing;
import vn.tcc.camera.internal.domain.CameraMarker;
import vn.tcc.camera.internal.domain.CameraSort;
import vn.tcc.camera.internal.domain.CameraStatistics;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** Camera reads in plain SQL: the list must stay fast with tens of thousands of cameras. */
@ApplicationScoped
public class JdbcCameraListing implements CameraListing {
  private static final String FROM =
      " FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id";
  private static final String LIST_COLUMNS =
      "SELECT c.code, c.name, c.jurisdiction_code, o.owner_type, o.code AS owner_code,"
          + " o.name AS owner_name, array_to_string(c.purposes, ',') AS purposes, c.status,"
          + " c.health, c.health_since, c.certificate_expires_on, c.site_code, c.address, c.route,"
          + " c.km_marker, c.latitude, c.longitude, c.updated_at";
  private static final String EXPORT_COLUMNS =
      "SELECT c.code, c.name, array_to_string(c.purposes, ',') AS purposes, o.code AS owner_code,"
          + " c.jurisdiction_code, c.latitude, c.longitude, c.address, c.route, c.km_marker,"
          + " c.site_code, c.analysis_site_code, c.resolution, c.codec, c.main_stream_url,"
          + " c.sub_stream_url, c.onvif, c.built_in_analytics, c.plate_accuracy_day,"
          + " c.plate_accuracy_night, c.certificate_number, c.certificate_issuer,"
          + " c.certificate_issued_on, c.certificate_expires_on, c.registration_number,"
          + " c.registered_on, c.status, c.vms_code, c.vms_external_id, o.owner_type,"
          + " o.name AS owner_name, c.health, c.health_since, c.updated_at";
  private static final int EXPORT_FETCH_SIZE = 1000;

  private static final RowMapper<CameraListRow> LIST_ROW =
      row ->
          new CameraListRow(
              row.string("code"),
              row.string("name"),
              row.string("jurisdiction_code"),
              OwnerType.valueOf(row.string("owner_type")),
              row.string("owner_code"),
              row.string("owner_name"),
              purposes(row.string("purposes")),
              CameraStatus.valueOf(row.string("status")),
              CameraHealth.valueOf(row.string("health")),
              row.instant("health_since"),
              row.date("certificate_expires_on"),
              row.string("site_code"),
              row.string("address"),
              row.string("route"),
              row.string("km_marker"),
              row.decimal("latitude"),
              row.decimal("longitude"),
              row.instant("updated_at"));

  private static final RowMapper<CameraMarker> MARKER =
      row ->
          new CameraMarker(
              row.string("code"),
              row.string("name"),
              row.decimal("latitude").doubleValue(),
              row.decimal("longitude").doubleValue(),
              CameraHealth.valueOf(row.string("health")),
              CameraStatus.valueOf(row.string("status")));

  private static final RowMapper<CameraExportRow> EXPORT_ROW =
      row ->
          new CameraExportRow(
              new CameraDetails(
                  row.string("code"),
                  row.string("name"),
                  purposes(row.string("purposes")).stream()
                      .collect(Collectors.toCollection(() -> EnumSet.noneOf(CameraPurpose.class))),
                  row.string("owner_code"),
                  row.string("jurisdiction_code"),
                  row.decimal("latitude"),
                  row.decimal("longitude"),
                  row.string("address"),
                  row.string("route"),
                  row.string("km_marker"),
                  row.string("site_code"),
                  row.string("analysis_site_code"),
                  row.string("resolution"),
                  row.string("codec"),
                  row.string("main_stream_url"),
                  row.string("sub_stream_url"),
                  row.bool("onvif"),
                  row.bool("built_in_analytics"),
                  row.decimal("plate_accuracy_day"),
                  row.decimal("plate_accuracy_night"),
                  row.string("certificate_number"),
                  row.string("certificate_issuer"),
                  row.date("certificate_issued_on"),
                  row.date("certificate_expires_on"),
                  row.string("registration_number"),
                  row.date("registered_on"),
                  CameraStatus.valueOf(row.string("status")),
                  row.string("vms_code"),
                  row.string("vms_external_id")),
              OwnerType.valueOf(row.string("owner_type")),
              row.string("owner_name"),
              CameraHealth.valueOf(row.string("health")),
              row.instant("health_since"),
              row.instant("updated_at"));

  /** One group of the statistics: cameras of a status and a health. */
  private record StatisticsGroup(
      CameraStatus status, CameraHealth health, long cameras, long expired, long expiring) {}

  private static final RowMapper<StatisticsGroup> STATISTICS_GROUP =
      row ->
          new StatisticsGroup(
              CameraStatus.valueOf(row.string("status")),
              CameraHealth.valueOf(row.string("health")),
              row.longValue("cameras"),
              row.longValue("expired"),
              row.longValue("expiring"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public long count(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    return jdbc.first(
            "count cameras",
            "SELECT count(*) AS cameras" + FROM + " WHERE " + where.where,
            row -> row.longValue("cameras"),
            where.parameters(List.of()))
        .orElse(0L);
  }

  @Override
  public List<CameraListRow> page(
      CameraFilter filter, CameraSort sort, boolean ascending, int offset, int limit) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        LIST_COLUMNS
            + FROM
            + " WHERE "
            + where.where
            + " ORDER BY "
            + orderBy(sort, ascending)
            + " LIMIT ? OFFSET ?";
    return jdbc.list("list cameras", sql, LIST_ROW, where.parameters(List.of(), limit, offset));
  }

  @Override
  public List<CameraMarker> markers(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        "SELECT c.code, c.name, c.latitude, c.longitude, c.health, c.status"
            + FROM
            + " WHERE "
            + where.where;
    return jdbc.list("read camera markers", sql, MARKER, where.parameters(List.of()));
  }

  @Override
  public Stream<CameraExportRow> stream(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        EXPORT_COLUMNS + FROM + " WHERE " + where.where + " ORDER BY c.jurisdiction_code, c.code";
    // A server-side cursor (we are inside a transaction): rows arrive in batches, never all at
    // once.
    return jdbc.stream(
        "export cameras", sql, EXPORT_FETCH_SIZE, EXPORT_ROW, where.parameters(List.of()));
  }

  @Override
  public CameraStatistics statistics(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        "SELECT c.status, c.health, count(*) AS cameras,"
            + " count(*) FILTER (WHERE c.certificate_expires_on < ?) AS expired,"
            + " count(*) FILTER (WHERE c.certificate_expires_on BETWEEN ? AND ?) AS expiring"
            + FROM
            + " WHERE "
            + where.where
            + " GROUP BY c.status, c.health";
    // The three dates come first in the SQL, so they come first among the parameters.
    List<StatisticsGroup> groups =
        jdbc.list(
            "count cameras by status and health",
            sql,
            STATISTICS_GROUP,
            where.parameters(
                List.of(
                    filter.today(),
                    filter.today(),
                    filter.today().plusDays(CameraFilter.EXPIRING_WITHIN_DAYS))));
    Map<CameraStatus, Long> byStatus = new EnumMap<>(CameraStatus.class);
    Map<CameraHealth, Long> byHealth = new EnumMap<>(CameraHealth.class);
    long total = 0;
    long expired = 0;
    long expiring = 0;
    for (StatisticsGroup group : groups) {
      byStatus.merge(group.status(), group.cameras(), Long::sum);
      byHealth.merge(group.health(), group.cameras(), Long::sum);
      total += group.cameras();
      expired += group.expired();
      expiring += group.expiring();
    }
    return new CameraStatistics(total, byStatus, byHealth, expired, expiring);
  }

  private static String orderBy(CameraSort sort, boolean ascending) {
    String direction = ascending ? " ASC" : " DESC";
    String column =
        switch (sort == null ? CameraSort.CODE : sort) {
          case CODE -> "c.code";
          case NAME -> "c.name";
          case COMMUNE -> "c.jurisdiction_code" + direction + ", c.code";
          case STATUS -> "c.status" + direction + ", c.code";
          case HEALTH -> "c.health" + direction + ", c.code";
          case CERTIFICATE_EXPIRY -> "c.certificate_expires_on" + direction + " NULLS LAST, c.code";
          case UPDATED -> "c.updated_at" + direction + ", c.code";
        };
    return column.contains(",") ? column : column + direction;
  }

  private static List<CameraPurpose> purposes(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(CameraPurpose::valueOf).toList();
  }
}
