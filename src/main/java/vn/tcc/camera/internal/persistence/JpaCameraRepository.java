package vn.tcc.camera.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.internal.domain.Camera;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.ConformityDocument;
import vn.tcc.camera.internal.domain.FieldChange;
import vn.tcc.camera.internal.domain.HealthTimeline;
import vn.tcc.camera.internal.domain.ImportBatch;
import vn.tcc.camera.internal.domain.Owner;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Cameras and owners are edited as JPA entities; the registry's history, imports, documents and
 * health transitions are rows without an entity: written with native statements on the entity
 * manager (which flushes the entity changes pending before them, so the rows land in that order)
 * and read through the JDBC helper.
 */
@ApplicationScoped
public class JpaCameraRepository implements CameraRepository {
  private static final RowMapper<RegistryHistoryEntry> HISTORY_ENTRY =
      row ->
          new RegistryHistoryEntry(
              row.instant("changed_at"),
              row.string("actor"),
              row.string("actor_name"),
              RegistryHistoryEntry.ChangeKind.valueOf(row.string("change_kind")),
              row.string("reason"),
              changes(row.string("changes")));

  private static final RowMapper<ImportBatch> IMPORT_BATCH =
      row ->
          new ImportBatch(
              row.string("file_name"),
              row.string("file_sha256"),
              row.instant("imported_at"),
              row.string("imported_by"),
              row.intValue("rows_total"),
              row.intValue("created"),
              row.intValue("updated"),
              row.intValue("unchanged"),
              row.intValue("rejected"));

  private static final RowMapper<ConformityDocument> DOCUMENT =
      row ->
          new ConformityDocument(
              row.string("file_name"),
              row.string("media_type"),
              row.intValue("size_bytes"),
              row.string("sha256"),
              row.string("uploaded_by"),
              row.instant("uploaded_at"));

  private static final RowMapper<HealthTimeline.Transition> HEALTH_TRANSITION =
      row ->
          new HealthTimeline.Transition(
              row.instant("changed_at"),
              CameraHealth.valueOf(row.string("from_health")),
              CameraHealth.valueOf(row.string("to_health")));

