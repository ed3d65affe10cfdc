package vn.tcc.vms.internal.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * Admins connect VMSs: address, account, secret (write-only: never shown back), poll interval and
 * offline-alert threshold. Every change is audited; the secret never appears in an audit entry.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
public class VmsConnectionService {
  public static final List<String> PRODUCTS = List.of("ZONEMINDER");
  private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{1,63}$");

  @Inject VmsConnectionRepository repository;
  @Inject SecretBox secrets;
  @Inject AuditTrail auditTrail;

  public List<VmsConnection> list(Caller caller) {
    requireAdmin(caller);
    return repository.all().stream().filter(c -> caller.mayAccess(c.jurisdiction())).toList();
  }

  public List<VmsConnection> enabled() {
    return repository.all().stream().filter(VmsConnection::enabled).toList();
  }

  public VmsConnection get(Caller caller, String code) {
    requireAdmin(caller);
    // Another area's VMS is "not found", like another commune's camera: codes do not leak.
    return repository
        .find(code)
        .filter(c -> caller.mayAccess(c.jurisdiction()))
        .orElseThrow(() -> new ProblemException(404, "vms.error.notFound", code));
  }

  /** Creates the connection, or updates it when {@code expectedVersion} is given. */
  public void save(
      Caller caller, VmsConnectionDetails details, String secret, Integer expectedVersion) {
    requireAdmin(caller);
    boolean creating = expectedVersion == null;
    List<FieldError> errors = check(details);
    JurisdictionCode area = JurisdictionCode.parseOrNull(details.jurisdictionCode());
    if (area == null || !caller.mayAccess(area)) {
      errors.add(FieldError.of("jurisdictionCode", "vms.error.jurisdiction"));
    }
    boolean newSecret = secret != null && !secret.isBlank();
    if (creating && !newSecret) {
      errors.add(FieldError.of("secret", "vms.error.secret.required"));
    }
    if (creating && details.code() != null && repository.find(details.code()).isPresent()) {
      errors.add(FieldError.of("code", "vms.error.code.taken", details.code()));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (!creating) {
      get(caller, details.code()); // an update must be of a connection the admin may see
    }
    byte[] sealed = newSecret ? secrets.seal(secret) : null;
    if (creating) {
      repository.add(details, sealed);
    } else if (!repository.update(details.code(), expectedVersion, details, sealed)) {
      throw new ProblemException(409, "vms.error.stale", details.code());
    }
    auditTrail.record(
        new AuditRecord(
            creating ? "VMS_CONNECTION_CREATED" : "VMS_CONNECTION_UPDATED",
            "vms-connection",
            details.code(),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "url="
                + details.baseUrl()
                + " user="
                + details.username()
                + (newSecret ? " secret=changed" : "")));
  }

  /** For building an adapter: the secret decrypted, never leaving the server. */
  public VmsConnectionSettings settings(VmsConnection connection) {
    String secret = repository.secretCiphertext(connection.code()).map(secrets::open).orElse(null);
    return new VmsConnectionSettings(
        connection.code(),
        connection.product(),
        connection.baseUri(),
        connection.username(),
        secret,
        connection.timeout());
  }

  static List<FieldError> check(VmsConnectionDetails d) {
    List<FieldError> errors = new ArrayList<>();
    if (d.code() == null || !CODE.matcher(d.code()).matches()) {
      errors.add(FieldError.of("code", "vms.error.code.format"));
    }
    if (d.name() == null || d.name().isBlank()) {
      errors.add(FieldError.of("name", "vms.error.required"));
    }
    if (d.product() == null || !PRODUCTS.contains(d.product())) {
      errors.add(FieldError.of("product", "vms.error.product"));
    }
    if (d.username() == null || d.username().isBlank()) {
      errors.add(FieldError.of("username", "vms.error.required"));
    }
    try {
      URI uri = URI.create(d.baseUrl() == null ? "" : d.baseUrl());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getUserInfo() != null) {
        errors.add(FieldError.of("baseUrl", "vms.error.url"));
      }
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.of("baseUrl", "vms.error.url"));
    }
    if (d.timeoutMillis() < 500 || d.timeoutMillis() > 60_000) {
      errors.add(FieldError.of("timeoutMillis", "vms.error.range", 500, 60_000));
    }
    if (d.pollSeconds() < 5 || d.pollSeconds() > 3600) {
      errors.add(FieldError.of("pollSeconds", "vms.error.range", 5, 3600));
    }
    if (d.offlineAlertMinutes() < 1 || d.offlineAlertMinutes() > 10_080) {
      errors.add(FieldError.of("offlineAlertMinutes", "vms.error.range", 1, 10_080));
    }
    return errors;
  }

  private void requireAdmin(Caller caller) {
    if (!caller.hasRole(Role.ADMIN)) {
      auditTrail.record(
          AuditRecord.denied("VMS_ACCESS_DENIED", "vms-connection", null, "role not allowed"));
      throw new ProblemException(403, "problem.403.role");
    }
  }
}
