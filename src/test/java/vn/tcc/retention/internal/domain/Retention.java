package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

/** What the retention tests are made of: local times, policy versions, people, refusals. */
final class Retention {
  static final LocalDate JAN_1_2026 = LocalDate.of(2026, 1, 1);
  static final String BASIS = "Thông tư 67/2024/TT-BCA; thời hạn là chính sách của tỉnh.";

  private Retention() {}

  /** An instant given as wall-clock time in Vietnam. */
  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TccTime.ZONE).toInstant();
  }

  static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  /** Version {@code version} of the any-owner policy, deleting at the end. */
  static RetentionPolicy policy(
      DataClass dataClass, StorageLevel level, Period period, LocalDate from, int version) {
    return policy(dataClass, level, null, period, EndAction.DELETE, from, version);
  }

  static RetentionPolicy policy(
      DataClass dataClass,
      StorageLevel level,
      OwnerType owner,
      Period period,
      EndAction action,
      LocalDate from,
      int version) {
    return new RetentionPolicy(
        dataClass, level, owner, period, action, BASIS, from, version, "test", "admin.a");
  }

  static PolicyChange change(
      DataClass dataClass, StorageLevel level, Period period, LocalDate from) {
    return new PolicyChange(
        dataClass,
        level,
        null,
        period,
        EndAction.DELETE,
        BASIS,
        from,
        "Rút ngắn theo DPIA",
        "admin.a");
  }

  static Caller officer(String username) {
    return user(username, Role.OFFICER);
  }

  static Caller supervisor(String username) {
    return user(username, Role.SUPERVISOR);
  }

  static Caller user(String username, String role) {
    return new Caller(
        username, username, Caller.Kind.USER, Set.of(role), new JurisdictionCode("GL"));
  }

  /** Runs what must be refused and checks the refusal's status and message key. */
  static void refused(int status, String messageKey, Executable executable) {
    RetentionRuleException refusal = assertThrows(RetentionRuleException.class, executable);
    assertEquals(messageKey, refusal.messageKey());
    assertEquals(status, refusal.status());
  }
}
