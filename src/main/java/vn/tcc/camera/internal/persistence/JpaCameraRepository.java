package vn.tcc.camera.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

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
import java.util.List;
import java.util.Optional;
import vn.tcc.camera.internal.domain.Camera;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.ConformityDocument;
import vn.tcc.camera.internal.domain.FieldChange;
import vn.tcc.camera.internal.domain.ImportBatch;
import vn.tcc.camera.internal.domain.Owner;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;

@ApplicationScoped
public class JpaCameraRepository implements CameraRepository {
  @PersistenceContext private EntityManager em;

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
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT changed_at, actor, actor_name, change_kind, reason, CAST(changes AS text)"
                    + " FROM camera.registry_history WHERE object_type = ?1 AND object_id = ?2"
                    + " ORDER BY changed_at DESC, id DESC LIMIT ?3 OFFSET ?4")
            .setParameter(1, type.name())
            .setParameter(2, objectId)
            .setParameter(3, limit)
            .setParameter(4, offset)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new RegistryHistoryEntry(
                    SqlValues.instant(row[0]),
                    SqlValues.text(row[1]),
                    SqlValues.text(row[2]),
                    RegistryHistoryEntry.ChangeKind.valueOf(SqlValues.text(row[3])),
                    SqlValues.text(row[4]),
                    changes(SqlValues.text(row[5]))))
        .toList();
  }

  @Override
  public long historyCount(RegistryHistoryEntry.ObjectType type, long objectId) {
    return SqlValues.number(
        em.createNativeQuery(
                "SELECT count(*) FROM camera.registry_history WHERE object_type = ?1 AND"
                    + " object_id = ?2")
            .setParameter(1, type.name())
            .setParameter(2, objectId)
            .getSingleResult());
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
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT file_name, file_sha256, imported_at, imported_by, rows_total, created,"
                    + " updated, unchanged, rejected FROM camera.import_batch WHERE file_sha256 ="
                    + " ?1 ORDER BY imported_at DESC LIMIT 1")
            .setParameter(1, sha256)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new ImportBatch(
                    SqlValues.text(row[0]),
                    SqlValues.text(row[1]),
                    SqlValues.instant(row[2]),
                    SqlValues.text(row[3]),
                    (int) SqlValues.number(row[4]),
                    (int) SqlValues.number(row[5]),
                    (int) SqlValues.number(row[6]),
                    (int) SqlValues.number(row[7]),
                    (int) SqlValues.number(row[8])));
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
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at FROM"
                    + " camera.conformity_document WHERE camera_id = ?1")
            .setParameter(1, cameraId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new ConformityDocument(
                    SqlValues.text(row[0]),
                    SqlValues.text(row[1]),
                    (int) SqlValues.number(row[2]),
                    SqlValues.text(row[3]),
                    SqlValues.text(row[4]),
                    SqlValues.instant(row[5])));
  }

  @Override
  public Optional<byte[]> documentContent(long cameraId) {
    @SuppressWarnings("unchecked")
    List<byte[]> rows =
        em.createNativeQuery("SELECT content FROM camera.conformity_document WHERE camera_id = ?1")
            .setParameter(1, cameraId)
            .getResultList();
    return rows.stream().findFirst();
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
  public List<vn.tcc.camera.internal.domain.HealthTimeline.Transition> healthTransitions(
      long cameraId, java.time.Instant from, java.time.Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT changed_at, from_health, to_health FROM camera.health_transition"
                    + " WHERE camera_id = :camera AND changed_at >= :from AND changed_at < :to"
                    + " ORDER BY changed_at, id")
            .setParameter("camera", cameraId)
            .setParameter(
                "from", java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
            .setParameter("to", java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new vn.tcc.camera.internal.domain.HealthTimeline.Transition(
                    SqlValues.instant(r[0]),
                    vn.tcc.camera.api.CameraHealth.valueOf((String) r[1]),
                    vn.tcc.camera.api.CameraHealth.valueOf((String) r[2])))
        .toList();
  }

  @Override
  public vn.tcc.camera.api.CameraHealth healthAt(long cameraId, java.time.Instant at) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "SELECT to_health FROM camera.health_transition WHERE camera_id = :camera"
                    + " AND changed_at < :at ORDER BY changed_at DESC, id DESC LIMIT 1")
            .setParameter("camera", cameraId)
            .setParameter("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
            .getResultList();
    return rows.isEmpty() ? null : vn.tcc.camera.api.CameraHealth.valueOf(rows.get(0));
  }
}
