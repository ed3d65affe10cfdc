package vn.tcc.sharing.internal.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraOwners;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.internal.domain.AccessLog;
import vn.tcc.sharing.internal.domain.AccessLogEntry;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementDocuments;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.CompulsoryGrants;
import vn.tcc.sharing.internal.domain.ExpiryReminder;
import vn.tcc.sharing.internal.domain.ExpiryReminders;
import vn.tcc.sharing.internal.domain.GrantState;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.ProviderKind;
import vn.tcc.sharing.internal.domain.Providers;
import vn.tcc.sharing.internal.domain.SharingAgreement;
import vn.tcc.sharing.internal.domain.SharingAgreements;
import vn.tcc.sharing.internal.domain.SharingRuleException;

/** In-memory stand-ins for the ports the sharing services use, and the people who call them. */
final class SharingFakes {
  static final Instant NOW =
      LocalDateTime.parse("2026-06-10T10:00:00").atZone(TccTime.ZONE).toInstant();
  static final LocalDate TODAY = LocalDate.parse("2026-06-10");
  static final String SHA = "c".repeat(64);

  final Agreements agreements = new Agreements();
  final ProviderBook providers = new ProviderBook();
  final Log log = new Log();
  final Grants grants = new Grants();
  final Documents documents = new Documents();
  final Reminders reminders = new Reminders();
  final Cameras cameras = new Cameras();
  final Audit audit = new Audit();
  final Request request = new Request();
  Clock clock = Clock.fixed(NOW, TccTime.ZONE);

  SharingFakes() {
    providers.add(provider("GL-VTVH", ProviderKind.BUSINESS, "GL.QUY_NHON"));
    providers.add(provider("GL-PK-HGD01", ProviderKind.HOUSEHOLD, "GL.PLEIKU"));
    cameras.put("GL-QN-0001", OwnerType.POLICE, "GL.QUY_NHON", "GL-CA");
    cameras.put("GL-QN-0004", OwnerType.ORGANIZATION, "GL.QUY_NHON", "GL-VTVH");
    cameras.put("GL-QN-0009", OwnerType.ORGANIZATION, "GL.QUY_NHON", "GL-VTVH");
    // A university's camera: an organization, but not the bus company's.
    cameras.put("GL-QN-0005", OwnerType.ORGANIZATION, "GL.QUY_NHON", "GL-DHQN");
    cameras.put("GL-PK-0003", OwnerType.HOUSEHOLD, "GL.PLEIKU", "GL-PK-HGD01");
  }

  static Caller user(String username, String role, String jurisdiction) {
    return new Caller(
        username, username, Caller.Kind.USER, Set.of(role), new JurisdictionCode(jurisdiction));
  }

  static Caller provider(String username, String providerCode) {
    return new Caller(
        username,
        username,
        Caller.Kind.USER,
        Set.of(SharingRoles.PROVIDER),
        new JurisdictionCode("GL.QUY_NHON"),
        providerCode);
  }

  static final Caller ADMIN = user("admin", "admin", "GL");
  static final Caller OFFICER = user("officer", "officer", "GL.QUY_NHON");

  private static Provider provider(String code, ProviderKind kind, String jurisdiction) {
    return new Provider(
        null,
        code,
        kind,
        "Bên " + code,
        new JurisdictionCode(jurisdiction),
        null,
        code,
        new Provider.ContactPerson("Người liên hệ", "0905 000 000", null),
        "admin",
        NOW);
  }

  AgreementAdministration administration() {
    AgreementAdministration service = new AgreementAdministration();
    service.agreements = agreements;
    service.providers = providers;
    service.cameras = cameras;
    service.cameraOwners = cameras;
    service.auditTrail = audit;
    service.denials = new SharingAccessDenials();
    service.denials.auditTrail = audit;
    service.papers = papers();
    service.clock = clock;
    return service;
  }

  /** With the real Word writer of the reporting module, so tests can open what it wrote. */
  AgreementPapers papers() {
    AgreementPapers papers = new AgreementPapers();
    papers.documents = documents;
    papers.writer = new vn.tcc.reporting.internal.RecordDocumentRenderer();
    papers.auditTrail = audit;
    papers.signer = signer;
    return papers;
  }

  final Signer signer = new Signer();

  /**
   * The center's signer stood in by an RSA key of the test (SHA256withRSA): what sharing needs of
   * {@link vn.tcc.shared.signing.DocumentSigner} is that a signature over the exact bytes verifies
   * and over any other bytes does not; the CMS format is retention's, tested there.
   */
  static final class Signer implements vn.tcc.shared.signing.DocumentSigner {
    private final java.security.KeyPair key;
    int signed;

