package vn.tcc.camera.internal.domain;

import java.util.List;
import java.util.Optional;

/** Cameras and owners as aggregates to change, and the registry's history. */
public interface CameraRepository {
  Optional<Camera> findByCode(String code);

  void add(Camera camera);

  Optional<Owner> findOwner(String code);

  List<Owner> owners();

  void addOwner(Owner owner);

  void appendHistory(
      RegistryHistoryEntry.ObjectType type, long objectId, RegistryHistoryEntry entry);

  List<RegistryHistoryEntry> history(
      RegistryHistoryEntry.ObjectType type, long objectId, int offset, int limit);

  long historyCount(RegistryHistoryEntry.ObjectType type, long objectId);

  /** Records an applied spreadsheet import. */
  void recordImport(ImportBatch batch);

  /** When a file with this SHA-256 was last imported, if ever. */
  Optional<ImportBatch> lastImportOf(String sha256);

  /** Attaches the certificate document, replacing an earlier one. */
  void saveDocument(long cameraId, ConformityDocument document, byte[] content);

  Optional<ConformityDocument> document(long cameraId);

  Optional<byte[]> documentContent(long cameraId);

  /** Health transitions of a camera inside the window, oldest first. */
  List<HealthTimeline.Transition> healthTransitions(
      long cameraId, java.time.Instant from, java.time.Instant to);

  /** The health the camera had at {@code at}, from the last transition before it; null if none. */
  vn.tcc.camera.api.CameraHealth healthAt(long cameraId, java.time.Instant at);
}