  @PersistenceContext private EntityManager em;
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Camera> findByCode(String code) {
    return em.createQuery(
            "SELECT c FROM Camera c JOIN FETCH c.owner WHERE c.code = :code", Camera.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Camera camera) {
    em.persist(camera);
  }

  @Override
  public Optional<Owner> findOwner(String code) {
    return em.createQuery("SELECT o FROM Owner o WHERE o.code = :code", Owner.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Owner> owners() {
    return em.createQuery("SELECT o FROM Owner o ORDER BY o.type, o.name", Owner.class)
        .getResultList();
  }

  @Override
  public void addOwner(Owner owner) {
    em.persist(owner);
  }

  @Override
  public void appendHistory(
      RegistryHistoryEntry.ObjectType type, long objectId, RegistryHistoryEntry entry) {
    em.createNativeQuery(
            "INSERT INTO camera.registry_history (object_type, object_id, changed_at, actor,"
                + " actor_name, change_kind, reason, changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                + " CAST(?8 AS jsonb))")
        .setParameter(1, type.name())
        .setParameter(2, objectId)
        .setParameter(3, Timestamp.from(entry.changedAt()))
        .setParameter(4, entry.actor())
        .setParameter(5, entry.actorName())
        .setParameter(6, entry.kind().name())
        .setParameter(7, entry.reason())
        .setParameter(8, json(entry.changes()))
        .executeUpdate();
  }

  @Override
  public List<RegistryHistoryEntry> history(
      RegistryHistoryEntry.ObjectType type, long objectId, int offset, int limit) {
    return jdbc.list(
        "read the registry history",
        """
        SELECT changed_at, actor, actor_name, change_kind, reason, CAST(changes AS text) AS changes
          FROM camera.registry_history WHERE object_type = ? AND object_id = ?
         ORDER BY changed_at DESC, id DESC LIMIT ? OFFSET ?
        """,
        HISTORY_ENTRY,
        type.name(),
        objectId,
        limit,
        offset);
  }

  @Override
  public long historyCount(RegistryHistoryEntry.ObjectType type, long objectId) {
    return jdbc.first(
            "count the registry history",
            "SELECT count(*) AS entries FROM camera.registry_history"
                + " WHERE object_type = ? AND object_id = ?",
            row -> row.longValue("entries"),
            type.name(),
            objectId)
        .orElse(0L);
  }

  @Override
  public void recordImport(ImportBatch batch) {
    em.createNativeQuery(
            "INSERT INTO camera.import_batch (file_name, file_sha256, imported_at, imported_by,"
                + " rows_total, created, updated, unchanged, rejected) VALUES (?1, ?2, ?3, ?4, ?5,"
                + " ?6, ?7, ?8, ?9)")
        .setParameter(1, batch.fileName())
        .setParameter(2, batch.sha256())
        .setParameter(3, Timestamp.from(batch.importedAt()))
        .setParameter(4, batch.importedBy())
        .setParameter(5, batch.rowsTotal())
        .setParameter(6, batch.created())
        .setParameter(7, batch.updated())
        .setParameter(8, batch.unchanged())
        .setParameter(9, batch.rejected())
        .executeUpdate();
  }

  @Override
  public Optional<ImportBatch> lastImportOf(String sha256) {
    return jdbc.first(
        "read the last import of a file",
        """
        SELECT file_name, file_sha256, imported_at, imported_by, rows_total, created, updated,
               unchanged, rejected
          FROM camera.import_batch WHERE file_sha256 = ? ORDER BY imported_at DESC LIMIT 1
        """,
        IMPORT_BATCH,
        sha256);
  }

  @Override
  public void saveDocument(long cameraId, ConformityDocument document, byte[] content) {
    em.createNativeQuery(
            "INSERT INTO camera.conformity_document (camera_id, file_name, media_type, size_bytes,"
                + " sha256, content, uploaded_by, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " ON CONFLICT (camera_id) DO UPDATE SET file_name = excluded.file_name, media_type"
                + " = excluded.media_type, size_bytes = excluded.size_bytes, sha256 ="
                + " excluded.sha256, content = excluded.content, uploaded_by = excluded.uploaded_by,"
                + " uploaded_at = excluded.uploaded_at")
        .setParameter(1, cameraId)
        .setParameter(2, document.fileName())
        .setParameter(3, document.mediaType())
        .setParameter(4, document.sizeBytes())
        .setParameter(5, document.sha256())
        .setParameter(6, content)
        .setParameter(7, document.uploadedBy())
        .setParameter(8, Timestamp.from(document.uploadedAt()))
        .executeUpdate();
  }

  @Override
  public Optional<ConformityDocument> document(long cameraId) {
    return jdbc.first(
        "read a conformity document",
        "SELECT file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at"
            + " FROM camera.conformity_document WHERE camera_id = ?",
        DOCUMENT,
        cameraId);
  }

  @Override
  public Optional<byte[]> documentContent(long cameraId) {
    return jdbc.first(
        "read a conformity document's content",
        "SELECT content FROM camera.conformity_document WHERE camera_id = ?",
        row -> row.bytes("content"),
        cameraId);
  }

  private static String json(List<FieldChange> changes) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (FieldChange change : changes) {
      var object = JSON.createObjectBuilder().add("field", change.field());
      object = change.from() == null ? object.addNull("from") : object.add("from", change.from());
      object = change.to() == null ? object.addNull("to") : object.add("to", change.to());
      array.add(object);
    }
    return array.build().toString();
  }

  private static List<FieldChange> changes(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.stream()
          .map(JsonValue::asJsonObject)
          .map(
              object ->
                  new FieldChange(
                      object.getString("field"), nullable(object, "from"), nullable(object, "to")))
          .toList();
    }
  }

  private static String nullable(JsonObject object, String key) {
    return object.isNull(key) ? null : object.getString(key);
  }

  @Override
  public List<HealthTimeline.Transition> healthTransitions(
      long cameraId, Instant from, Instant to) {
    return jdbc.list(
        "read a camera's health transitions",
        "SELECT changed_at, from_health, to_health FROM camera.health_transition"
            + " WHERE camera_id = ? AND changed_at >= ? AND changed_at < ?"
            + " ORDER BY changed_at, id",
        HEALTH_TRANSITION,
        cameraId,
        from,
        to);
  }

  @Override
  public CameraHealth healthAt(long cameraId, Instant at) {
    return jdbc.first(
            "read a camera's health at a time",
            "SELECT to_health FROM camera.health_transition WHERE camera_id = ?"
                + " AND changed_at < ? ORDER BY changed_at DESC, id DESC LIMIT 1",
            row -> CameraHealth.valueOf(row.string("to_health")),
            cameraId,
            at)
        .orElse(null);
  }
}
