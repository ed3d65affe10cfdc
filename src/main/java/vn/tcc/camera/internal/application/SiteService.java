package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.FieldChange;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry.ChangeKind;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry.ObjectType;
import vn.tcc.camera.internal.domain.Site;
import vn.tcc.camera.internal.domain.SiteDetails;
import vn.tcc.camera.internal.domain.SiteRepository;
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
 * Sites of the hierarchy: everyone on staff reads those in his jurisdiction; admins manage them.
 */
@ApplicationScoped
public class SiteService {
  public static final String SITE_CREATED = "SITE_CREATED";
  public static final String SITE_UPDATED = "SITE_UPDATED";

  @Inject SiteRepository sites;
  @Inject CameraRepository history;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  @Transactional
  public List<SiteDetails> within(Caller caller) {
    if (caller.jurisdiction() == null) {
      return List.of();
    }
    return sites.within(caller.jurisdiction()).stream().map(Site::details).toList();
  }

  @Transactional(dontRollbackOn = ProblemException.class)
  public SiteDetails find(Caller caller, String code) {
    return visible(caller, code).map(Site::details).orElseThrow(() -> notFound(code));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SiteDetails create(Caller caller, SiteDetails details) {
    requireAdmin(caller);
    List<FieldError> errors = check(caller, details, null);
    if (details.code() != null && sites.findByCode(details.code()).isPresent()) {
      errors.add(FieldError.of("code", "site.error.code.taken", details.code()));
    }
    throwIfAny(errors);
    Site site = Site.create(details);
    sites.add(site);
    history.appendHistory(
        ObjectType.SITE,
        site.id(),
        new RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            ChangeKind.CREATED,
            null,
            created(details)));
    trail.record(
        new AuditRecord(
            SITE_CREATED,
            "site",
            site.code(),
            site.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            null));
    return site.details();
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SiteDetails update(Caller caller, String code, SiteDetails details, String reason) {
    requireAdmin(caller);
    Site site = visible(caller, code).orElseThrow(() -> notFound(code));
    SiteDetails next =
        new SiteDetails(
            site.code(),
            details.name(),
            details.kind(),
            details.jurisdictionCode(),
            details.parentCode(),
            details.latitude(),
            details.longitude(),
            details.address());
    List<FieldError> errors = check(caller, next, site);
    if (details.code() != null && !details.code().equals(site.code())) {
      errors.add(FieldError.of("code", "camera.error.code.fixed"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(FieldError.of("reason", "camera.error.reason.required"));
    }
    throwIfAny(errors);
    List<FieldChange> changes = site.details().changesTo(next);
    if (!changes.isEmpty()) {
      JurisdictionCode before = site.jurisdiction();
      site.apply(next);
      history.appendHistory(
          ObjectType.SITE,
          site.id(),
          new RegistryHistoryEntry(
              clock.instant(),
              caller.username(),
              caller.displayName(),
              ChangeKind.UPDATED,
              reason.strip(),
              changes));
      trail.record(
          new AuditRecord(
              SITE_UPDATED,
              "site",
              site.code(),
              before,
              null,
              false,
              AuditOutcome.SUCCESS,
              "fields: " + String.join(", ", changes.stream().map(FieldChange::field).toList())));
    }
    return site.details();
  }

  @Transactional(dontRollbackOn = ProblemException.class)
  public List<RegistryHistoryEntry> history(Caller caller, String code) {
    Site site = visible(caller, code).orElseThrow(() -> notFound(code));
    return history.history(ObjectType.SITE, site.id(), 0, 500);
  }

  private Optional<Site> visible(Caller caller, String code) {
    if (code == null || caller.jurisdiction() == null) {
      return Optional.empty();
    }
    return sites
        .findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
        .filter(site -> caller.mayAccess(site.jurisdiction()));
  }

  private List<FieldError> check(Caller caller, SiteDetails details, Site existing) {
    List<FieldError> errors = new ArrayList<>(details.check());
    if (details.jurisdictionCode() != null) {
      JurisdictionCode code = JurisdictionCode.parseOrNull(details.jurisdictionCode());
      if (code == null || jurisdictions.find(code).isEmpty()) {
        errors.add(
            FieldError.of(
                "jurisdictionCode", "camera.error.commune.unknown", details.jurisdictionCode()));
      } else if (!caller.mayAccess(code)) {
        errors.add(
            FieldError.of(
                "jurisdictionCode", "camera.error.commune.notYours", details.jurisdictionCode()));
      }
    }
    if (details.parentCode() != null) {
      Optional<Site> parent = sites.findByCode(details.parentCode());
      if (parent.isEmpty()) {
        errors.add(FieldError.of("parentCode", "camera.error.site.unknown", details.parentCode()));
      } else if (existing != null && isBelow(parent.get(), existing.code())) {
        errors.add(FieldError.of("parentCode", "site.error.parent.cycle"));
      }
    }
    return errors;
  }

  /** True when the site or one of its ancestors is the given code: it would make a loop. */
  private boolean isBelow(Site site, String code) {
    Set<String> seen = new HashSet<>();
    Optional<Site> current = Optional.of(site);
    while (current.isPresent() && seen.add(current.get().code())) {
      if (current.get().code().equals(code)) {
        return true;
      }
      String parent = current.get().parentCode();
      current = parent == null ? Optional.empty() : sites.findByCode(parent);
    }
    return false;
  }

  private static List<FieldChange> created(SiteDetails details) {
    List<FieldChange> changes = new ArrayList<>();
    details
        .asFields()
        .forEach(
            (field, value) -> {
              if (value != null) {
                changes.add(new FieldChange(field, null, value));
              }
            });
    return changes;
  }

  private void requireAdmin(Caller caller) {
    if (!CameraPermissions.mayManageRegistry(caller)) {
      trail.record(AuditRecord.denied("SITE_CHANGE_DENIED", "site", null, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static ProblemException notFound(String code) {
    return new ProblemException(404, "site.error.notFound", code);
  }
}
