package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
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
  public static final String OWNER_CREATED = "OWNER_CREATED";
  public static final String OWNER_UPDATED = "OWNER_UPDATED";

  @Inject AuditTrail trail;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject Clock clock;

  @Inject CameraRepository cameras;

  public record OwnerOption(String code, String name, OwnerType type, String jurisdictionCode)
      implements java.io.Serializable {}

  /** An owner with its tax code, for the administrators' edit form. */
  public record OwnerRecord(OwnerOption owner, String taxCode) implements java.io.Serializable {}

  @Transactional
  public List<OwnerRecord> records(Caller caller) {
    return visibleOwners(caller).stream()
        .map(o -> new OwnerRecord(option(o), o.taxCode()))
        .toList();
  }

  /** Registers an owner (administrators); its code is how cameras and spreadsheets name it. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public OwnerOption create(Caller caller, OwnerOption owner, String taxCode) {
    requireAdmin(caller);
    List<FieldError> errors = new ArrayList<>();
    String code = owner.code() == null ? null : owner.code().strip().toUpperCase(Locale.ROOT);
    if (code == null || !CameraRules.CODE.matcher(code).matches()) {
      errors.add(FieldError.of("ownerCode", "camera.error.code.format"));
    } else if (cameras.findOwner(code).isPresent()) {
      errors.add(FieldError.of("ownerCode", "owner.error.code.taken", code));
    }
    JurisdictionCode jurisdiction = check(caller, owner, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Owner created =
        new Owner(
            code, owner.name().strip(), owner.type(), jurisdiction.value(), blankToNull(taxCode));
    cameras.addOwner(created);
    record(
        caller,
        created,
        RegistryHistoryEntry.ChangeKind.CREATED,
        null,
        changes(new OwnerOption(null, null, null, null), null, created));
    trail.record(
        new AuditRecord(
            OWNER_CREATED, "owner", code, jurisdiction, null, false, AuditOutcome.SUCCESS, null));
    return new OwnerOption(code, created.name(), created.type(), created.jurisdictionCode());
  }

  /** Changes an owner's name, type, area or tax code (administrators); the code stays. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public OwnerOption update(Caller caller, OwnerOption owner, String taxCode, String reason) {
    requireAdmin(caller);
    String code = owner.code() == null ? "" : owner.code().strip().toUpperCase(Locale.ROOT);
    Owner existing =
        cameras
            .findOwner(code)
            .filter(o -> caller.mayAccess(new JurisdictionCode(o.jurisdictionCode())))
            .orElseThrow(() -> new ProblemException(404, "owner.error.notFound", code));
    List<FieldError> errors = new ArrayList<>();
    JurisdictionCode jurisdiction = check(caller, owner, errors);
    if (reason == null || reason.isBlank()) {
      errors.add(FieldError.of("ownerReason", "camera.error.reason.required"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    OwnerOption before =
        new OwnerOption(
            existing.code(), existing.name(), existing.type(), existing.jurisdictionCode());
    String taxBefore = existing.taxCode();
    existing.update(owner.name().strip(), owner.type(), jurisdiction.value(), blankToNull(taxCode));
    List<FieldChange> changes = changes(before, taxBefore, existing);
    if (!changes.isEmpty()) {
      record(caller, existing, RegistryHistoryEntry.ChangeKind.UPDATED, reason.strip(), changes);
      trail.record(
          new AuditRecord(
              OWNER_UPDATED,
              "owner",
              code,
              new JurisdictionCode(before.jurisdictionCode()),
              null,
              false,
              AuditOutcome.SUCCESS,
              "fields: " + String.join(", ", changes.stream().map(FieldChange::field).toList())));
    }
    return new OwnerOption(code, existing.name(), existing.type(), existing.jurisdictionCode());
  }

  private void requireAdmin(Caller caller) {
    if (!CameraPermissions.mayManageRegistry(caller)) {
      trail.record(AuditRecord.denied("OWNER_CHANGE_DENIED", "owner", null, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
  }

  private JurisdictionCode check(Caller caller, OwnerOption owner, List<FieldError> errors) {
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
    return jurisdiction;
  }

  private static List<FieldChange> changes(OwnerOption before, String taxBefore, Owner after) {
    List<FieldChange> changes = new ArrayList<>();
    add(changes, "name", before.name(), after.name());
    add(
        changes,
        "ownerType",
        before.type() == null ? null : before.type().name(),
        after.type().name());
    add(changes, "jurisdictionCode", before.jurisdictionCode(), after.jurisdictionCode());
    add(changes, "taxCode", taxBefore, after.taxCode());
    return changes;
  }

  private static void add(List<FieldChange> changes, String field, String from, String to) {
    if (!java.util.Objects.equals(from, to)) {
      changes.add(new FieldChange(field, from, to));
    }
  }

  private void record(
      Caller caller,
      Owner owner,
      RegistryHistoryEntry.ChangeKind kind,
      String reason,
      List<FieldChange> changes) {
    cameras.appendHistory(
        RegistryHistoryEntry.ObjectType.OWNER,
        owner.id(),
        new RegistryHistoryEntry(
            clock.instant(), caller.username(), caller.displayName(), kind, reason, changes));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Transactional
  public List<OwnerOption> options(Caller caller) {
    return visibleOwners(caller).stream().map(OwnerDirectory::option).toList();
  }

  /** Owners in the caller's jurisdiction, and the province's own (e.g. the provincial police). */
  private List<Owner> visibleOwners(Caller caller) {
    if (caller.jurisdiction() == null) {
      return List.of();
    }
    return cameras.owners().stream()
        .filter(
            o -> {
              JurisdictionCode code = new JurisdictionCode(o.jurisdictionCode());
              return caller.mayAccess(code) || code.covers(caller.jurisdiction());
            })
        .toList();
  }

  private static OwnerOption option(Owner o) {
    return new OwnerOption(o.code(), o.name(), o.type(), o.jurisdictionCode());
  }
}
