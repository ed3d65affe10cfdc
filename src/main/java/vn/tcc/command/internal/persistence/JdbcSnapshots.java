package vn.tcc.command.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.command.internal.live.Snapshot;
import vn.tcc.command.internal.live.SnapshotStore;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** {@code command.snapshot}. */
@ApplicationScoped
public class JdbcSnapshots implements SnapshotStore {
  private static final String COLUMNS =
      "id, camera_code, jurisdiction_code, incident_id, sha256, media_type, size_bytes, vms_code,"
          + " taken_at, taken_by, taken_name, note";
  private static final RowMapper<Snapshot> SNAPSHOT =
      row ->
          new Snapshot(
              row.longValue("id"),
              row.string("camera_code"),
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
              row.nullableLong("incident_id"),
              row.string("sha256"),
              row.string("media_type"),
              row.longValue("size_bytes"),
              row.string("vms_code"),
              row.instant("taken_at"),
              row.string("taken_by"),
              row.string("taken_name"),
              row.string("note"));
  private static final RowMapper<CameraVolume> VOLUME =
      row ->
          new CameraVolume(
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
              row.string("camera_code"),
              row.longValue("items"),
              row.longValue("bytes"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Snapshot add(Snapshot s) {
    return jdbc.first(
            "keep a snapshot",
            "INSERT INTO command.snapshot (camera_code, jurisdiction_code, incident_id, sha256,"
                + " media_type, size_bytes, vms_code, taken_at, taken_by, taken_name, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                + COLUMNS,
            SNAPSHOT,
            s.cameraCode(),
            s.jurisdiction().value(),
            s.incidentId(),
            s.sha256(),
            s.mediaType(),
            s.sizeBytes(),
            s.vmsCode(),
            s.takenAt(),
            s.takenBy(),
            s.takenName(),
            s.note())
        .orElseThrow();
  }

  @Override
  public Optional<Snapshot> byId(long id) {
    return jdbc.first(
        "read a snapshot",
        "SELECT " + COLUMNS + " FROM command.snapshot WHERE id = ?",
        SNAPSHOT,
        id);
  }

  @Override
  public List<Snapshot> ofCamera(String cameraCode, int limit) {
    return jdbc.list(
        "list a camera's snapshots",
        "SELECT "
            + COLUMNS
            + " FROM command.snapshot WHERE camera_code = ? ORDER BY taken_at DESC, id DESC"
            + " LIMIT ?",
        SNAPSHOT,
        cameraCode,
        limit);
  }

  @Override
  public List<Snapshot> ofIncident(long incidentId) {
    return jdbc.list(
        "list an incident's snapshots",
        "SELECT " + COLUMNS + " FROM command.snapshot WHERE incident_id = ? ORDER BY id",
        SNAPSHOT,
        incidentId);
  }

  @Override
  public List<Snapshot> takenBefore(Instant before, Instant afterAt, long afterId, int limit) {
    return jdbc.list(
        "list snapshots for retention",
        "SELECT "
            + COLUMNS
            + " FROM command.snapshot WHERE taken_at < ? AND (taken_at, id) > (?, ?)"
            + " ORDER BY taken_at, id LIMIT ?",
        SNAPSHOT,
        before,
        afterAt,
        afterId,
        limit);
  }

  @Override
  public boolean remove(long id) {
    return jdbc.update("remove a snapshot", "DELETE FROM command.snapshot WHERE id = ?", id) > 0;
  }

  @Override
  public boolean namesFile(String sha256) {
    return jdbc.first(
            "is a snapshot file still named",
            "SELECT 1 AS one FROM command.snapshot WHERE sha256 = ? LIMIT 1",
            row -> row.intValue("one"),
            sha256)
        .isPresent();
  }

  @Override
  public List<CameraVolume> volumes() {
    return jdbc.list(
        "count snapshots",
        "SELECT jurisdiction_code, camera_code, count(*) AS items,"
            + " coalesce(sum(size_bytes), 0) AS bytes FROM command.snapshot"
            + " GROUP BY jurisdiction_code, camera_code",
        VOLUME);
  }
}
