package vn.tcc.camera.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * One change to a camera, site or owner: who made it and when, how (by hand, by import), why, and
 * which fields went from what to what.
 */
public record RegistryHistoryEntry(
    Instant changedAt,
    String actor,
    String actorName,
    ChangeKind kind,
    String reason,
    List<FieldChange> changes)
    implements java.io.Serializable {

  public enum ChangeKind {
    CREATED,
    UPDATED,
    IMPORTED
  }

  public enum ObjectType {
    CAMERA,
    SITE,
    OWNER
  }
}
