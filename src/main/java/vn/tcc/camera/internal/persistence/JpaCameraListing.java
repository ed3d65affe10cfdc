package vn.tcc.camera.internal.persistence;

import static vn.tcc.camera.internal.persistence.SqlValues.bool;
import static vn.tcc.camera.internal.persistence.SqlValues.date;
import static vn.tcc.camera.internal.persistence.SqlValues.decimal;
import static vn.tcc.camera.internal.persistence.SqlValues.instant;
import static vn.tcc.camera.internal.persistence.SqlValues.number;
import static vn.tcc.camera.internal.persistence.SqlValues.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

/** Camera reads in plain SQL: the list must stay fast with tens of thousands of cameras. */
@ApplicationScoped
public class JpaCameraListing implements CameraListing {
  private static final String FROM =
      " FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id";
  private static final String LIST_COLUMNS =
      "SELECT c.code, c.name, c.jurisdiction_code, o.owner_type, o.code, o.name,"
          + " array_to_string(c.purposes, ','), c.status, c.health, c.health_since,"
          + " c.certificate_expires_on, c.site_code, c.address, c.route, c.km_marker, c.latitude,"
          + " c.longitude, c.updated_at";
  private static final String EXPORT_COLUMNS =
      "SELECT c.code, c.name, array_to_string(c.purposes, ','), o.code, c.jurisdiction_code,"
          + " c.latitude, c.longitude, c.address, c.route, c.km_marker, c.site_code,"
          + " c.analysis_site_code, c.resolution, c.codec, c.main_stream_url, c.sub_stream_url,"
          + " c.onvif, c.built_in_analytics, c.plate_accuracy_day, c.plate_accuracy_night,"
          + " c.certificate_number, c.certificate_issuer, c.certificate_issued_on,"
          + " c.certificate_expires_on, c.registration_number, c.registered_on, c.status,"
          + " c.vms_code, c.vms_external_id, o.owner_type, o.name, c.health, c.health_since,"
          + " c.updated_at";
  private static final int EXPORT_FETCH_SIZE = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  public long count(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    Query query =
        em.createNativeQuery(
            CameraSqlFilter.numbered("SELECT count(*)" + FROM + " WHERE " + where.where));
    return number(where.bind(query).getSingleResult());
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
    Query query = where.bind(em.createNativeQuery(CameraSqlFilter.numbered(sql)));
    query.setParameter(where.size() + 1, limit);
    query.setParameter(where.size() + 2, offset);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(JpaCameraListing::listRow).toList();
  }

  @Override
  public List<CameraMarker> markers(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        "SELECT c.code, c.name, c.latitude, c.longitude, c.health, c.status"
            + FROM
            + " WHERE "
            + where.where;
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        where.bind(em.createNativeQuery(CameraSqlFilter.numbered(sql))).getResultList();
    return rows.stream()
        .map(
            row ->
                new CameraMarker(
                    text(row[0]),
                    text(row[1]),
                    decimal(row[2]).doubleValue(),
                    decimal(row[3]).doubleValue(),
                    CameraHealth.valueOf(text(row[4])),
                    CameraStatus.valueOf(text(row[5]))))
        .toList();
  }

  @Override
  public Stream<CameraExportRow> stream(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        EXPORT_COLUMNS + FROM + " WHERE " + where.where + " ORDER BY c.jurisdiction_code, c.code";
    Query query = where.bind(em.createNativeQuery(CameraSqlFilter.numbered(sql)));
    // A server-side cursor (we are inside a transaction): rows arrive in batches, never all at
    // once.
    query.setHint("org.hibernate.fetchSize", EXPORT_FETCH_SIZE);
    query.setHint("org.hibernate.readOnly", true);
    @SuppressWarnings("unchecked")
    Stream<Object[]> rows = query.getResultStream();
    return rows.map(JpaCameraListing::exportRow);
  }

  @Override
  public CameraStatistics statistics(CameraFilter filter) {
    CameraSqlFilter where = CameraSqlFilter.of(filter);
    String sql =
        "SELECT c.status, c.health, count(*),"
            + " count(*) FILTER (WHERE c.certificate_expires_on < ?),"
            + " count(*) FILTER (WHERE c.certificate_expires_on BETWEEN ? AND ?)"
            + FROM
            + " WHERE "
            + where.where
            + " GROUP BY c.status, c.health";
    // The three dates come first in the SQL, so they take ?1..?3 and the filter follows.
    Query query = em.createNativeQuery(CameraSqlFilter.numbered(sql));
    query.setParameter(1, filter.today());
    query.setParameter(2, filter.today());
    query.setParameter(3, filter.today().plusDays(CameraFilter.EXPIRING_WITHIN_DAYS));
    where.bind(query, 4);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<CameraStatus, Long> byStatus = new EnumMap<>(CameraStatus.class);
    Map<CameraHealth, Long> byHealth = new EnumMap<>(CameraHealth.class);
    long total = 0;
    long expired = 0;
    long expiring = 0;
    for (Object[] row : rows) {
      long count = number(row[2]);
      byStatus.merge(CameraStatus.valueOf(text(row[0])), count, Long::sum);
      byHealth.merge(CameraHealth.valueOf(text(row[1])), count, Long::sum);
      total += count;
      expired += number(row[3]);
      expiring += number(row[4]);
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

  private static List<CameraPurpose> purposes(Object value) {
    String text = text(value);
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(CameraPurpose::valueOf).toList();
  }

  private static CameraListRow listRow(Object[] row) {
    return new CameraListRow(
        text(row[0]),
        text(row[1]),
        text(row[2]),
        OwnerType.valueOf(text(row[3])),
        text(row[4]),
        text(row[5]),
        purposes(row[6]),
        CameraStatus.valueOf(text(row[7])),
        CameraHealth.valueOf(text(row[8])),
        instant(row[9]),
        date(row[10]),
        text(row[11]),
        text(row[12]),
        text(row[13]),
        text(row[14]),
        decimal(row[15]),
        decimal(row[16]),
        instant(row[17]));
  }

  private static CameraExportRow exportRow(Object[] row) {
    CameraDetails details =
        new CameraDetails(
            text(row[0]),
            text(row[1]),
            purposes(row[2]).stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CameraPurpose.class))),
            text(row[3]),
            text(row[4]),
            decimal(row[5]),
            decimal(row[6]),
            text(row[7]),
            text(row[8]),
            text(row[9]),
            text(row[10]),
            text(row[11]),
            text(row[12]),
            text(row[13]),
            text(row[14]),
            text(row[15]),
            bool(row[16]),
            bool(row[17]),
            decimal(row[18]),
            decimal(row[19]),
            text(row[20]),
            text(row[21]),
            date(row[22]),
            date(row[23]),
            text(row[24]),
            date(row[25]),
            CameraStatus.valueOf(text(row[26])),
            text(row[27]),
            text(row[28]));
    return new CameraExportRow(
        details,
        OwnerType.valueOf(text(row[29])),
        text(row[30]),
        CameraHealth.valueOf(text(row[31])),
        instant(row[32]),
        instant(row[33]));
  }
}
