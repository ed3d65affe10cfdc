package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class ManualDeletionTest {
  static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");
  static final JurisdictionCode PROVINCE = new JurisdictionCode("GL");

  static Caller user(String name, String... roles) {
    return new Caller(name, name, Caller.Kind.USER, Set.of(roles), PROVINCE);
  }

  static ManualDeletion requested() {
    return ManualDeletion.request(
            user("supervisor", Role.SUPERVISOR),
            DataClass.PLATE_READ,
            List.of("101", " 102 ", "101"),
            "Ghi nhầm biển số",
            "QĐ 12/QĐ-CAT",
            NOW)
        .withId(7);
  }

  @Test
  void a_supervisor_requests_with_distinct_trimmed_item_ids() {
    ManualDeletion request = requested();
    assertEquals(List.of("101", "102"), request.itemIds());
    assertEquals(ManualDeletion.State.REQUESTED, request.state());
    assertEquals(PROVINCE, request.jurisdiction());
    assertEquals("Ghi nhầm biển số (QĐ 12/QĐ-CAT)", request.legalBasis());
  }

  @Test
  void another_supervisor_approves_and_the_request_is_executed_with_its_record() {
    ManualDeletion executed = requested().executed(user("supervisor2", Role.SUPERVISOR), NOW, 99);
    assertEquals(ManualDeletion.State.EXECUTED, executed.state());
    assertEquals("supervisor2", executed.decidedBy());
    assertEquals(99L, executed.recordId());
  }

  @Test
  void the_requester_cannot_approve_or_reject_his_own_request() {
    Caller requester = user("supervisor", Role.SUPERVISOR);
    RetentionRuleException approve =
        assertThrows(RetentionRuleException.class, () -> requested().checkApprover(requester));
    assertEquals("retention.manual.ownRequest", approve.messageKey());
    assertEquals(403, approve.status());
    assertThrows(RetentionRuleException.class, () -> requested().reject(requester, "không", NOW));
  }

  @Test
  void an_admin_who_is_no_supervisor_can_neither_request_nor_approve() {
    Caller admin = user("admin", Role.ADMIN);
    RetentionRuleException approve =
        assertThrows(RetentionRuleException.class, () -> requested().checkApprover(admin));
    assertEquals("retention.manual.needsSupervisor", approve.messageKey());
    assertThrows(
        RetentionRuleException.class,
        () ->
            ManualDeletion.request(
                admin, DataClass.PLATE_READ, List.of("1"), "lý do", "QĐ 1", NOW));
  }

  @Test
  void an_admin_who_is_also_a_supervisor_approves_as_a_supervisor() {
    ManualDeletion executed =
        requested().executed(user("chief", Role.ADMIN, Role.SUPERVISOR), NOW, 5);
    assertEquals("chief", executed.decidedBy());
  }

  @Test
  void a_decided_request_is_decided_once() {
    ManualDeletion rejected =
        requested().reject(user("supervisor2", Role.SUPERVISOR), "Không đủ căn cứ", NOW);
    assertEquals(ManualDeletion.State.REJECTED, rejected.state());
    RetentionRuleException again =
        assertThrows(
            RetentionRuleException.class,
            () -> rejected.checkApprover(user("supervisor3", Role.SUPERVISOR)));
    assertEquals(409, again.status());
  }

  @Test
  void a_rejection_gives_its_reason() {
    assertThrows(
        RetentionRuleException.class,
        () -> requested().reject(user("supervisor2", Role.SUPERVISOR), " ", NOW));
  }

  @Test
  void a_request_names_one_to_a_hundred_items_a_reason_and_a_decision() {
    Caller supervisor = user("supervisor", Role.SUPERVISOR);
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i <= ManualDeletion.MAX_ITEMS; i++) {
      many.add("item-" + i);
    }
    assertEquals(
        "retention.manual.tooManyItems",
        assertThrows(
                RetentionRuleException.class,
                () ->
                    ManualDeletion.request(
                        supervisor, DataClass.PLATE_READ, many, "lý do", "QĐ 1", NOW))
            .messageKey());
    assertThrows(
        RetentionRuleException.class,
        () ->
            ManualDeletion.request(
                supervisor, DataClass.PLATE_READ, Collections.emptyList(), "lý do", "QĐ 1", NOW));
    assertThrows(
        RetentionRuleException.class,
        () ->
            ManualDeletion.request(
                supervisor, DataClass.PLATE_READ, List.of("1"), "", "QĐ 1", NOW));
    assertThrows(
        RetentionRuleException.class,
        () ->
            ManualDeletion.request(
                supervisor, DataClass.PLATE_READ, List.of("1"), "lý do", null, NOW));
  }
}
