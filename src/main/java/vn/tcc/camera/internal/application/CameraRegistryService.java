package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.api.CameraVmsLinks;
import vn.tcc.camera.api.DepartmentCameras;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.internal.domain.Camera;
import vn.tcc.camera.internal.domain.CameraDetails;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.CameraRules;
import vn.tcc.camera.internal.domain.ConformityDocument;
import vn.tcc.camera.internal.domain.FieldChange;
import vn.tcc.camera.internal.domain.GeoBounds;
import vn.tcc.camera.internal.domain.Owner;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry.ChangeKind;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry.ObjectType;
import vn.tcc.camera.internal.domain.Site;
import vn.tcc.camera.internal.domain.SiteRepository;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

/**
 * Registers and changes cameras: checks the rules, the references and the caller's role and
 * jurisdiction, keeps a history entry for every change and audits it, all in one transaction.
 * Refusals are raised before anything is written, so their transaction still commits: the audit
 * entry of a denied look at another commune's camera must stay on the trail.
 */
@ApplicationScoped
public class CameraRegistryService implements CameraVmsLinks, DepartmentCameras {
  public static final String CAMERA_CREATED = "CAMERA_CREATED";
  public static final String CAMERA_UPDATED = "CAMERA_UPDATED";
  public static final String CAMERA_VIEW_DENIED = "CAMERA_VIEW_DENIED";

  @Inject CameraRepository cameras;
  @Inject SiteRepository sites;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  @Inject CameraDirectory directory;

  @Override
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void link(
      Caller caller, String cameraCode, String vmsCode, String externalId, String reason) {
    linkToVms(caller, cameraCode, vmsCode, externalId, reason);
  }

  @Override
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void unlink(Caller caller, String cameraCode, String reason) {
    linkToVms(caller, cameraCode, null, null, reason);
  }

  /**
   * The IOC's department cameras: validated by the registry's own rules, the department registered
   * as an owner on first sight, the camera hung under its commune's center (else the province's).
   * Refusals are answered, not thrown, so the caller's other cameras go on.
   */
  @Override
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public DepartmentCameras.Result upsert(Caller caller, DepartmentCamera item) {
    if (caller == null
        || caller.jurisdiction() == null
        || !caller.hasAnyRole(List.of(Role.IOC, Role.ADMIN))) {
      throw new ProblemException(403, "problem.403.role");
    }
    List<FieldError> errors = new ArrayList<>();
    String departmentCode =
        item.departmentCode() == null
            ? null
            : item.departmentCode().strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Owner> department = Optional.empty();
    if (departmentCode == null || !CameraRules.CODE.matcher(departmentCode).matches()) {
      errors.add(FieldError.of("department", "camera.error.code.format"));
    } else {
      department = cameras.findOwner(departmentCode);
      if (department.isPresent() && department.get().type() != OwnerType.DEPARTMENT) {
        errors.add(FieldError.of("department", "camera.error.owner.notDepartment", departmentCode));
      }
    }
    String code =
        item.code() == null ? null : item.code().strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Camera> existing =
        code == null || !CameraRules.CODE.matcher(code).matches()
            ? Optional.empty()
            : cameras.findByCode(code);
    if (existing.isPresent() && existing.get().owner().type() != OwnerType.DEPARTMENT) {
      errors.add(FieldError.of("code", "camera.error.code.notDepartment", code));
    }
    JurisdictionCode commune = JurisdictionCode.parseOrNull(item.communeCode());
    String site =
        existing.isPresent()
                && commune != null
                && existing.get().communeCode().equals(commune.value())
            ? existing.get().details().siteCode()
            : centerFor(caller, commune);
    CameraDetails details =
        existing.isPresent()
            ? departmentDetails(existing.get().details(), item, departmentCode, site)
            : departmentDetails(null, item, departmentCode, site);
    for (FieldError error : check(caller, details)) {
      // A department seen for the first time is registered below, once everything else is right.
      boolean newDepartment =
          error.field().equals("ownerCode") && department.isEmpty() && errors.isEmpty();
      if (!newDepartment) {
        errors.add(error);
      }
    }
    if (!errors.isEmpty()) {
      return new DepartmentCameras.Result(Outcome.REJECTED, errors);
    }
    if (department.isEmpty()) {
      String name = blankToNull(item.departmentName());
      cameras.addOwner(
          new Owner(
              departmentCode,
              name == null ? departmentCode : name.strip(),
              OwnerType.DEPARTMENT,
              caller.jurisdiction().value(),
              null));
      trail.record(
          new AuditRecord(
              OwnerDirectory.OWNER_CREATED,
              "owner",
              departmentCode,
              caller.jurisdiction(),
              null,
              false,
              AuditOutcome.SUCCESS,
              "a department first seen in the IOC's camera list"));
    }
    String reason = "Đồng bộ camera của sở, ngành từ IOC (Smart City IOC)";
    if (existing.isEmpty()) {
      register(caller, details, ChangeKind.IMPORTED, reason);
      return new DepartmentCameras.Result(Outcome.CREATED, List.of());
    }
    return new DepartmentCameras.Result(
        change(caller, existing.get(), details, ChangeKind.IMPORTED, reason)
            ? Outcome.UPDATED
            : Outcome.UNCHANGED,
        List.of());
  }

