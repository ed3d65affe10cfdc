package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/** People and machines that act on cases in the tests, and a check on the refusal they get. */
final class Callers {
  static final JurisdictionCode GIA_LAI = new JurisdictionCode("GL");

  private Callers() {}

  static Caller officer(String username) {
    return user(username, Role.OFFICER);
  }

  static Caller supervisor(String username) {
    return user(username, Role.SUPERVISOR);
  }

  static Caller admin(String username) {
    return user(username, Role.ADMIN);
  }

  static Caller user(String username, String role) {
    return new Caller(username, username, Caller.Kind.USER, Set.of(role), GIA_LAI);
  }

  /** A machine client holding, oddly, the officer role: clients still may not act on cases. */
  static Caller eventSourceWithOfficerRole() {
    return new Caller(
        "cluster-01",
        "cluster-01",
        Caller.Kind.CLIENT,
        Set.of(Role.EVENT_SOURCE, Role.OFFICER),
        GIA_LAI);
  }

  /** Runs the action, expects a refusal, checks its status and key, and returns it. */
  static ViolationRuleException refused(int status, String key, Executable action) {
    ViolationRuleException refusal = assertThrows(ViolationRuleException.class, action);
    assertEquals(key, refusal.messageKey());
    assertEquals(status, refusal.status());
    return refusal;
  }
}
