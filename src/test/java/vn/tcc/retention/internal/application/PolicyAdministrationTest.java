package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class PolicyAdministrationTest {
  private final Fakes.Policies policies =
      new Fakes.Policies(
          Fakes.policy(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, Period.ofDays(30)),
          Fakes.policy(DataClass.PLATE_READ, StorageLevel.PROVINCIAL_CENTER, Period.ofDays(30)));
  private final Fakes.Audit audit = new Fakes.Audit();
  private final PolicyAdministration administration =
      new PolicyAdministration(policies, audit, Fakes.CLOCK);
  private final Caller admin = Fakes.user("admin", Role.ADMIN, "GL");

  private static PolicyChangeRequest change(String period, String from, String reason) {
    return new PolicyChangeRequest(
        "PLATE_READ", "COMMUNE_CENTER", "ANY", period, "DELETE", Fakes.BASIS, from, reason);
  }

  @Test
  void an_administrator_adds_the_next_version_and_the_trail_keeps_before_and_after() {
    PolicyVersionView added =
        administration.change(admin, change("P60D", "2026-04-01", "Điều tra cần 60 ngày"));

    assertEquals(2, added.version());
    assertEquals("P60D", added.period());
    assertFalse(added.inForce(), "it takes effect on 1 April, not today");
    assertEquals(3, policies.stored.size());
    var record = audit.records.get(0);
    assertEquals(PolicyAdministration.CHANGED, record.action());
    assertEquals(AuditOutcome.SUCCESS, record.outcome());
    assertTrue(record.details().contains("before: v1 P30D"), record.details());
    assertTrue(record.details().contains("after: v2 P60D"), record.details());
  }

  @Test
  void anyone_but_an_administrator_is_refused_and_the_refusal_is_audited() {
    for (String role : List.of(Role.SUPERVISOR, Role.OFFICER, Role.AUDITOR)) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () ->
                  administration.change(
                      Fakes.user("x", role, "GL"), change("P60D", "2026-04-01", "r")));
      assertEquals(403, refused.status());
    }
    ProblemException coordinator =
        assertThrows(
            ProblemException.class,
            () ->
                administration.change(
                    Fakes.user("c", Role.COORDINATOR, "GL"), change("P60D", "2026-04-01", "r")));
    assertEquals(403, coordinator.status());
    assertEquals(2, policies.stored.size());
    assertTrue(audit.records.stream().allMatch(r -> r.outcome() == AuditOutcome.DENIED));
  }

  @Test
  void every_bad_field_is_named_at_once_and_nothing_is_stored() {
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () ->
                administration.change(
                    admin,
                    new PolicyChangeRequest(
                        "NO_SUCH_CLASS",
                        "COMMUNE_CENTER",
                        "ANY",
                        "30 ngày",
                        "DELETE",
                        "căn cứ\0",
                        "+999999999-12-31",
                        " ")));

    assertEquals(
        List.of("dataClass", "period", "legalBasis", "effectiveFrom", "reason"),
        invalid.errors().stream().map(FieldError::field).toList());
    assertEquals(2, policies.stored.size());
  }

  @Test
  void periods_too_long_or_not_positive_and_days_far_ahead_are_refused() {
    assertField("retention.input.periodTooLong", change("P1000Y", "2026-04-01", "r"));
    assertField("retention.policy.periodNotPositive", change("P0D", "2026-04-01", "r"));
    assertField("retention.input.periodTooLong", change("P99999999D", "2026-04-01", "r"));
    assertField("retention.policy.effectiveTooFar", change("P60D", "2099-01-01", "r"));
    assertField("retention.input.yearOutOfRange", change("P60D", "9999-01-01", "r"));
    assertField("retention.input.tooLong", change("P60D", "2026-04-01", "x".repeat(1001)));
  }

  @Test
  void the_book_refuses_a_day_in_the_past_and_a_second_version_the_same_day() {
    ProblemException past =
        assertThrows(
            ProblemException.class,
            () -> administration.change(admin, change("P60D", "2026-03-09", "r")));
    assertEquals(422, past.status());
    assertEquals("retention.policy.effectiveInPast", past.messageKey());

    administration.change(admin, change("P60D", "2026-04-01", "r"));
    ProblemException sameDay =
        assertThrows(
            ProblemException.class,
            () -> administration.change(admin, change("P90D", "2026-04-01", "r")));
    assertEquals(409, sameDay.status());
  }

  @Test
  void the_version_in_force_is_marked_per_class_level_and_owner() {
    administration.change(admin, change("P60D", "2026-04-01", "Điều tra"));

    List<PolicyVersionView> today = administration.versions(admin, "PLATE_READ", null, null);
    assertEquals(3, today.size());
    assertEquals(2, today.stream().filter(PolicyVersionView::inForce).count());
    PolicyVersionView communeToday =
        today.stream()
            .filter(v -> v.inForce() && v.level() == StorageLevel.COMMUNE_CENTER)
            .findFirst()
            .orElseThrow();
    assertEquals("P30D", communeToday.period());

    List<PolicyVersionView> april =
        administration.versions(admin, null, "COMMUNE_CENTER", "2026-04-01");
    assertEquals(
        "P60D",
        april.stream().filter(PolicyVersionView::inForce).findFirst().orElseThrow().period());
    assertEquals(
        LocalDate.of(2026, 4, 1),
        april.stream()
            .filter(PolicyVersionView::inForce)
            .findFirst()
            .orElseThrow()
            .effectiveFrom());
  }

  @Test
  void a_filter_that_names_nothing_known_is_422_and_coordinators_read_nothing() {
    ValidationException invalid =
        assertThrows(
            ValidationException.class, () -> administration.versions(admin, "X", "Y", "tomorrow"));
    assertEquals(3, invalid.errors().size());
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () ->
                    administration.versions(
                        Fakes.user("c", Role.COORDINATOR, "GL"), null, null, null))
            .status());
  }

  private void assertField(String messageKey, PolicyChangeRequest request) {
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> administration.change(admin, request));
    assertEquals(messageKey, invalid.errors().get(0).messageKey(), invalid.errors().toString());
  }
}
