package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

class CompulsoryGrantTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final JurisdictionCode PROVINCE = new JurisdictionCode("GL");

  private static Instant vietnam(String local) {
    return LocalDateTime.parse(local).atZone(TccTime.ZONE).toInstant();
  }

  /** From 22:00 on 9 June to 00:00 on 11 June, Vietnam's time, for Quy Nhon. */
  private static CompulsoryGrant requested() {
    return new CompulsoryGrant(
        7L,
        1L,
        LegalBasis.DISASTER,
        "45/QĐ-UBND",
        QUY_NHON,
        Set.of("GL-QN-0004"),
        Set.of(SharedDataType.LIVE_VIEW),
        Set.of(SharingPurpose.SEARCH_AND_RESCUE),
        vietnam("2026-06-09T22:00"),
        vietnam("2026-06-11T00:00"),
        "Lũ quét",
        GrantState.REQUESTED,
        "officer",
        vietnam("2026-06-09T21:00"),
        null,
        null,
        null,
        0);
  }

  private static AccessReason ask(CompulsoryGrant grant, Instant now) {
    return grant.ask(
        "GL-QN-0004", SharedDataType.LIVE_VIEW, SharingPurpose.SEARCH_AND_RESCUE, QUY_NHON, now);
  }

  @Test
  void approval_takes_a_supervisor_other_than_the_requester() {
    Instant at = vietnam("2026-06-09T21:30");
    SharingRuleException own =
        assertThrows(
            SharingRuleException.class, () -> requested().decide(true, "officer", true, null, at));
    assertEquals("sharing.grant.fourEyes", own.messageKey());
    assertEquals(403, own.status());
    SharingRuleException notSupervisor =
        assertThrows(
            SharingRuleException.class, () -> requested().decide(true, "other", false, null, at));
    assertEquals("sharing.grant.supervisorOnly", notSupervisor.messageKey());

    CompulsoryGrant approved = requested().decide(true, "supervisor", true, "OK", at);
    assertEquals(GrantState.APPROVED, approved.state());
    assertEquals("supervisor", approved.decidedBy());
    assertThrows(
        SharingRuleException.class, () -> approved.decide(false, "supervisor2", true, "x", at));
    // Even built by hand, an approval by the requester himself is refused.
    assertThrows(
        SharingRuleException.class,
        () ->
            new CompulsoryGrant(
                7L,
                1L,
                LegalBasis.DISASTER,
                "45",
                QUY_NHON,
                Set.of("GL-QN-0004"),
                Set.of(SharedDataType.LIVE_VIEW),
                Set.of(SharingPurpose.SEARCH_AND_RESCUE),
                at,
                at.plusSeconds(60),
                "x",
                GrantState.APPROVED,
                "officer",
                at,
                "officer",
                at,
                null,
                0));
  }

  @Test
  void the_term_starts_and_ends_at_the_given_moments_in_vietnam_the_end_excluded() {
    CompulsoryGrant grant =
        requested().decide(true, "supervisor", true, null, vietnam("2026-06-09T21:30"));
    assertEquals(AccessReason.TERM_NOT_STARTED, ask(grant, vietnam("2026-06-09T21:59:59")));
    assertEquals(AccessReason.COMPULSORY_GRANT, ask(grant, vietnam("2026-06-09T22:00")));
    // Across midnight, and the whole of 10 June.
    assertEquals(AccessReason.COMPULSORY_GRANT, ask(grant, vietnam("2026-06-10T23:59:59")));
    // 00:00 of 11 June in Vietnam is 17:00 UTC on 10 June: the grant has ended there.
    assertEquals(Instant.parse("2026-06-10T17:00:00Z"), grant.validUntil());
    assertEquals(AccessReason.COMPULSORY_GRANT, ask(grant, Instant.parse("2026-06-10T16:59:59Z")));
    assertEquals(
        AccessReason.COMPULSORY_GRANT_ENDED, ask(grant, Instant.parse("2026-06-10T17:00:00Z")));
    assertTrue(grant.inForceAt(Instant.parse("2026-06-10T16:59:59Z")));
    assertFalse(grant.inForceAt(Instant.parse("2026-06-10T17:00:00Z")));
  }

  @Test
  void it_opens_only_its_cameras_data_purposes_and_unit() {
    CompulsoryGrant grant =
        requested().decide(true, "supervisor", true, null, vietnam("2026-06-09T21:30"));
    Instant during = vietnam("2026-06-10T09:00");
    assertEquals(
        AccessReason.NO_AGREEMENT,
        grant.ask(
            "GL-QN-0009",
            SharedDataType.LIVE_VIEW,
            SharingPurpose.SEARCH_AND_RESCUE,
            QUY_NHON,
            during));
    assertEquals(
        AccessReason.WRONG_DATA_TYPE,
        grant.ask(
            "GL-QN-0004",
            SharedDataType.RECORDINGS,
            SharingPurpose.SEARCH_AND_RESCUE,
            QUY_NHON,
            during));
    assertEquals(
        AccessReason.WRONG_PURPOSE,
        grant.ask(
            "GL-QN-0004",
            SharedDataType.LIVE_VIEW,
            SharingPurpose.TRAFFIC_VIOLATION_HANDLING,
            QUY_NHON,
            during));
    // Granted to a commune: the province's other units are not it.
    assertEquals(
        AccessReason.WRONG_UNIT,
        grant.ask(
            "GL-QN-0004",
            SharedDataType.LIVE_VIEW,
            SharingPurpose.SEARCH_AND_RESCUE,
            new JurisdictionCode("GL.PLEIKU"),
            during));
    assertEquals(
        AccessReason.WRONG_UNIT,
        grant.ask(
            "GL-QN-0004",
            SharedDataType.LIVE_VIEW,
            SharingPurpose.SEARCH_AND_RESCUE,
            PROVINCE,
            during));
    // Requested only: nothing.
    assertEquals(AccessReason.NO_AGREEMENT, ask(requested(), during));
  }

  @Test
  void a_grant_is_short_compulsory_and_numbered() {
    Instant from = vietnam("2026-06-01T00:00");
    assertThrows(
        SharingRuleException.class,
        () ->
            withTerm(
                LegalBasis.EMERGENCY, "1", from, from.plus(Duration.ofDays(30)).plusSeconds(1)));
    withTerm(LegalBasis.EMERGENCY, "1", from, from.plus(Duration.ofDays(30)));
    assertThrows(
        SharingRuleException.class,
        () -> withTerm(LegalBasis.VOLUNTARY_ART18, "1", from, from.plusSeconds(60)));
    assertThrows(
        SharingRuleException.class,
        () -> withTerm(LegalBasis.RIOT, " ", from, from.plusSeconds(60)));
    assertThrows(SharingRuleException.class, () -> withTerm(LegalBasis.RIOT, "1", from, from));
  }

  private static CompulsoryGrant withTerm(
      LegalBasis basis, String decision, Instant from, Instant until) {
    return new CompulsoryGrant(
        null,
        1L,
        basis,
        decision,
        QUY_NHON,
        Set.of("GL-QN-0004"),
        Set.of(SharedDataType.LIVE_VIEW),
        Set.of(SharingPurpose.SEARCH_AND_RESCUE),
        from,
        until,
        "x",
        GrantState.REQUESTED,
        "officer",
        from,
        null,
        null,
        null,
        0);
  }
}
