package vn.tcc.camera.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraFeed;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraOwners;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.api.WatchableCamera;
import vn.tcc.camera.api.WatchableCameras;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The registry's lookups for other modules, in plain SQL: event batches ask for many at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JdbcCameraDirectory
    implements CameraDirectory, CameraOwners, CameraFeed, WatchableCameras {
  private static final RowMapper<CameraReference> LINKED_REFERENCE =
      row ->
          new CameraReference(
              row.string("code"),
              row.string("name"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              CameraStatus.valueOf(row.string("status")),
              row.string("vms_code"),
              row.string("vms_external_id"));

  private static final RowMapper<CameraReference> UNLINKED_REFERENCE =
      row ->
          new CameraReference(
              row.string("code"),
              row.string("name"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              CameraStatus.valueOf(row.string("status")),
              null,
              null);

  private static final RowMapper<CameraHealthState> HEALTH_STATE =
      row ->
          new CameraHealthState(
              row.string("code"),
              row.string("vms_external_id"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              CameraHealth.valueOf(row.string("health")),
              row.instant("health_since"));

  /** The camera a health update changed, and the health it had before. */
  private record HealthBefore(long cameraId, String health) {}

  private static final RowMapper<HealthBefore> HEALTH_BEFORE =
      row -> new HealthBefore(row.longValue("id"), row.string("health"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Map<String, CameraReference> byCodes(Collection<String> codes) {
    Map<String, CameraReference> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    List<CameraReference> cameras =
        jdbc.list(
            "look cameras up by code",
            "SELECT code, name, jurisdiction_code, status, vms_code, vms_external_id"
                + " FROM camera.camera WHERE code = ANY(?)",
            LINKED_REFERENCE,
            Jdbc.array("varchar", codes));
    for (CameraReference camera : cameras) {
      found.put(camera.code(), camera);
    }
    return found;
  }

  /**
   * Walks up from the camera's analysis site (else its site) to the first commune or provincial
   * center; at most 10 steps, so a loop in the site tree cannot run away.
   */
  @Override
  public Map<String, CameraCustody> custodyOf(Collection<String> codes) {
    Map<String, CameraCustody> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    jdbc.list(
            "read the owner and keeping center of cameras",
            """
            WITH RECURSIVE cams AS (
              SELECT c.code, c.jurisdiction_code, o.owner_type,
                     coalesce(c.analysis_site_code, c.site_code) AS first_site
                FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id
               WHERE c.code = ANY(?)
            ), chain AS (
              SELECT cams.code, s.kind, s.parent_code, 0 AS depth
                FROM cams JOIN camera.site s ON s.code = cams.first_site
              UNION ALL
              SELECT chain.code, s.kind, s.parent_code, chain.depth + 1
                FROM chain JOIN camera.site s ON s.code = chain.parent_code
               WHERE chain.kind NOT IN ('COMMUNE_CENTER', 'PROVINCIAL_CENTER') AND chain.depth < 10
            )
            SELECT cams.code, cams.jurisdiction_code, cams.owner_type,
                   (SELECT chain.kind FROM chain
                     WHERE chain.code = cams.code
                       AND chain.kind IN ('COMMUNE_CENTER', 'PROVINCIAL_CENTER')
                     ORDER BY chain.depth LIMIT 1) AS kept_at
              FROM cams
            """,
            row ->
                new CameraCustody(
                    row.string("code"),
                    new JurisdictionCode(row.string("jurisdiction_code")),
                    OwnerType.valueOf(row.string("owner_type")),
                    row.string("kept_at") == null ? null : SiteKind.valueOf(row.string("kept_at"))),
            Jdbc.array("varchar", codes))
        .forEach(custody -> found.put(custody.code(), custody));
    return found;
  }

  @Override
  public Map<String, String> ownerCodesOf(Collection<String> cameraCodes) {
    Map<String, String> found = new HashMap<>();
    if (cameraCodes.isEmpty()) {
      return found;
    }
    jdbc.list(
            "read the owners of cameras",
            """
            SELECT c.code, o.code AS owner_code
              FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id
             WHERE c.code = ANY(?)
            """,
            row -> Map.entry(row.string("code"), row.string("owner_code")),
            Jdbc.array("varchar", cameraCodes))
        .forEach(owner -> found.put(owner.getKey(), owner.getValue()));
    return found;
  }

  private static final RowMapper<FeedCamera> FEED_CAMERA =
      row ->
          new FeedCamera(
              row.string("code"),
              row.string("name"),
              row.decimal("latitude"),
              row.decimal("longitude"),
              row.string("jurisdiction_code"),
              OwnerType.valueOf(row.string("owner_type")),
              CameraStatus.valueOf(row.string("status")),
              CameraHealth.valueOf(row.string("health")),
              row.instant("health_since"),
              row.instant("last_seen_at"));

  @Override
  public List<FeedCamera> page(String afterCode, int limit) {
    return jdbc.list(
        "read a page of the camera feed",
        """
        SELECT c.code, c.name, c.latitude, c.longitude, c.jurisdiction_code, o.owner_type,
               c.status, c.health, c.health_since, c.last_seen_at
          FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id
         WHERE c.code > ? AND c.status <> 'DECOMMISSIONED'
         ORDER BY c.code
         LIMIT ?
        """,
        FEED_CAMERA,
        afterCode == null ? "" : afterCode,
        limit);
  }

  @Override
  public Map<String, OwnerType> ownerTypesOf(Collection<String> codes) {
    Map<String, OwnerType> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    jdbc.list(
            "read the owner types of cameras",
            "SELECT c.code, o.owner_type FROM camera.camera c"
                + " JOIN camera.owner o ON o.id = c.owner_id WHERE c.code = ANY(?)",
            row -> Map.entry(row.string("code"), OwnerType.valueOf(row.string("owner_type"))),
            Jdbc.array("varchar", codes))
        .forEach(owner -> found.put(owner.getKey(), owner.getValue()));
    return found;
  }

  @Override
  public List<CameraReference> unlinked(JurisdictionCode scope) {
    return jdbc.list(
        "list cameras not linked to a VMS",
        "SELECT code, name, jurisdiction_code, status FROM camera.camera"
            + " WHERE vms_external_id IS NULL AND status <> 'DECOMMISSIONED'"
            + " AND (jurisdiction_code = ? OR jurisdiction_code LIKE ? ESCAPE '!')"
            + " ORDER BY code",
        UNLINKED_REFERENCE,
        scope.value(),
        scope.childrenLikePattern());
  }

  private static final RowMapper<WatchableCamera> WATCHABLE =
      row ->
          new WatchableCamera(
              row.string("code"),
              row.string("name"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.string("name_vi"),
              row.string("name_en"),
              CameraHealth.valueOf(row.string("health")),
              row.bool("linked"));

  @Override
  public List<WatchableCamera> inScope(JurisdictionCode scope, int limit) {
    return jdbc.list(
        "list the cameras of a video wall",
        "SELECT c.code, c.name, c.jurisdiction_code, j.name_vi, j.name_en, c.health,"
            + " (c.vms_external_id IS NOT NULL) AS linked"
            + " FROM camera.camera c JOIN shared.jurisdiction j ON j.code = c.jurisdiction_code"
            + " WHERE c.status <> 'DECOMMISSIONED'"
            + " AND (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')"
            + " ORDER BY (c.vms_external_id IS NULL), c.code LIMIT ?",
        WATCHABLE,
        scope.value(),
        scope.childrenLikePattern(),
        Math.max(1, Math.min(limit, 5000)));
  }

  @Override
  public List<CameraHealthState> linkedTo(String vmsCode) {
    return jdbc.list(
        "list the cameras linked to a VMS",
        "SELECT code, vms_external_id, jurisdiction_code, health, health_since"
            + " FROM camera.camera WHERE vms_code = ? AND vms_external_id IS NOT NULL"
            + " ORDER BY code",
        HEALTH_STATE,
        vmsCode);
  }

  @Override
  public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
    List<String> changed = new ArrayList<>();
    List<HealthReading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(HealthReading::code));
    for (HealthReading reading : sorted) {
      String health = reading.health().name();
      Optional<HealthBefore> before =
          jdbc.first(
              "record a camera's health",
              "WITH old AS (SELECT id, health FROM camera.camera WHERE code = ? FOR UPDATE)"
                  + " UPDATE camera.camera c SET health = ?,"
                  + " health_since = CASE WHEN c.health <> ? THEN ? ELSE c.health_since END,"
                  + " last_seen_at = coalesce(?, c.last_seen_at)"
                  + " FROM old WHERE c.id = old.id RETURNING c.id, old.health",
              HEALTH_BEFORE,
              reading.code(),
              health,
              health,
              at,
              reading.lastSeen());
      if (before.isEmpty() || health.equals(before.get().health())) {
        continue;
      }
      jdbc.update(
          "record a camera's health transition",
          "INSERT INTO camera.health_transition"
              + " (camera_id, from_health, to_health, changed_at, vms_code, detail)"
              + " VALUES (?, ?, ?, ?, ?, left(?, 200))",
          before.get().cameraId(),
          before.get().health(),
          health,
          at,
          vmsCode,
          reading.detail());
      changed.add(reading.code());
    }
    return changed;
  }

  @Override
  public void recordLatestEvents(Map<String, Instant> latestByCode) {
    // Sorted, so two batches touching the same cameras lock them in the same order.
    for (Map.Entry<String, Instant> latest : new TreeMap<>(latestByCode).entrySet()) {
      jdbc.update(
          "record a camera's latest event",
          "UPDATE camera.camera SET last_event_at = ? WHERE code = ?"
              + " AND (last_event_at IS NULL OR last_event_at < ?)",
          latest.getValue(),
          latest.getKey(),
          latest.getValue());
    }
  }
}
