package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.application.SharingFakes.NOW;
import static vn.tcc.sharing.internal.application.SharingFakes.OFFICER;
import static vn.tcc.sharing.internal.application.SharingFakes.user;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.AccessLogEntry;

class GrantAdministrationTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final Caller SUPERVISOR = user("supervisor", "supervisor", "GL.QUY_NHON");
  private static final Caller SUPERVISOR2 = user("supervisor2", "supervisor", "GL");
  private static final Caller OTHER_COMMUNE = user("sup-pk", "supervisor", "GL.PLEIKU");

  private final SharingFakes fakes = new SharingFakes();
  private final GrantAdministration grants = fakes.grantAdministration();

  /** Emergency access to the bus company's camera, today 08:00 to tomorrow 08:00 (Vietnam). */
  private static GrantRequest emergency(String from, String until) {
    return new GrantRequest(
        "GL-VTVH",
        "EMERGENCY",
        "123/QĐ-UBND",
        "GL.QUY_NHON",
        List.of("GL-QN-0004"),
        List.of("RECORDINGS", "SNAPSHOTS"),
        List.of("INCIDENT_INVESTIGATION"),
        from,
        until,
        "Tai nạn nghiêm trọng tại bến xe");
  }

  private SharedAccessDecision look(SharedDataType type, SharingPurpose purpose) {
    return fakes
        .checks()
        .check("GL-QN-0004", type, purpose, QUY_NHON, NOW.minus(Duration.ofDays(3)));
  }

  @Test
  void a_requested_grant_allows_nothing_until_a_second_supervisor_approves_it() {
    GrantView requested =
        grants.request(SUPERVISOR, emergency("2026-06-10T08:00", "2026-06-11T08:00"));
    assertEquals("REQUESTED", requested.state());
    assertFalse(requested.inForce());
    assertEquals(
        AccessReason.NO_AGREEMENT,
        look(SharedDataType.RECORDINGS, SharingPurpose.INCIDENT_INVESTIGATION).reason());

    // Four eyes: the requester may not approve his own request, an officer may not approve at all.
    ProblemException own =
        assertThrows(
            ProblemException.class,
            () -> grants.decide(SUPERVISOR, requested.id(), "APPROVE", null));
    assertEquals(403, own.status());
    assertEquals("sharing.grant.fourEyes", own.messageKey());
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> grants.decide(OFFICER, requested.id(), "APPROVE", null))
            .status());
    // A supervisor of another commune does not see it at all.
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () -> grants.decide(OTHER_COMMUNE, requested.id(), "APPROVE", null))
            .status());
    assertTrue(fakes.audit.actions().contains("SHARING_ACCESS_DENIED"));

    GrantView approved = grants.decide(SUPERVISOR2, requested.id(), "APPROVE", "Đồng ý");
    assertEquals("APPROVED", approved.state());
    assertEquals("supervisor2", approved.decidedBy());
    assertTrue(approved.inForce());
    assertTrue(fakes.audit.actions().contains("SHARING_GRANT_DECIDED"));

    SharedAccessDecision allowed =
        look(SharedDataType.RECORDINGS, SharingPurpose.INCIDENT_INVESTIGATION);
    assertTrue(allowed.allowed());
    assertEquals(AccessReason.COMPULSORY_GRANT, allowed.reason());
    assertEquals(requested.id(), allowed.grantId());
    assertNull(allowed.agreementId());
    AccessLogEntry entry = fakes.log.entries.get(fakes.log.entries.size() - 1);
    assertEquals(requested.id(), entry.grantId());
    assertEquals(1L, entry.providerId());

    // Only what the grant names.
    assertEquals(
        AccessReason.WRONG_PURPOSE,
        look(SharedDataType.RECORDINGS, SharingPurpose.TRAFFIC_VIOLATION_HANDLING).reason());
    assertEquals(
        AccessReason.WRONG_DATA_TYPE,
        look(SharedDataType.LIVE_VIEW, SharingPurpose.INCIDENT_INVESTIGATION).reason());

    // A decided grant is not decided again.
    assertEquals(
        409,
        assertThrows(
                ProblemException.class,
                () -> grants.decide(SUPERVISOR2, requested.id(), "REJECT", "Không"))
            .status());
  }

  @Test
  void an_expired_grant_refuses_and_says_so() {
    GrantView requested =
        grants.request(SUPERVISOR, emergency("2026-06-10T08:00", "2026-06-10T12:00"));
    grants.decide(SUPERVISOR2, requested.id(), "APPROVE", null);
    assertTrue(look(SharedDataType.SNAPSHOTS, SharingPurpose.INCIDENT_INVESTIGATION).allowed());

    // 12:00 in Vietnam: the end is excluded.
    fakes.clock =
        Clock.fixed(
            java.time.LocalDateTime.parse("2026-06-10T12:00").atZone(TccTime.ZONE).toInstant(),
            TccTime.ZONE);
    SharedAccessDecision refused =
        look(SharedDataType.SNAPSHOTS, SharingPurpose.INCIDENT_INVESTIGATION);
    assertFalse(refused.allowed());
    assertEquals(AccessReason.COMPULSORY_GRANT_ENDED, refused.reason());
    assertEquals(requested.id(), refused.grantId());
    assertEquals(
        "SHARING_ACCESS_REFUSED", fakes.audit.records.get(fakes.audit.records.size() - 1).action());
  }

  @Test
  void a_rejection_needs_a_note_and_a_withdrawal_is_the_requesters_only() {
    GrantView first = grants.request(SUPERVISOR, emergency("2026-06-10T08:00", "2026-06-11T08:00"));
    assertThrows(
        ValidationException.class, () -> grants.decide(SUPERVISOR2, first.id(), "REJECT", " "));
    assertEquals(
        "REJECTED", grants.decide(SUPERVISOR2, first.id(), "REJECT", "Thiếu căn cứ").state());
    assertFalse(look(SharedDataType.SNAPSHOTS, SharingPurpose.INCIDENT_INVESTIGATION).allowed());

    GrantView second = grants.request(OFFICER, emergency("2026-06-10T08:00", "2026-06-11T08:00"));
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> grants.decide(SUPERVISOR, second.id(), "WITHDRAW", null))
            .status());
    assertEquals("WITHDRAWN", grants.decide(OFFICER, second.id(), "WITHDRAW", null).state());
  }

  @Test
  void the_request_is_checked_field_by_field() {
    // A voluntary basis is not compulsory access; the term is at most 30 days; the end is ahead.
    GrantRequest voluntary =
        new GrantRequest(
            "GL-VTVH",
            "VOLUNTARY_ART18",
            "1",
            "GL.QUY_NHON",
            List.of("GL-QN-0004"),
            List.of("SNAPSHOTS"),
            List.of("INCIDENT_INVESTIGATION"),
            "2026-06-10T08:00",
            "2026-07-20T08:00",
            "x");
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> grants.request(SUPERVISOR, voluntary));
    List<String> fields = invalid.errors().stream().map(e -> e.field()).toList();
    assertTrue(fields.contains("legalBasis"), fields.toString());
    assertTrue(fields.contains("validUntil"), fields.toString());

    assertThrows(
        ValidationException.class,
        () -> grants.request(SUPERVISOR, emergency("2026-06-09T08:00", "2026-06-10T09:59")));
    assertThrows(
        ValidationException.class,
        () -> grants.request(SUPERVISOR, emergency("999999999-01-01T00:00", "2026-06-11T08:00")));
    assertThrows(
        ValidationException.class,
        () -> grants.request(SUPERVISOR, emergency("2026-06-10T08:00\u0000", "2026-06-11T08:00")));
    // Another owner's camera is not the provider's to be opened.
    GrantRequest university =
        new GrantRequest(
            "GL-VTVH",
            "EMERGENCY",
            "1",
            "GL.QUY_NHON",
            List.of("GL-QN-0005"),
            List.of("SNAPSHOTS"),
            List.of("INCIDENT_INVESTIGATION"),
            "2026-06-10T08:00",
            "2026-06-11T08:00",
            "x");
    assertThrows(ValidationException.class, () -> grants.request(SUPERVISOR, university));
    // A commune's supervisor may not ask for another commune.
    assertThrows(
        ValidationException.class,
        () -> grants.request(OTHER_COMMUNE, emergency("2026-06-10T08:00", "2026-06-11T08:00")));
  }

  @Test
  void the_provider_sees_his_approved_grants_without_officer_names() {
    GrantView approved =
        grants.request(SUPERVISOR, emergency("2026-06-10T08:00", "2026-06-11T08:00"));
    grants.decide(SUPERVISOR2, approved.id(), "APPROVE", "Đồng ý");
    grants.request(SUPERVISOR, emergency("2026-06-10T08:00", "2026-06-11T08:00"));

    Caller provider = SharingFakes.provider("provider", "GL-VTVH");
    SharingPage<GrantView> page = grants.list(provider, null, null);
    assertEquals(1, page.total());
    GrantView seen = page.items().get(0);
    assertEquals("123/QĐ-UBND", seen.decisionNumber());
    assertNull(seen.requestedBy());
    assertNull(seen.decidedBy());
    assertEquals(2, grants.list(SUPERVISOR, null, null).total());

    Caller other = SharingFakes.provider("other", "GL-PK-HGD01");
    assertEquals(0, grants.list(other, null, null).total());
    assertEquals(
        404, assertThrows(ProblemException.class, () -> grants.one(other, approved.id())).status());
  }
}
