package vn.tcc.shared.audit;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * One thing to put on the audit trail. Who, when, from where and the request id are filled in by
 * the trail itself from the current request. A read of personal data must state its purpose.
 *
 * @param action what happened, e.g. {@code SIGN_IN}, {@code CAMERA_UPDATED}, {@code PLATE_SEARCHED}
 * @param objectType the kind of object concerned, e.g. {@code camera}; may be null
 * @param objectId the object's id; may be null
 * @param jurisdiction the jurisdiction the object belongs to; null when it belongs to none
 * @param purpose why the data was read; required when {@code personalData}
 * @param personalData whether personal data (plates, identities, footage) was read
 * @param outcome success, denied or failed
 * @param details a short free text (no personal data beyond what the entry is about); the trail
 *     cuts it, like every field, to its column with a marker
 */
public record AuditRecord(
    String action,
    String objectType,
    String objectId,
    JurisdictionCode jurisdiction,
    String purpose,
    boolean personalData,
    AuditOutcome outcome,
    String details) {

  public AuditRecord {
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("An audit record needs an action");
    }
    if (outcome == null) {
      throw new IllegalArgumentException("An audit record needs an outcome");
    }
    if (personalData && (purpose == null || purpose.isBlank())) {
      throw new IllegalArgumentException("A read of personal data must state its purpose");
    }
  }

  public static AuditRecord success(String action, String objectType, String objectId) {
    return new AuditRecord(
        action, objectType, objectId, null, null, false, AuditOutcome.SUCCESS, null);
  }

  public static AuditRecord denied(
      String action, String objectType, String objectId, String details) {
    return new AuditRecord(
        action, objectType, objectId, null, null, false, AuditOutcome.DENIED, details);
  }

  public static AuditRecord personalDataRead(
      String action,
      String objectType,
      String objectId,
      JurisdictionCode jurisdiction,
      String purpose) {
    return new AuditRecord(
        action, objectType, objectId, jurisdiction, purpose, true, AuditOutcome.SUCCESS, null);
  }

  public AuditRecord withDetails(String text) {
    return new AuditRecord(
        action, objectType, objectId, jurisdiction, purpose, personalData, outcome, text);
  }
}
