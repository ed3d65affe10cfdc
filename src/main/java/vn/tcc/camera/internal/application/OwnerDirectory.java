package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/** The owners a user may choose for a camera: those of his jurisdiction and the province's. */
@ApplicationScoped
public class OwnerDirectory {
  @Inject CameraRepository cameras;

  public record OwnerOption(String code, String name, OwnerType type, String jurisdictionCode) {}

  public static final String OWNER_CREATED = "OWNER_CREATED";

  @Inject vn.tcc.shared.audit.AuditTrail trail;
  @Inject vn.tcc.jurisdiction.api.JurisdictionDirectory jurisdictions;
  @Inject java.time.Clock clock;

  /** Registers an owner (administrators); its code is how cameras and spreadsheets name it. */
  @Transactional(
      dontRollbackOn = {
        vn.tcc.shared.error.ProblemException.class,
        vn.tcc.shared.error.ValidationException.class
      })
  public OwnerOption create(Caller caller, OwnerOption owner, String taxCode) {
    if (!vn.tcc.camera.api.CameraPermissions.mayManageRegistry(caller)) {
      trail.record(
          vn.tcc.shared.audit.AuditRecord.denied(
              "OWNER_CHANGE_DENIED", "owner", null, "role not allowed"));
      throw new vn.tcc.shared.error.ProblemException(403, "problem.403.role");
    }
    java.util.List<vn.tcc.shared.error.FieldError> errors = new java.util.ArrayList<>();
    String code =
        owner.code() == null ? null : owner.code().strip().toUpperCase(java.util.Locale.ROOT);
    if (code == null || !vn.tcc.camera.internal.domain.CameraRules.CODE.matcher(code).matches()) {
      errors.add(vn.tcc.shared.error.FieldError.of("ownerCode", "camera.error.code.format"));
    } else if (cameras.findOwner(code).isPresent()) {
      errors.add(vn.tcc.shared.error.FieldError.of("ownerCode", "owner.error.code.taken", code));
    }
    if (owner.name() == null || owner.name().isBlank()) {
      errors.add(vn.tcc.shared.error.FieldError.of("ownerName", "camera.error.required"));
    }
    if (owner.type() == null) {
      errors.add(vn.tcc.shared.error.FieldError.of("ownerType", "camera.error.required"));
    }
    JurisdictionCode jurisdiction = JurisdictionCode.parseOrNull(owner.jurisdictionCode());
    if (jurisdiction == null || jurisdictions.find(jurisdiction).isEmpty()) {
      errors.add(
          vn.tcc.shared.error.FieldError.of(
              "ownerJurisdiction", "camera.error.commune.unknown", owner.jurisdictionCode()));
    } else if (!caller.mayAccess(jurisdiction)) {
      errors.add(
          vn.tcc.shared.error.FieldError.of(
              "ownerJurisdiction", "camera.error.commune.notYours", owner.jurisdictionCode()));
    }
    if (!errors.isEmpty()) {
      throw new vn.tcc.shared.error.ValidationException(errors);
    }
    vn.tcc.camera.internal.domain.Owner created =
        new vn.tcc.camera.internal.domain.Owner(
            code, owner.name().strip(), owner.type(), jurisdiction.value(), taxCode);
    cameras.addOwner(created);
    cameras.appendHistory(
        vn.tcc.camera.internal.domain.RegistryHistoryEntry.ObjectType.OWNER,
        created.id(),
        new vn.tcc.camera.internal.domain.RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            vn.tcc.camera.internal.domain.RegistryHistoryEntry.ChangeKind.CREATED,
            null,
            java.util.List.of(
                new vn.tcc.camera.internal.domain.FieldChange("name", null, created.name()),
                new vn.tcc.camera.internal.domain.FieldChange(
                    "ownerType", null, created.type().name()),
                new vn.tcc.camera.internal.domain.FieldChange(
                    "jurisdictionCode", null, created.jurisdictionCode()))));
    trail.record(
        new vn.tcc.shared.audit.AuditRecord(
            OWNER_CREATED,
            "owner",
            code,
            jurisdiction,
            null,
            false,
            vn.tcc.shared.audit.AuditOutcome.SUCCESS,
            null));
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
