package vn.tcc.violation.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class WorkWaitingTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");

  private final WorkWaiting work = new WorkWaiting();

  WorkWaitingTest() {
    work.reviews = fake(CaseReviews.class, Map.of("waitingFor", 7L));
    work.statistics =
        fake(
            CaseStatistics.class,
            Map.of("byState", Map.of("DISPUTED", 2L, "DETECTED", 9L), "overdue", 3L));
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answers.get(method.getName());
            });
  }

  private static Caller user(String role, JurisdictionCode where) {
    return new Caller("u", "U", Caller.Kind.USER, Set.of(role), where);
  }

  @Test
  void each_role_sees_the_work_it_does() {
    WorkWaiting.Counts officer = work.of(user(Role.OFFICER, QUY_NHON));
    assertEquals(7L, officer.toReview());
    assertNull(officer.disputed(), "a supervisor settles disagreements");
    assertEquals(3L, officer.overdue());

    WorkWaiting.Counts supervisor = work.of(user(Role.SUPERVISOR, QUY_NHON));
    assertEquals(7L, supervisor.toReview());
    assertEquals(2L, supervisor.disputed());

    WorkWaiting.Counts auditor = work.of(user(Role.AUDITOR, QUY_NHON));
    assertNull(auditor.toReview(), "an auditor reads, he does not review");
    assertEquals(3L, auditor.overdue());
  }

  @Test
  void others_and_callers_without_an_area_see_no_case_work() {
    for (Caller caller :
        new Caller[] {
          user(Role.ADMIN, QUY_NHON),
          user(Role.OPERATOR, QUY_NHON),
          user(Role.COORDINATOR, QUY_NHON),
          user(Role.OFFICER, null),
          new Caller("m", "M", Caller.Kind.CLIENT, Set.of(Role.OFFICER), QUY_NHON)
        }) {
      assertFalse(work.of(caller).any(), caller.toString());
    }
  }
}
