package vn.tcc.retention.api;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * One piece of kept data as its owning module lists it for retention: what it is and where it is
 * stored, the facts that decide how long it is kept, and what a deletion record says of it.
 *
 * @param itemId the owning module's id of the item, unique within its data class (e.g. an event id,
 *     a file's SHA-256, a VMS recording id prefixed with its VMS)
 * @param jurisdiction the commune/ward or province the item belongs to (who reviews and sees it)
 * @param ownerType owner of the camera it came from; null when it came from no camera
 * @param retentionStartsAt the instant its period is counted from, as {@link DataClass} says
 * @param cameraCode the camera that captured it, or null
 * @param capturedFrom first instant it shows, or null; {@code capturedTo} the last (or null)
 * @param cases the violation cases it belongs to and where they stand
 * @param agreementId the sharing agreement it was received under, or null
 * @param agreementPeriod the period that agreement sets, or null
 * @param sizeBytes its size, 0 when it has none of its own (a row)
 * @param sha256 the SHA-256 of its bytes where it is a file, else null
 * @param description a short human description for the dry run and the record (no personal data)
 */
public record RetainedRecord(
    DataClass dataClass,
    String itemId,
    StorageLevel level,
    JurisdictionCode jurisdiction,
    OwnerType ownerType,
    Instant retentionStartsAt,
    String cameraCode,
    Instant capturedFrom,
    Instant capturedTo,
    List<CaseLink> cases,
    String agreementId,
    Period agreementPeriod,
    long sizeBytes,
    String sha256,
    String description) {

  public RetainedRecord {
    Objects.requireNonNull(dataClass, "dataClass");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(retentionStartsAt, "retentionStartsAt");
    cases = List.copyOf(cases);
  }
}