  /** The commune's camera center, else the province's: where a department camera reports. */
  private String centerFor(Caller caller, JurisdictionCode commune) {
    if (commune == null) {
      return null;
    }
    return sites.within(commune).stream()
        .filter(s -> s.kind() == SiteKind.COMMUNE_CENTER && s.jurisdiction().equals(commune))
        .map(Site::code)
        .findFirst()
        .or(
            () ->
                sites.within(caller.jurisdiction()).stream()
                    .filter(s -> s.kind() == SiteKind.PROVINCIAL_CENTER)
                    .map(Site::code)
                    .findFirst())
        .orElse(null);
  }

  /**
   * What the IOC states replaces the registry's place, name, owner and VMS link; what TCC's staff
   * added (analysis site, technical profile) stays.
   */
  private static CameraDetails departmentDetails(
      CameraDetails before, DepartmentCamera item, String departmentCode, String site) {
    return new CameraDetails(
        item.code(),
        item.name(),
        before == null
            ? java.util.Set.of(vn.tcc.camera.api.CameraPurpose.OBSERVATION)
            : before.purposes(),
        departmentCode,
        item.communeCode(),
        item.latitude(),
        item.longitude(),
        before == null ? null : before.address(),
        before == null ? null : before.route(),
        before == null ? null : before.kmMarker(),
        site,
        before == null ? null : before.analysisSiteCode(),
        before == null ? null : before.resolution(),
        before == null ? null : before.codec(),
        item.vmsLinkUrl(),
        before == null ? null : before.subStreamUrl(),
        before != null && before.onvif(),
        before != null && before.builtInAnalytics(),
        before == null ? null : before.plateAccuracyDay(),
        before == null ? null : before.plateAccuracyNight(),
        before == null ? null : before.certificateNumber(),
        before == null ? null : before.certificateIssuer(),
        before == null ? null : before.certificateIssuedOn(),
        before == null ? null : before.certificateExpiresOn(),
        before == null ? null : before.registrationNumber(),
        before == null ? null : before.registeredOn(),
        before == null ? vn.tcc.camera.api.CameraStatus.OPERATIONAL : before.status(),
        before == null ? null : before.vmsCode(),
        before == null ? null : before.vmsExternalId());
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(TccTime.ZONE));
  }

  /** The camera if the caller may see it; a camera outside his jurisdiction is "not found". */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public CameraView find(Caller caller, String code) {
    return visible(caller, code).map(this::view).orElseThrow(() -> notFound(code));
  }

  @Transactional
  public Optional<Camera> visible(Caller caller, String code) {
    if (code == null || caller.jurisdiction() == null) {
      return Optional.empty();
    }
    Optional<Camera> camera = cameras.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    if (camera.isPresent() && !caller.mayAccess(new JurisdictionCode(camera.get().communeCode()))) {
      // Answer as if it did not exist, but leave a trace: someone looked outside his jurisdiction.
      trail.record(
          new AuditRecord(
              CAMERA_VIEW_DENIED,
              "camera",
              camera.get().code(),
              new JurisdictionCode(camera.get().communeCode()),
              null,
              false,
              AuditOutcome.DENIED,
              "outside the caller's jurisdiction"));
      return Optional.empty();
    }
    return camera;
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void create(Caller caller, CameraDetails details, String reason) {
    requireEditor(caller);
    List<FieldError> errors = check(caller, details);
    if (details.code() != null && cameras.findByCode(details.code()).isPresent()) {
      errors.add(FieldError.of("code", "camera.error.code.taken", details.code()));
    }
    throwIfAny(errors);
    register(caller, details, ChangeKind.CREATED, reason);
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void update(
      Caller caller, String code, CameraDetails details, Long expectedVersion, String reason) {
    requireEditor(caller);
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    if (expectedVersion != null && expectedVersion != camera.version()) {
      throw new ProblemException(409, "camera.error.stale", camera.code());
    }
    List<FieldError> errors = new ArrayList<>();
    if (details.code() != null && !details.code().equals(camera.code())) {
      errors.add(FieldError.of("code", "camera.error.code.fixed"));
    }
    CameraDetails next = details.withCode(camera.code());
    errors.addAll(check(caller, next));
    if (reason == null || reason.isBlank()) {
      errors.add(FieldError.of("reason", "camera.error.reason.required"));
    }
    throwIfAny(errors);
    change(caller, camera, next, ChangeKind.UPDATED, reason);
  }

  /**
   * A row of an imported spreadsheet: creates the camera or updates it, and changes nothing when
   * the row says what the registry already holds (so the same file imported twice is harmless).
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public boolean importRow(Caller caller, CameraDetails details, String reason) {
    requireEditor(caller);
    List<FieldError> errors = check(caller, details);
    throwIfAny(errors);
    Optional<Camera> existing =
        details.code() == null ? Optional.empty() : cameras.findByCode(details.code());
    if (existing.isEmpty()) {
      register(caller, details, ChangeKind.IMPORTED, reason);
      return true;
    }
    if (!caller.mayAccess(new JurisdictionCode(existing.get().communeCode()))) {
      throw new ValidationException(
          List.of(FieldError.of("code", "camera.error.code.taken", details.code())));
    }
    return change(caller, existing.get(), details, ChangeKind.IMPORTED, reason);
  }

  /** Every broken rule for these details, for the import's dry run and the forms. */
  @Transactional
  public List<FieldError> check(Caller caller, CameraDetails details) {
    GeoBounds bounds =
        caller.jurisdiction() == null
            ? null
            : jurisdictions
                .provinceBounds(caller.jurisdiction())
                .map(
                    b ->
                        new GeoBounds(
                            b.minLatitude(), b.maxLatitude(), b.minLongitude(), b.maxLongitude()))
                .orElse(null);
    List<FieldError> errors = new ArrayList<>(CameraRules.check(details, today(), bounds));
    if (details.communeCode() != null) {
      JurisdictionCode commune = JurisdictionCode.parseOrNull(details.communeCode());
      Optional<JurisdictionSummary> known =
          commune == null ? Optional.empty() : jurisdictions.find(commune);
      if (known.isEmpty() || known.get().parent() == null) {
        errors.add(
            FieldError.of("communeCode", "camera.error.commune.unknown", details.communeCode()));
      } else if (!caller.mayAccess(commune)) {
        errors.add(
            FieldError.of("communeCode", "camera.error.commune.notYours", details.communeCode()));
      }
    }
    if (details.ownerCode() != null && cameras.findOwner(details.ownerCode()).isEmpty()) {
      errors.add(FieldError.of("ownerCode", "camera.error.owner.unknown", details.ownerCode()));
    }
    JurisdictionCode commune = JurisdictionCode.parseOrNull(details.communeCode());
    if (details.siteCode() != null) {
      Optional<Site> site = sites.findByCode(details.siteCode());
      if (site.isEmpty()) {
        errors.add(FieldError.of("siteCode", "camera.error.site.unknown", details.siteCode()));
      } else if (!servesCommune(site.get(), commune)) {
        errors.add(FieldError.of("siteCode", "camera.error.site.otherCommune", details.siteCode()));
      }
    }
    if (details.analysisSiteCode() != null) {
      Optional<Site> analysis = sites.findByCode(details.analysisSiteCode());
      if (analysis.isEmpty()) {
        errors.add(
            FieldError.of(
                "analysisSiteCode", "camera.error.site.unknown", details.analysisSiteCode()));
      } else if (analysis.get().kind() != SiteKind.INTERMEDIATE_DEVICE
          && analysis.get().kind() != SiteKind.REGIONAL_SERVER_CLUSTER) {
        errors.add(FieldError.of("analysisSiteCode", "camera.error.analysisSite.kind"));
      } else if (!servesCommune(analysis.get(), commune)) {
        errors.add(
            FieldError.of(
                "analysisSiteCode", "camera.error.site.otherCommune", details.analysisSiteCode()));
      }
    }
    return errors;
  }

  /**
   * A camera reports to a site of its own commune or of the province: a commune officer must not
   * hang his cameras under another commune's center.
   */
  private static boolean servesCommune(Site site, JurisdictionCode commune) {
    return commune == null || site.jurisdiction().covers(commune);
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public List<RegistryHistoryEntry> history(Caller caller, String code, int offset, int limit) {
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    return cameras.history(ObjectType.CAMERA, camera.id(), offset, limit);
  }

  /** Uptime and gaps over the last 7 days, from the health transitions the VMS polls recorded. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public vn.tcc.camera.internal.domain.HealthTimeline uptime(Caller caller, String code) {
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    java.time.Instant to = clock.instant();
    java.time.Instant from = to.minus(java.time.Duration.ofDays(7));
    return vn.tcc.camera.internal.domain.HealthTimeline.of(
        from,
        to,
        cameras.healthAt(camera.id(), from),
        cameras.healthTransitions(camera.id(), from, to),
        camera.health(),
        camera.healthSince());
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public long historyCount(Caller caller, String code) {
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    return cameras.historyCount(ObjectType.CAMERA, camera.id());
  }

  private void register(Caller caller, CameraDetails details, ChangeKind kind, String reason) {
    Owner owner = cameras.findOwner(details.ownerCode()).orElseThrow();
    Camera camera = Camera.register(details, owner, clock.instant());
    cameras.add(camera);
    List<FieldChange> changes = details.asCreated();
    cameras.appendHistory(
        ObjectType.CAMERA,
        camera.id(),
        new RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            kind,
            blankToNull(reason),
            changes));
    trail.record(
        new AuditRecord(
            CAMERA_CREATED,
            "camera",
            camera.code(),
            new JurisdictionCode(camera.communeCode()),
            null,
            false,
            AuditOutcome.SUCCESS,
            kind == ChangeKind.IMPORTED ? "imported: " + reason : blankToNull(reason)));
  }

  private boolean change(
      Caller caller, Camera camera, CameraDetails next, ChangeKind kind, String reason) {
    if (!caller.mayAccess(new JurisdictionCode(camera.communeCode()))) {
      throw notFound(camera.code());
    }
    List<FieldChange> changes = camera.details().changesTo(next);
    if (changes.isEmpty()) {
      return false;
    }
    Owner owner = cameras.findOwner(next.ownerCode()).orElseThrow();
    String previousCommune = camera.communeCode();
    camera.apply(next, owner, clock.instant());
    cameras.appendHistory(
        ObjectType.CAMERA,
        camera.id(),
        new RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            kind,
            blankToNull(reason),
            changes));
    trail.record(
        new AuditRecord(
            CAMERA_UPDATED,
            "camera",
            camera.code(),
            new JurisdictionCode(previousCommune),
            null,
            false,
            AuditOutcome.SUCCESS,
            "fields: "
                + String.join(", ", changes.stream().map(FieldChange::field).toList())
                + (reason == null ? "" : "; reason: " + reason)));
    return true;
  }

  private CameraView view(Camera camera) {
    return new CameraView(
        camera.details(),
        camera.owner().name(),
        camera.owner().type(),
        camera.health(),
        camera.healthSince(),
        camera.lastSeenAt(),
        camera.createdAt(),
        camera.updatedAt(),
        camera.version(),
        cameras.document(camera.id()).orElse(null));
  }

  /**
   * Attaches the scanned conformity certificate (PDF, JPEG or PNG, up to 10 MB; the type is read
   * from the bytes, not the name), replacing an earlier one; the history keeps both hashes.
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public ConformityDocument attachCertificate(
      Caller caller, String code, String fileName, byte[] content) {
    requireEditor(caller);
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    if (content == null || content.length == 0 || content.length > ConformityDocument.MAX_BYTES) {
      throw new ValidationException(
          List.of(FieldError.of("certificateDocument", "camera.error.document.size", 10)));
    }
    String mediaType = ConformityDocument.sniffMediaType(content);
    if (mediaType == null) {
      throw new ValidationException(
          List.of(FieldError.of("certificateDocument", "camera.error.document.type")));
    }
    String name = fileName == null || fileName.isBlank() ? "chung-nhan" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.length() > 200 ? name.substring(name.length() - 200) : name;
    ConformityDocument document =
        new ConformityDocument(
            name,
            mediaType,
            content.length,
            CameraImport.sha256(content),
            caller.username(),
            clock.instant());
    String before =
        cameras.document(camera.id()).map(d -> d.fileName() + " " + d.sha256()).orElse(null);
    cameras.saveDocument(camera.id(), document, content);
    cameras.appendHistory(
        ObjectType.CAMERA,
        camera.id(),
        new RegistryHistoryEntry(
            clock.instant(),
            caller.username(),
            caller.displayName(),
            ChangeKind.UPDATED,
            null,
            List.of(
                new FieldChange("certificateDocument", before, name + " " + document.sha256()))));
    trail.record(
        new AuditRecord(
            CAMERA_UPDATED,
            "camera",
            camera.code(),
            new JurisdictionCode(camera.communeCode()),
            null,
            false,
            AuditOutcome.SUCCESS,
            "certificate document " + document.sha256()));
    return document;
  }

  /** The attached certificate, what it is and its bytes. */
  public record CertificateFile(ConformityDocument document, byte[] content) {}

  /** The attached certificate, for a user who may see the camera. */
  @Transactional(dontRollbackOn = ProblemException.class)
  public CertificateFile certificate(Caller caller, String code) {
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    ProblemException none = new ProblemException(404, "camera.error.document.none", camera.code());
    return new CertificateFile(
        cameras.document(camera.id()).orElseThrow(() -> none),
        cameras.documentContent(camera.id()).orElseThrow(() -> none));
  }

  /** Links the camera to a VMS camera (or unlinks it, with nulls); admins only, reason required. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void linkToVms(
      Caller caller, String code, String vmsCode, String externalId, String reason) {
    if (!CameraPermissions.mayManageRegistry(caller)) {
      trail.record(AuditRecord.denied("CAMERA_CHANGE_DENIED", "camera", code, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
    Camera camera = visible(caller, code).orElseThrow(() -> notFound(code));
    List<FieldError> errors = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      errors.add(FieldError.of("reason", "camera.error.reason.required"));
    }
    if (vmsCode != null) {
      directory.linkedTo(vmsCode).stream()
          .filter(other -> other.vmsExternalId().equals(externalId))
          .filter(other -> !other.code().equals(camera.code()))
          .findFirst()
          .ifPresent(
              other ->
                  errors.add(
                      FieldError.of("vmsExternalId", "camera.error.vms.taken", other.code())));
    }
    throwIfAny(errors);
    change(
        caller,
        camera,
        camera.details().withVmsLink(vmsCode, externalId),
        ChangeKind.UPDATED,
        reason);
  }

  private void requireEditor(Caller caller) {
    if (!CameraPermissions.mayEditCameras(caller)) {
      trail.record(AuditRecord.denied("CAMERA_CHANGE_DENIED", "camera", null, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  static ProblemException notFound(String code) {
    return new ProblemException(404, "camera.error.notFound", code);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
