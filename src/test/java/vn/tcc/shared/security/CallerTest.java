package vn.tcc.shared.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class CallerTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final JurisdictionCode PLEIKU = new JurisdictionCode("GL.PLEIKU");

  @Test
  void a_commune_officer_may_access_only_his_commune() {
    Caller officer =
        new Caller("officer", "Nguyễn Văn An", Caller.Kind.USER, Set.of(Role.OFFICER), QUY_NHON);
    assertTrue(officer.mayAccess(QUY_NHON));
    assertFalse(officer.mayAccess(PLEIKU));
    assertFalse(officer.mayAccess(new JurisdictionCode("GL")));
  }

  @Test
  void a_provincial_supervisor_may_access_every_commune() {
    Caller supervisor =
        new Caller(
            "supervisor",
            "Trần Thị Bình",
            Caller.Kind.USER,
            Set.of(Role.SUPERVISOR),
            new JurisdictionCode("GL"));
    assertTrue(supervisor.mayAccess(QUY_NHON));
    assertTrue(supervisor.mayAccess(PLEIKU));
  }

  @Test
  void a_caller_without_jurisdiction_may_access_nothing_scoped() {
    Caller noScope = new Caller("x", "x", Caller.Kind.USER, Set.of(Role.SUPERVISOR), null);
    assertFalse(noScope.mayAccess(QUY_NHON));
    assertFalse(Caller.ANONYMOUS_CALLER.mayAccess(QUY_NHON));
    assertFalse(Caller.ANONYMOUS_CALLER.isAuthenticated());
  }
}
