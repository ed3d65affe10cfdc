package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.ProviderKind;
import vn.tcc.sharing.internal.domain.Providers;

/**
 * Registering and reading providers. The list never carries the contact person; reading him takes a
 * purpose and leaves a personal-data entry on the audit trail.
 */
@ApplicationScoped
public class ProviderAdministration {
  private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]{1,99}");

  @Inject Providers providers;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /**
   * @throws ProblemException 403 (not an administrator), 409 (code taken), 422 (fields)
   */
  @Transactional
  public ProviderView register(Caller caller, ProviderRequest request) {
    SharingRoles.require(caller, SharingRoles.MANAGERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    SharingInput input = new SharingInput();
    String code = input.code("code", request.code(), true);
    ProviderKind kind = input.choice("kind", request.kind(), ProviderKind.class, true);
    String name = input.required("name", request.name(), 300);
    String where = input.required("jurisdiction", request.jurisdiction(), 64);
    JurisdictionCode jurisdiction = where == null ? null : JurisdictionCode.parseOrNull(where);
    if (where != null && jurisdiction == null) {
      input.add(FieldError.of("jurisdiction", "sharing.input.unknownValue", where));
    }
    String taxCode = input.text("taxCode", request.taxCode(), 20);
    String ownerCode = input.code("cameraOwnerCode", request.cameraOwnerCode(), false);
    String contactName = input.required("contactName", request.contactName(), 200);
    String phone = input.text("contactPhone", request.contactPhone(), 30);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      input.add(FieldError.of("contactPhone", "sharing.input.phone"));
    }
    String email = input.text("contactEmail", request.contactEmail(), 200);
    if (email != null && !EMAIL.matcher(email).matches()) {
      input.add(FieldError.of("contactEmail", "sharing.input.email"));
    }
    if (jurisdiction != null && !caller.mayAccess(jurisdiction)) {
      input.add(FieldError.of("jurisdiction", "sharing.input.outsideJurisdiction", where));
    }
    input.check();
    Provider stored =
        providers.add(
            new Provider(
                null,
                code,
                kind,
                name,
                jurisdiction,
                taxCode,
                ownerCode,
                new Provider.ContactPerson(contactName, phone, email),
                caller.username(),
                clock.instant()));
    auditTrail.record(
        new AuditRecord(
            SharingAudit.PROVIDER_REGISTERED,
            "sharing_provider",
            code,
            jurisdiction,
            null,
            false,
            AuditOutcome.SUCCESS,
            kind + " " + name));
    return ProviderView.of(stored, false);
  }

  /** Every provider, without contact persons. */
  public List<ProviderView> list(Caller caller) {
    SharingRoles.require(caller, SharingRoles.READERS);
    return providers.all().stream().map(p -> ProviderView.of(p, false)).toList();
  }

  /**
   * One provider; with its contact person when a purpose is given (audited as a personal-data
   * read).
   *
   * @throws ProblemException 404 (no such provider), 422 (purpose too long)
   */
  @Transactional
  public ProviderView one(Caller caller, String code, String purpose) {
    SharingRoles.require(caller, SharingRoles.READERS);
    SharingInput input = new SharingInput();
    String why = input.text("purpose", purpose, 500);
    String wanted = input.code("code", code, true);
    input.check();
    Provider provider =
        providers.byCode(wanted).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (why == null) {
      return ProviderView.of(provider, false);
    }
    auditTrail.record(
        AuditRecord.personalDataRead(
            SharingAudit.CONTACT_READ,
            "sharing_provider",
            provider.code(),
            provider.jurisdiction(),
            why));
    return ProviderView.of(provider, true);
  }
}
