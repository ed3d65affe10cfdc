package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraOwners;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementLifecycle;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.AgreementTerm;
import vn.tcc.sharing.internal.domain.LegalBasis;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.Providers;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;
import vn.tcc.sharing.internal.domain.SharingWindow;
import vn.tcc.sharing.internal.domain.StoragePlace;

/**
 * Drafting, moving and reading agreements.
 *
 * <p>Who sees what: administrators, supervisors and auditors of the province see every agreement; a
 * commune's officer sees those shared with his commune or with the province (both serve him); a
 * provider's representative sees only his own organisation's. An agreement the caller may not see
 * does not exist for him (404), and the refused look is audited.
 *
 * <p>Which cameras: registered cameras the provider owns (the registry's owner whose code the
 * provider names); police and department cameras are not shared under Art. 18, they belong to the
 * state already.
 */
@ApplicationScoped
public class AgreementAdministration {
  static final int MAX_PAGE_SIZE = 200;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @Inject SharingAgreements agreements;
  @Inject Providers providers;
  @Inject CameraDirectory cameras;
  @Inject CameraOwners cameraOwners;
  @Inject AuditTrail auditTrail;
  @Inject SharingAccessDenials denials;
  @Inject AgreementPapers papers;
  @Inject Clock clock;

  /**
   * @throws ProblemException 403, 404 (provider), 422 (fields, cameras that are not the provider's
   *     kind, a term already over)
   */
  @Transactional
  public AgreementView draft(Caller caller, AgreementRequest request) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, TccTime.ZONE);
    SharingInput input = new SharingInput();
    String providerCode = input.code("providerCode", request.providerCode(), true);
    String title = input.required("title", request.title(), 300);
    String unitText = input.required("receivingUnit", request.receivingUnit(), 64);
    JurisdictionCode unit = unitText == null ? null : JurisdictionCode.parseOrNull(unitText);
    if (unitText != null && unit == null) {
      input.add(FieldError.of("receivingUnit", "sharing.input.unknownValue", unitText));
    } else if (unit != null && !caller.mayAccess(unit)) {
      input.add(FieldError.of("receivingUnit", "sharing.input.outsideJurisdiction", unitText));
    }
    Set<String> cameraCodes = input.codes("cameraCodes", request.cameraCodes());
    Set<SharedDataType> dataTypes =
        input.choices("dataTypes", request.dataTypes(), SharedDataType.class);
    Set<SharingPurpose> purposes =
        input.choices("purposes", request.purposes(), SharingPurpose.class);
    LocalTime start = input.timeOfDay("startTime", request.startTime());
    LocalTime end = input.timeOfDay("endTime", request.endTime());
    Set<DayOfWeek> days = input.choices("daysOfWeek", request.daysOfWeek(), DayOfWeek.class);
    LegalBasis basis = input.choice("legalBasis", request.legalBasis(), LegalBasis.class, true);
    String decision = input.text("decisionNumber", request.decisionNumber(), 100);
    StoragePlace storage =
        input.choice("storagePlace", request.storagePlace(), StoragePlace.class, true);
    Integer retentionDays = request.retentionDays();
    if (retentionDays == null) {
      input.add(FieldError.of("retentionDays", "sharing.input.required"));
    } else if (retentionDays < 1 || retentionDays > SharingAgreement.MAX_RETENTION_DAYS) {
      input.add(
          FieldError.of(
              "retentionDays",
              "sharing.input.numberRange",
              1,
              SharingAgreement.MAX_RETENTION_DAYS));
    }
    LocalDate startsOn = input.date("startsOn", request.startsOn(), true);
    LocalDate endsOn = input.date("endsOn", request.endsOn(), true);
    if (endsOn != null && endsOn.isBefore(today)) {
      input.add(FieldError.of("endsOn", "sharing.agreement.endsInPast"));
    }
    String sha = input.text("documentSha256", request.documentSha256(), 64);
    if (sha != null && !SHA256.matcher(sha).matches()) {
      input.add(FieldError.of("documentSha256", "sharing.agreement.sha256"));
    }
    input.check();

    Provider provider =
        providers
            .byCode(providerCode)
            .orElseThrow(() -> new ProblemException(422, "sharing.provider.unknown", providerCode));
    checkCameras(provider, cameraCodes);
    SharingAgreement drafted =
        SharingAgreement.draft(
            provider.id(),
            title,
            unit,
            cameraCodes,
            dataTypes,
            purposes,
            new SharingWindow(start, end, days),
            basis,
            decision,
            storage,
            retentionDays,
            new AgreementTerm(startsOn, endsOn),
            sha,
            caller.username(),
            now);
    SharingAgreement stored =
        agreements.add(
            drafted,
            new AgreementEvent(
                null,
                0,
                null,
                AgreementState.DRAFT,
                caller.username(),
                ActorKind.ADMIN,
                "drafted",
                now));
    auditTrail.record(
        new AuditRecord(
            SharingAudit.AGREEMENT_DRAFTED,
            "sharing_agreement",
            String.valueOf(stored.id()),
            unit,
            null,
            false,
            AuditOutcome.SUCCESS,
            provider.code()
                + " "
                + basis
                + " cameras "
                + cameraCodes
                + " "
                + startsOn
                + ".."
                + endsOn));
    return view(caller, stored, provider, today, true);
  }

  /**
   * Each camera registered, privately owned, and owned by this provider (the registry's owner the
   * provider names): a provider shares his own cameras, not his neighbour's.
   */
  void checkCameras(Provider provider, Set<String> codes) {
    Map<String, CameraCustody> found = cameras.custodyOf(codes);
    Map<String, String> owners = cameraOwners.ownerCodesOf(codes);
    List<FieldError> errors = new ArrayList<>();
    for (String code : codes) {
      CameraCustody camera = found.get(code);
      if (camera == null) {
        errors.add(FieldError.of("cameraCodes", "sharing.agreement.cameraUnknown", code));
      } else if (camera.ownerType() == OwnerType.POLICE
          || camera.ownerType() == OwnerType.DEPARTMENT
          || !owners.getOrDefault(code, "").equals(provider.cameraOwnerCode())) {
        errors.add(
            FieldError.of(
                "cameraCodes",
                "sharing.agreement.cameraNotProviders",
                code,
                owners.getOrDefault(code, "?")));
      }
    }
    if (!errors.isEmpty()) {
      throw new vn.tcc.shared.error.ValidationException(errors);
    }
  }

  /**
   * Moves an agreement ({@link AgreementLifecycle}): an administrator, or the provider revoking his
   * own. A reason always; on activation the signed document's SHA-256 unless given at drafting.
   *
   * @throws ProblemException 403, 404 (no such agreement, or not the caller's), 409, 422
   */
  @Transactional
  public AgreementView move(
      Caller caller, long id, AgreementState to, String why, String documentSha256) {
    ActorKind actor;
    Long ownProvider = null;
    if (SharingRoles.isProvider(caller)) {
      actor = ActorKind.PROVIDER;
      ownProvider = ownProviderId(caller);
    } else if (SharingRoles.has(caller, SharingRoles.MANAGERS)) {
      actor = ActorKind.ADMIN;
    } else {
      throw new ProblemException(403, "problem.403.role");
    }
    SharingInput input = new SharingInput();
    String reason = input.required("reason", why, 1000);
    String sha = input.text("documentSha256", documentSha256, 64);
    if (sha != null && !SHA256.matcher(sha).matches()) {
      input.add(FieldError.of("documentSha256", "sharing.agreement.sha256"));
    }
    if (to == null) {
      input.add(FieldError.of("to", "sharing.input.required"));
    }
    input.check();
    SharingAgreement agreement = visible(caller, id, ownProvider, "move to " + to);
    Instant now = clock.instant();
    SharingAgreement moved = agreement.moveTo(to, actor, now, sha);
    SharingAgreement stored =
        agreements.recordMove(
            moved,
            new AgreementEvent(
                null, id, agreement.state(), to, caller.username(), actor, reason, now));
    auditTrail.record(
        new AuditRecord(
            SharingAudit.AGREEMENT_MOVED,
            "sharing_agreement",
            String.valueOf(id),
            agreement.receivingUnit(),
            null,
            false,
            AuditOutcome.SUCCESS,
            agreement.state() + " -> " + to + " by " + actor + ": " + reason));
    Provider provider = providers.byId(stored.providerId()).orElseThrow();
    // The provider's papers, in the same transaction as the move they record.
    if (agreement.state() == AgreementState.DRAFT && to == AgreementState.ACTIVE) {
      papers.issueReceipt(stored, provider, caller.username(), now);
    } else if (to == AgreementState.DATA_DESTROYED) {
      papers.issueCertificate(stored, provider, reason, caller.username(), now);
    }
    return view(caller, stored, provider, LocalDate.ofInstant(now, TccTime.ZONE), true);
  }

  /**
   * The agreements the caller may see, newest first.
   *
   * @param state a state's name, or empty for all
   * @param providerCode only this provider's (staff); a provider always sees only his own
   */
  public SharingPage<AgreementView> list(
      Caller caller, String state, String providerCode, String page, String size) {
    Long ownProvider = null;
    if (SharingRoles.isProvider(caller)) {
      ownProvider = ownProviderId(caller);
    } else {
      SharingRoles.require(caller, SharingRoles.READERS);
    }
    SharingInput input = new SharingInput();
    AgreementState wanted = input.choice("state", state, AgreementState.class, false);
    String providerFilter = input.code("provider", providerCode, false);
    int pageNumber = input.number("page", page, 0, 0, 1_000_000);
    int pageSize = input.number("size", size, 50, 1, MAX_PAGE_SIZE);
    input.check();
    Long providerId = ownProvider;
    if (providerId == null && providerFilter != null) {
      providerId = providers.byCode(providerFilter).map(Provider::id).orElse(-1L);
    }
    List<String> units = ownProvider != null ? null : unitsServing(caller);
    long total = agreements.count(providerId, wanted, units);
    List<SharingAgreement> rows =
        agreements.page(providerId, wanted, units, pageNumber * pageSize, pageSize);
    LocalDate today = LocalDate.ofInstant(clock.instant(), TccTime.ZONE);
    Map<Long, Provider> byId = new HashMap<>();
    List<AgreementView> views = new ArrayList<>();
    for (SharingAgreement agreement : rows) {
      Provider provider =
          byId.computeIfAbsent(agreement.providerId(), pid -> providers.byId(pid).orElseThrow());
      views.add(view(caller, agreement, provider, today, false));
    }
    return new SharingPage<>(views, total, pageNumber, pageSize);
  }

  /**
   * One agreement with its timeline.
   *
   * @throws ProblemException 404 (no such agreement, or not the caller's to see)
   */
  @Transactional
  public AgreementView one(Caller caller, long id) {
    Long ownProvider = null;
    if (SharingRoles.isProvider(caller)) {
      ownProvider = ownProviderId(caller);
    } else {
      SharingRoles.require(caller, SharingRoles.READERS);
    }
    SharingAgreement agreement = visible(caller, id, ownProvider, "read");
    Provider provider = providers.byId(agreement.providerId()).orElseThrow();
    return view(
        caller, agreement, provider, LocalDate.ofInstant(clock.instant(), TccTime.ZONE), true);
  }

  /** The provider the caller represents, by the code in his token. */
  Long ownProviderId(Caller caller) {
    return providers
        .byCode(caller.provider())
        .map(Provider::id)
        .orElseThrow(() -> new ProblemException(403, "sharing.provider.notRegistered"));
  }

  private SharingAgreement visible(Caller caller, long id, Long ownProvider, String what) {
    SharingAgreement agreement =
        agreements.find(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    boolean maySee =
        ownProvider != null
            ? agreement.providerId() == ownProvider
            : serves(caller, agreement.receivingUnit());
    if (!maySee) {
      denials.record(caller, "sharing_agreement", String.valueOf(id), what + ": not the caller's");
      throw new ProblemException(404, "problem.404.detail");
    }
    return agreement;
  }

  /** The province sees all; a commune sees its own agreements and the province's. */
  private static boolean serves(Caller caller, JurisdictionCode unit) {
    return caller.mayAccess(unit) || unit.covers(caller.jurisdiction());
  }

  private static List<String> unitsServing(Caller caller) {
    JurisdictionCode own = caller.jurisdiction();
    if (own.isProvince()) {
      return null;
    }
    String province = own.value().substring(0, own.value().indexOf('.'));
    return List.of(own.value(), province);
  }

  private AgreementView view(
      Caller caller,
      SharingAgreement agreement,
      Provider provider,
      LocalDate today,
      boolean withTimeline) {
    boolean forProvider = SharingRoles.isProvider(caller);
    ActorKind kind =
        forProvider
            ? ActorKind.PROVIDER
            : SharingRoles.has(caller, SharingRoles.MANAGERS) ? ActorKind.ADMIN : null;
    Set<AgreementState> actions =
        kind == null ? Set.of() : AgreementLifecycle.next(agreement.state(), kind);
    return AgreementView.of(
        agreement,
        provider,
        today,
        withTimeline ? agreements.timeline(agreement.id()) : null,
        forProvider,
        actions);
  }
}
