package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.CompulsoryGrants;
import vn.tcc.sharing.internal.domain.GrantState;
import vn.tcc.sharing.internal.domain.LegalBasis;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.Providers;

/**
 * Compulsory access grants (Art. 18's emergency bases): an officer or supervisor of the receiving
 * unit (or of the province) requests one with the decision's number; a supervisor other than the
 * requester approves or rejects it; the requester may withdraw it before. Staff of the unit see
 * them; the provider sees the approved ones on his own cameras, without officers' names. Every step
 * is audited; a refused look is audited and answered 404.
 */
@ApplicationScoped
public class GrantAdministration {
  static final List<String> REQUESTERS = List.of(Role.OFFICER, Role.SUPERVISOR);
  static final List<String> DECIDERS = List.of(Role.SUPERVISOR);
  static final String REQUESTED = "SHARING_GRANT_REQUESTED";
  static final String DECIDED = "SHARING_GRANT_DECIDED";

  @Inject CompulsoryGrants grants;
  @Inject Providers providers;
  @Inject AgreementAdministration agreementAdministration;
  @Inject AuditTrail auditTrail;
  @Inject SharingAccessDenials denials;
  @Inject Clock clock;

  /**
   * @throws ProblemException 403 (role), 422 (fields, cameras not the provider's, term)
   */
  @Transactional
  public GrantView request(Caller caller, GrantRequest request) {
    SharingRoles.require(caller, REQUESTERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    Instant now = clock.instant();
    SharingInput input = new SharingInput();
    String providerCode = input.code("providerCode", request.providerCode(), true);
    LegalBasis basis = input.choice("legalBasis", request.legalBasis(), LegalBasis.class, true);
    if (basis != null && !basis.isCompulsory()) {
      input.add(FieldError.of("legalBasis", "sharing.grant.basisNotCompulsory"));
    }
    String decision = input.required("decisionNumber", request.decisionNumber(), 100);
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
    Instant from = moment(input, "validFrom", request.validFrom());
    Instant until = moment(input, "validUntil", request.validUntil());
    if (from != null && until != null) {
      if (!until.isAfter(from)) {
        input.add(FieldError.of("validUntil", "sharing.grant.termOrder"));
      } else if (java.time.Duration.between(from, until).compareTo(CompulsoryGrant.MAX_TERM) > 0) {
        input.add(
            FieldError.of(
                "validUntil",
                "sharing.grant.termTooLong",
                vn.tcc.sharing.internal.domain.SharingAgreement.MAX_COMPULSORY_DAYS));
      } else if (!until.isAfter(now)) {
        input.add(FieldError.of("validUntil", "sharing.grant.alreadyOver"));
      }
    }
    String reason = input.required("reason", request.reason(), 1000);
    input.check();
    Provider provider =
        providers
            .byCode(providerCode)
            .orElseThrow(() -> new ProblemException(422, "sharing.provider.unknown", providerCode));
    agreementAdministration.checkCameras(provider, cameraCodes);
    CompulsoryGrant stored =
        grants.add(
            new CompulsoryGrant(
                null,
                provider.id(),
                basis,
                decision,
                unit,
                cameraCodes,
                dataTypes,
                purposes,
                from,
                until,
                reason,
                GrantState.REQUESTED,
                caller.username(),
                now,
                null,
                null,
                null,
                0));
    auditTrail.record(
        new AuditRecord(
            REQUESTED,
            "sharing_grant",
            String.valueOf(stored.id()),
            unit,
            null,
            false,
            AuditOutcome.SUCCESS,
            basis + " decision " + decision + " for " + provider.code() + ": " + reason));
    return GrantView.of(stored, provider, now, false);
  }

  /**
   * A supervisor's approval or rejection (not of his own request), or the requester's withdrawal.
   *
   * @param action APPROVE, REJECT or WITHDRAW
   * @throws ProblemException 403 (role, four eyes), 404, 409 (already decided), 422
   */
  @Transactional
  public GrantView decide(Caller caller, long id, String action, String note) {
    SharingRoles.require(caller, REQUESTERS);
    SharingInput input = new SharingInput();
    String what = input.required("action", action, 20);
    if (what != null && !List.of("APPROVE", "REJECT", "WITHDRAW").contains(what)) {
      input.add(FieldError.of("action", "sharing.input.unknownValue", what));
    }
    String why = input.text("note", note, 1000);
    if ("REJECT".equals(what) && why == null) {
      input.add(FieldError.of("note", "sharing.input.required"));
    }
    input.check();
    CompulsoryGrant grant = visible(caller, id, what);
    Instant now = clock.instant();
    CompulsoryGrant decided;
    try {
      decided =
          "WITHDRAW".equals(what)
              ? grant.withdraw(caller.username(), now)
              : grant.decide(
                  "APPROVE".equals(what), caller.username(), caller.hasAnyRole(DECIDERS), why, now);
    } catch (ProblemException refused) {
      if (refused.status() == 403) {
        denials.record(
            caller, "sharing_grant", String.valueOf(id), what + ": " + refused.messageKey());
      }
      throw refused;
    }
    CompulsoryGrant stored = grants.recordDecision(decided);
    auditTrail.record(
        new AuditRecord(
            DECIDED,
            "sharing_grant",
            String.valueOf(id),
            grant.receivingUnit(),
            null,
            false,
            AuditOutcome.SUCCESS,
            grant.state() + " -> " + stored.state() + (why == null ? "" : ": " + why)));
    Provider provider = providers.byId(stored.providerId()).orElseThrow();
    return GrantView.of(stored, provider, now, false);
  }

  /** The grants the caller may see, newest first: a provider only the approved ones of his. */
  public SharingPage<GrantView> list(Caller caller, String page, String size) {
    Long ownProvider = null;
    if (SharingRoles.isProvider(caller)) {
      ownProvider = agreementAdministration.ownProviderId(caller);
    } else {
      SharingRoles.require(caller, SharingRoles.READERS);
    }
    SharingInput input = new SharingInput();
    int pageNumber = input.number("page", page, 0, 0, 1_000_000);
    int pageSize = input.number("size", size, 50, 1, AgreementAdministration.MAX_PAGE_SIZE);
    input.check();
    Instant now = clock.instant();
    boolean forProvider = ownProvider != null;
    Map<Long, Provider> byId = new HashMap<>();
    List<GrantView> views = new ArrayList<>();
    // Grants are few (emergencies); filtering the page by unit and state here keeps the SQL plain.
    List<CompulsoryGrant> rows = grants.page(ownProvider, 0, 10_000);
    List<CompulsoryGrant> seen = new ArrayList<>();
    for (CompulsoryGrant grant : rows) {
      boolean maySee =
          forProvider
              ? grant.state() == GrantState.APPROVED
              : serves(caller, grant.receivingUnit());
      if (maySee) {
        seen.add(grant);
      }
    }
    int fromIndex = (int) Math.min((long) pageNumber * pageSize, seen.size());
    for (CompulsoryGrant grant :
        seen.subList(fromIndex, Math.min(fromIndex + pageSize, seen.size()))) {
      Provider provider =
          byId.computeIfAbsent(grant.providerId(), pid -> providers.byId(pid).orElseThrow());
      views.add(GrantView.of(grant, provider, now, forProvider));
    }
    return new SharingPage<>(views, seen.size(), pageNumber, pageSize);
  }

  /** One grant. @throws ProblemException 404 when there is none the caller may see */
  public GrantView one(Caller caller, long id) {
    boolean forProvider = SharingRoles.isProvider(caller);
    if (!forProvider) {
      SharingRoles.require(caller, SharingRoles.READERS);
    }
    CompulsoryGrant grant = visible(caller, id, "read");
    return GrantView.of(
        grant, providers.byId(grant.providerId()).orElseThrow(), clock.instant(), forProvider);
  }

  private CompulsoryGrant visible(Caller caller, long id, String what) {
    CompulsoryGrant grant =
        grants.find(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    boolean maySee =
        SharingRoles.isProvider(caller)
            ? grant.providerId() == agreementAdministration.ownProviderId(caller)
                && grant.state() == GrantState.APPROVED
                && "read".equals(what)
            : serves(caller, grant.receivingUnit());
    if (!maySee) {
      denials.record(caller, "sharing_grant", String.valueOf(id), what + ": not the caller's");
      throw new ProblemException(404, "problem.404.detail");
    }
    return grant;
  }

  private static boolean serves(Caller caller, JurisdictionCode unit) {
    return caller.mayAccess(unit) || unit.covers(caller.jurisdiction());
  }

  /** An ISO time with its offset, or a local time of Vietnam without one. */
  static Instant moment(SharingInput input, String field, String value) {
    String text = input.text(field, value, 40);
    if (text == null) {
      input.add(FieldError.of(field, "sharing.input.required"));
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        instant = LocalDateTime.parse(text).atZone(TccTime.ZONE).toInstant();
      } catch (DateTimeParseException e) {
        input.add(FieldError.of(field, "sharing.input.time", text));
        return null;
      }
    }
    int year = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).getYear();
    if (year < SharingInput.FIRST_YEAR || year > SharingInput.LAST_YEAR) {
      input.add(
          FieldError.of(
              field,
              "sharing.input.yearOutOfRange",
              SharingInput.FIRST_YEAR,
              SharingInput.LAST_YEAR));
      return null;
    }
    return instant;
  }
}
