package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.CameraRules;
import vn.tcc.camera.internal.domain.FieldChange;
import vn.tcc.camera.internal.domain.Owner;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * Camera owners: the ones a user may choose for a camera (his jurisdiction's and the province's),
 * and their registration by administrators, with history and audit.
 */
@ApplicationScoped
public class OwnerDirectory {
  @Inject CameraRepository cameras;

  public record OwnerOption(String code, String name, OwnerType type, String jurisdictionCode) {}

  public static final String OWNER_CREATED = "OWNER_CREATED";

  @Inject AuditTrail trail;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject Clock clock;

  /** Registers an owner (administrators); its code is how cameras and spreadsheets name it. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public OwnerOption create(Caller caller, OwnerOption owner, String taxCode) {
    if (!CameraPermissions.mayManageRegistry(caller)) {
      trail.record(AuditRecord.denied("OWNER_CHANGE_DENIED", "owner", null, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
    java.util.List<FieldError> errors = new java.util.ArrayList<>();
    String code = owner.code() == null ? null : owner.code().strip().toUpperCase(Locale.ROOT);
    if (code == null || !CameraRules.CODE.matcher(code).matches()) {
      errors.add(FieldError.of("ownerCode", "camera.error.code.format"));
    } else if (cameras.findOwner(code).isPresent()) {
      errors.add(FieldError.of("ownerCode", "owner.error.code.taken", code));
    }
    if (owner.name() == null || owner.name().isBlank()) {
      errors.add(FieldError.of("ownerName", "camera.error.required"));
    }
    if (owner.type() == null) {
      errors.add(FieldError.of("ownerType", "camera.error.required"));
    }
    JurisdictionCode jurisdiction = JurisdictionCode.parseOrNull(owner.jurisdictionCode());
    if (jurisdiction == null || jurisdictions.find(jurisdiction).isEmpty()) {
      errors.add(
          FieldError.of(
              "ownerJurisdiction", "camera.error.commune.unknown", owner.jurisdictionCode()));
    } else if (!caller.mayAccess(jurisdiction)) {
      errors.add(
          FieldError.of(
              "ownerJurisdiction", "camera.error.commune.notYours", owner.jurisdictionCode()));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Owner created =
        new Owner(code, owner.name().strip(), owner.type(), jurisdiction.value(), taxCode);
    cameras.addOwner(created);
    cameras.appendHistory(
        RegistryHistoryEntry.ObjectType.OWNER,
        created.id(),
        new RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            RegistryHistoryEntry.ChangeKind.CREATED,
            null,
            List.of(
                new FieldChange("name", null, created.name()),
                new FieldChange("ownerType", null, created.type().name()),
                new FieldChange("jurisdictionCode", null, created.jurisdictionCode()))));
    trail.record(
        new AuditRecord(
            OWNER_CREATED, "owner", code, jurisdiction, null, false, AuditOutcome.SUCCESS, null));
    return new OwnerOption(code, created.name(), created.type(), created.jurisdictionCode());
  }

  @Transactional
  public List<OwnerOption> options(Caller caller) {
    if (caller.jurisdiction() == null) {
      return List.of();
    }
    return cameras.owners().stream()
        .filter(
            o -> {
              JurisdictionCode code = new JurisdictionCode(o.jurisdictionCode());
              return caller.mayAccess(code) || code.covers(caller.jurisdiction());
            })
        .map(o -> new OwnerOption(o.code(), o.name(), o.type(), o.jurisdictionCode()))
        .toList();
  }
}