    Signer() {
      try {
        java.security.KeyPairGenerator generator =
            java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public SignedDocument sign(byte[] document) {
      try {
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(document);
        signed++;
        return new SignedDocument(
            rsa.sign(), "CN=TCC test center, O=Công an tỉnh", "ab".repeat(32));
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean verify(byte[] document, byte[] signature) {
      try {
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.getPublic());
        rsa.update(document);
        return rsa.verify(signature);
      } catch (java.security.GeneralSecurityException e) {
        return false;
      }
    }
  }

  SharedAccessChecks checks() {
    SharedAccessChecks checks = new SharedAccessChecks();
    checks.cameras = cameras;
    checks.terms =
        code ->
            new vn.tcc.sharing.internal.domain.CameraTerms.Terms(
                agreements.covering(code), grants.approvedCovering(code));
    checks.accessLog = log;
    checks.auditTrail = audit;
    checks.currentRequest = request;
    checks.clock = clock;
    return checks;
  }

  GrantAdministration grantAdministration() {
    GrantAdministration service = new GrantAdministration();
    service.grants = grants;
    service.providers = providers;
    service.agreementAdministration = administration();
    service.auditTrail = audit;
    service.denials = new SharingAccessDenials();
    service.denials.auditTrail = audit;
    service.clock = clock;
    return service;
  }

  AgreementExpiry expiry() {
    AgreementExpiry expiry = new AgreementExpiry();
    expiry.agreements = agreements;
    expiry.reminders = reminders;
    expiry.auditTrail = audit;
    expiry.clock = clock;
    expiry.self = expiry;
    return expiry;
  }

  /** A draft on a camera for the bus company, all day, for Quy Nhon, 2026-01-01..{@code last}. */
  static AgreementRequest request(String camera, String last) {
    return new AgreementRequest(
        "GL-VTVH",
        "Bến xe",
        "GL.QUY_NHON",
        List.of(camera),
        List.of("LIVE_VIEW"),
        List.of("SECURITY_AND_ORDER"),
        "00:00",
        "00:00",
        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
        "VOLUNTARY_ART18",
        null,
        "COMMUNE_CENTER",
        30,
        "2026-01-01",
        last,
        SHA);
  }

  static final class Agreements implements SharingAgreements {
    final Map<Long, SharingAgreement> rows = new HashMap<>();
    final List<AgreementEvent> events = new ArrayList<>();

    @Override
    public SharingAgreement add(SharingAgreement draft, AgreementEvent drafted) {
      long id = rows.size() + 1L;
      SharingAgreement stored = draft.withId(id);
      rows.put(id, stored);
      events.add(
          new AgreementEvent(
              (long) events.size() + 1,
              id,
              drafted.from(),
              drafted.to(),
              drafted.actor(),
              drafted.actorKind(),
              drafted.reason(),
              drafted.at()));
      return stored;
    }

    @Override
    public Optional<SharingAgreement> find(long id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public SharingAgreement recordMove(SharingAgreement moved, AgreementEvent event) {
      SharingAgreement stored = rows.get(moved.id());
      if (stored.version() != moved.version()) {
        throw new SharingRuleException(409, "sharing.agreement.changedMeanwhile", moved.id());
      }
      SharingAgreement next =
          new SharingAgreement(
              moved.id(),
              moved.providerId(),
              moved.title(),
              moved.receivingUnit(),
              moved.cameraCodes(),
              moved.dataTypes(),
              moved.purposes(),
              moved.window(),
              moved.legalBasis(),
              moved.decisionNumber(),
              moved.storagePlace(),
              moved.retentionDays(),
              moved.term(),
              moved.documentSha256(),
              moved.state(),
              moved.endedAs(),
              moved.version() + 1,
              moved.createdBy(),
              moved.createdAt());
      rows.put(moved.id(), next);
      events.add(event);
      return next;
    }

    @Override
    public List<AgreementEvent> timeline(long agreementId) {
      return events.stream().filter(e -> e.agreementId() == agreementId).toList();
    }

    @Override
    public List<SharingAgreement> covering(String cameraCode) {
      return rows.values().stream()
          .filter(a -> a.cameraCodes().contains(cameraCode))
          .sorted(Comparator.comparing(SharingAgreement::id).reversed())
          .toList();
    }

    private List<SharingAgreement> matching(
        Long providerId, AgreementState state, List<String> units) {
      return rows.values().stream()
          .filter(a -> providerId == null || a.providerId() == providerId)
          .filter(a -> state == null || a.state() == state)
          .filter(a -> units == null || units.contains(a.receivingUnit().value()))
          .sorted(Comparator.comparing(SharingAgreement::id).reversed())
          .toList();
    }

    @Override
    public List<SharingAgreement> page(
        Long providerId, AgreementState state, List<String> units, int offset, int limit) {
      return matching(providerId, state, units).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(Long providerId, AgreementState state, List<String> units) {
      return matching(providerId, state, units).size();
    }

    @Override
    public List<SharingAgreement> pastTerm(LocalDate today) {
      return rows.values().stream()
          .filter(
              a ->
                  (a.state() == AgreementState.ACTIVE || a.state() == AgreementState.SUSPENDED)
                      && a.term().endsOn().isBefore(today))
          .toList();
    }

    @Override
    public List<SharingAgreement> endingBy(LocalDate today, LocalDate lastDay) {
      return rows.values().stream()
          .filter(a -> a.state() == AgreementState.ACTIVE)
          .filter(a -> !a.term().endsOn().isBefore(today) && !a.term().endsOn().isAfter(lastDay))
          .toList();
    }

    /** Moves the stored term, as time passing would. */
    void setTerm(long id, LocalDate first, LocalDate last) {
      SharingAgreement a = rows.get(id);
      rows.put(
          id,
          new SharingAgreement(
              a.id(),
              a.providerId(),
              a.title(),
              a.receivingUnit(),
              a.cameraCodes(),
              a.dataTypes(),
              a.purposes(),
              a.window(),
              a.legalBasis(),
              a.decisionNumber(),
              a.storagePlace(),
              a.retentionDays(),
              new vn.tcc.sharing.internal.domain.AgreementTerm(first, last),
              a.documentSha256(),
              a.state(),
              a.endedAs(),
              a.version(),
              a.createdBy(),
              a.createdAt()));
    }
  }

  static final class ProviderBook implements Providers {
    final List<Provider> rows = new ArrayList<>();

    @Override
    public Provider add(Provider provider) {
      if (byCode(provider.code()).isPresent()) {
        throw new SharingRuleException(409, "sharing.provider.codeTaken", provider.code());
      }
      Provider stored = provider.withId(rows.size() + 1L);
      rows.add(stored);
      return stored;
    }

    @Override
    public Optional<Provider> byCode(String code) {
      return rows.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Provider> byId(long id) {
      return rows.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<Provider> all() {
      return List.copyOf(rows);
    }

    @Override
    public int sealPlainContacts() {
      return 0; // the fake keeps providers in memory only: nothing at rest to seal
    }
  }

  static final class Documents implements AgreementDocuments {
    final List<AgreementDocument> stored = new ArrayList<>();

    @Override
    public AgreementDocument issue(AgreementDocument document) {
      return find(document.agreementId(), document.kind())
          .orElseGet(
              () -> {
                stored.add(document);
                return document;
              });
    }

    @Override
    public Optional<AgreementDocument> find(long agreementId, AgreementDocument.Kind kind) {
      return stored.stream()
          .filter(d -> d.agreementId() == agreementId && d.kind() == kind)
          .findFirst();
    }

    @Override
    public List<AgreementDocument.Kind> kinds(long agreementId) {
      return stored.stream()
          .filter(d -> d.agreementId() == agreementId)
          .map(AgreementDocument::kind)
          .toList();
    }

    @Override
    public String unitName(String jurisdictionCode) {
      return "GL.QUY_NHON".equals(jurisdictionCode) ? "Phường Quy Nhơn" : jurisdictionCode;
    }

    @Override
    public long allowedAccesses(long agreementId) {
      return 3;
    }
  }

  static final class Grants implements CompulsoryGrants {
    final Map<Long, CompulsoryGrant> stored = new HashMap<>();
    long nextId = 1;

    @Override
    public CompulsoryGrant add(CompulsoryGrant requested) {
      CompulsoryGrant grant = requested.withId(nextId++);
      stored.put(grant.id(), grant);
      return grant;
    }

    @Override
    public Optional<CompulsoryGrant> find(long id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public CompulsoryGrant recordDecision(CompulsoryGrant decided) {
      CompulsoryGrant current = stored.get(decided.id());
      if (current == null
          || current.version() != decided.version()
          || current.state() != GrantState.REQUESTED) {
        throw new SharingRuleException(409, "sharing.agreement.changedMeanwhile", decided.id());
      }
      CompulsoryGrant next =
          new CompulsoryGrant(
              decided.id(),
              decided.providerId(),
              decided.legalBasis(),
              decided.decisionNumber(),
              decided.receivingUnit(),
              decided.cameraCodes(),
              decided.dataTypes(),
              decided.purposes(),
              decided.validFrom(),
              decided.validUntil(),
              decided.reason(),
              decided.state(),
              decided.requestedBy(),
              decided.requestedAt(),
              decided.decidedBy(),
              decided.decidedAt(),
              decided.decisionNote(),
              decided.version() + 1);
      stored.put(next.id(), next);
      return next;
    }

    @Override
    public List<CompulsoryGrant> approvedCovering(String cameraCode) {
      return stored.values().stream()
          .filter(g -> g.state() == GrantState.APPROVED && g.cameraCodes().contains(cameraCode))
          .toList();
    }

    @Override
    public List<CompulsoryGrant> page(Long providerId, int offset, int limit) {
      return stored.values().stream()
          .filter(g -> providerId == null || g.providerId() == providerId)
          .sorted(Comparator.comparing(CompulsoryGrant::id).reversed())
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(Long providerId) {
      return page(providerId, 0, Integer.MAX_VALUE).size();
    }
  }

  static final class Log implements AccessLog {
    final List<AccessLogEntry> entries = new ArrayList<>();

    @Override
    public void append(AccessLogEntry entry) {
      entries.add(entry);
    }

    @Override
    public List<AccessLogEntry> page(Long providerId, Long agreementId, int offset, int limit) {
      return entries.stream()
          .filter(e -> providerId == null || providerId.equals(e.providerId()))
          .filter(e -> agreementId == null || agreementId.equals(e.agreementId()))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(Long providerId, Long agreementId) {
      return page(providerId, agreementId, 0, Integer.MAX_VALUE).size();
    }
  }

  static final class Reminders implements ExpiryReminders {
    final List<ExpiryReminder> raised = new ArrayList<>();

    @Override
    public boolean raise(ExpiryReminder reminder) {
      boolean seen =
          raised.stream()
              .anyMatch(
                  r ->
                      r.agreementId() == reminder.agreementId()
                          && r.kind() == reminder.kind()
                          && r.endsOn().equals(reminder.endsOn()));
      if (!seen) {
        raised.add(reminder);
      }
      return !seen;
    }

    @Override
    public List<ExpiryReminder> newest(int limit) {
      return raised.stream().limit(limit).toList();
    }
  }

  static final class Cameras implements CameraDirectory, CameraOwners {
    final Map<String, CameraCustody> custody = new HashMap<>();
    final Map<String, String> owners = new HashMap<>();

    void put(String code, OwnerType owner, String commune, String ownerCode) {
      owners.put(code, ownerCode);
      custody.put(
          code,
          new CameraCustody(code, new JurisdictionCode(commune), owner, SiteKind.COMMUNE_CENTER));
    }

    @Override
    public Map<String, String> ownerCodesOf(Collection<String> cameraCodes) {
      Map<String, String> found = new HashMap<>();
      for (String code : cameraCodes) {
        if (owners.containsKey(code)) {
          found.put(code, owners.get(code));
        }
      }
      return found;
    }

    @Override
    public Map<String, CameraReference> byCodes(Collection<String> codes) {
      return Map.of();
    }

    @Override
    public Map<String, CameraCustody> custodyOf(Collection<String> codes) {
      Map<String, CameraCustody> found = new HashMap<>();
      for (String code : codes) {
        if (custody.containsKey(code)) {
          found.put(code, custody.get(code));
        }
      }
      return found;
    }

    @Override
    public List<CameraReference> unlinked(JurisdictionCode scope) {
      return List.of();
    }

    @Override
    public List<CameraHealthState> linkedTo(String vmsCode) {
      return List.of();
    }

    @Override
    public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
      return List.of();
    }

    @Override
    public void recordLatestEvents(Map<String, Instant> latestByCode) {}
  }

  static final class Audit implements AuditTrail {
    final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void record(AuditRecord record) {
      records.add(record);
    }

    List<String> actions() {
      return records.stream().map(AuditRecord::action).toList();
    }
  }

  static final class Request implements CurrentRequest {
    Caller caller = OFFICER;

    @Override
    public Caller caller() {
      return caller;
    }

    @Override
    public String clientAddress() {
      return "127.0.0.1";
    }

    @Override
    public String requestId() {
      return "test-request";
    }
  }
}
