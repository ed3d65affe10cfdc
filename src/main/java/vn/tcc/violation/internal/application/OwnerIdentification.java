package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.IdentityVerification;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.ViolationCase;

/**
 * Finds the owner of a verified case's vehicle through the population-database authentication
 * center. Each request names the case, its purpose and the fields wanted, gets its own access id,
 * is recorded and audited before the center is asked (so a request the center answered but TCC
 * never heard back from is still on record), and counts toward the officer's daily limit. The
 * center is asked outside any transaction: a slow center holds no case lock.
 */
@ApplicationScoped
public class OwnerIdentification {
  /** What a notice needs: whom to send it to, and where. */
  public static final Set<IdentityField> NOTICE_FIELDS =
      EnumSet.of(IdentityField.FULL_NAME, IdentityField.PERMANENT_ADDRESS);

  static final int DEFAULT_DAILY_LIMIT = 50;

  @Inject IdentityVerification center;
  @Inject OwnerRecorder recorder;
  @Inject IdentityRequests requests;

  public CaseView identify(
      Caller caller, String number, String purpose, Set<IdentityField> fields) {
    CaseRoles.requirePerson(caller, CaseRoles.ACTING);
    if (purpose == null || purpose.isBlank()) {
      throw new ProblemException(400, "problem.purpose.required");
    }
    Set<IdentityField> wanted =
        fields == null || fields.isEmpty() ? NOTICE_FIELDS : EnumSet.copyOf(fields);
    ViolationCase violationCase = recorder.verifiedCase(caller, number);
    Instant startOfDay = LocalDate.now(TccTime.ZONE).atStartOfDay(TccTime.ZONE).toInstant();
    int limit = dailyLimit();
    if (requests.countSince(caller.username(), startOfDay) >= limit) {
      throw new ProblemException(429, "violation.identity.dailyLimit", limit);
    }
    Optional<UUID> again = requests.unanswered(violationCase.id(), wanted);
    UUID requestId = again.orElseGet(UUID::randomUUID);
    IdentityRequest request =
        new IdentityRequest(
            requestId,
            violationCase.number(),
            purpose.strip(),
            caller.username(),
            violationCase.verifiedPlate(),
            wanted);
    if (again.isEmpty()) {
      recorder.begin(caller, violationCase, request);
    }
    OwnerLookup lookup;
    try {
      lookup = center.lookUpOwner(request);
    } catch (ProblemException refused) {
      recorder.failed(caller, violationCase, request, refused);
      throw refused;
    }
    return recorder.identified(caller, number, request, lookup);
  }

  static int dailyLimit() {
    String configured =
        System.getProperty(
            "tcc.identity.dailyLimit",
            System.getenv().getOrDefault("TCC_IDENTITY_DAILY_LIMIT", ""));
    try {
      return configured.isBlank() ? DEFAULT_DAILY_LIMIT : Integer.parseInt(configured.strip());
    } catch (NumberFormatException e) {
      return DEFAULT_DAILY_LIMIT;
    }
  }

  /** The states in which an owner may be looked up: verified, not yet identified. */
  static boolean awaitsIdentification(ViolationCase violationCase) {
    return violationCase.state() == CaseState.VERIFIED;
  }
}
