package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.domain.Agreements.PLEIKU;
import static vn.tcc.sharing.internal.domain.Agreements.PROVINCE;
import static vn.tcc.sharing.internal.domain.Agreements.QUY_NHON;
import static vn.tcc.sharing.internal.domain.Agreements.active;
import static vn.tcc.sharing.internal.domain.Agreements.hours;
import static vn.tcc.sharing.internal.domain.Agreements.local;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

class AccessRulesTest {
  private static final Instant JUNE_NOON = local("2026-06-10T12:00");

  private static SharedAccessDecision check(
      List<SharingAgreement> covering, JurisdictionCode unit, Instant now, Instant dataTime) {
    return AccessRules.decide(
        covering, SharedDataType.LIVE_VIEW, SharingPurpose.SECURITY_AND_ORDER, unit, now, dataTime);
  }

  private static AccessReason reason(SharingAgreement agreement, Instant at) {
    return check(List.of(agreement), QUY_NHON, at, at).reason();
  }

  @Test
  void an_active_agreement_allows_its_data_for_its_purposes_to_its_unit() {
    SharedAccessDecision allowed = check(List.of(active()), QUY_NHON, JUNE_NOON, JUNE_NOON);
    assertTrue(allowed.allowed());
    assertEquals(AccessReason.AGREEMENT, allowed.reason());
    assertEquals(1L, allowed.agreementId());
  }

  @Test
  void a_camera_no_agreement_names_is_refused() {
    SharedAccessDecision none = check(List.of(), QUY_NHON, JUNE_NOON, JUNE_NOON);
    assertFalse(none.allowed());
    assertEquals(AccessReason.NO_AGREEMENT, none.reason());
    assertNull(none.agreementId());
  }

  @Test
  void only_an_active_agreement_shares() {
    SharingAgreement suspended =
        active().moveTo(AgreementState.SUSPENDED, ActorKind.ADMIN, JUNE_NOON, null);
    SharingAgreement revoked =
        active().moveTo(AgreementState.REVOKED, ActorKind.PROVIDER, JUNE_NOON, null);
    SharingAgreement destroyed =
        revoked.moveTo(AgreementState.DATA_DESTROYED, ActorKind.ADMIN, JUNE_NOON, null);
    assertEquals(
        AccessReason.NOT_ACTIVE, reason(Agreements.draft(SharingWindow.ALWAYS), JUNE_NOON));
    assertEquals(AccessReason.SUSPENDED, reason(suspended, JUNE_NOON));
    assertEquals(AccessReason.REVOKED, reason(revoked, JUNE_NOON));
    assertEquals(AccessReason.REVOKED, reason(destroyed, JUNE_NOON));
    SharingAgreement expired =
        active().moveTo(AgreementState.EXPIRED, ActorKind.SYSTEM, local("2027-01-01T00:00"), null);
    assertEquals(AccessReason.EXPIRED, reason(expired, JUNE_NOON));
    assertEquals(
        AccessReason.EXPIRED,
        reason(
            expired.moveTo(AgreementState.DATA_DESTROYED, ActorKind.ADMIN, JUNE_NOON, null),
            JUNE_NOON));
  }

  @Test
  void the_term_runs_from_the_first_to_the_end_of_the_last_local_day() {
    SharingAgreement agreement = active();
    assertEquals(AccessReason.TERM_NOT_STARTED, reason(agreement, local("2025-12-31T23:59:59")));
    assertEquals(AccessReason.AGREEMENT, reason(agreement, local("2026-01-01T00:00")));
    assertEquals(AccessReason.AGREEMENT, reason(agreement, local("2026-12-31T23:59:59")));
    // Still ACTIVE in the table (the timer has not run): the clock decides.
    assertEquals(AccessReason.TERM_ENDED, reason(agreement, local("2027-01-01T00:00")));
    // 2026-12-31T17:00Z is 2027-01-01 00:00 in Vietnam: over, though still 2026 in UTC.
    assertEquals(AccessReason.TERM_ENDED, reason(agreement, Instant.parse("2026-12-31T17:00:00Z")));
  }

  @Test
  void data_taken_before_the_term_is_not_shared_even_while_it_runs() {
    SharedAccessDecision old =
        check(List.of(active()), QUY_NHON, JUNE_NOON, local("2025-12-15T12:00"));
    assertEquals(AccessReason.TERM_NOT_STARTED, old.reason());
  }

  @Test
  void a_compulsory_grant_ends_with_its_short_term() {
    SharingAgreement grant = Agreements.compulsory();
    Instant during = local("2026-03-10T23:00");
    assertEquals(
        AccessReason.AGREEMENT,
        AccessRules.decide(
                List.of(grant),
                SharedDataType.LIVE_VIEW,
                SharingPurpose.SEARCH_AND_RESCUE,
                QUY_NHON,
                during,
                during)
            .reason());
    Instant after = local("2026-03-11T00:00");
    assertEquals(
        AccessReason.COMPULSORY_GRANT_ENDED,
        AccessRules.decide(
                List.of(grant),
                SharedDataType.LIVE_VIEW,
                SharingPurpose.SEARCH_AND_RESCUE,
                QUY_NHON,
                after,
                after)
            .reason());
    SharingAgreement expired = grant.moveTo(AgreementState.EXPIRED, ActorKind.SYSTEM, after, null);
    assertEquals(
        AccessReason.COMPULSORY_GRANT_ENDED,
        AccessRules.decide(
                List.of(expired),
                SharedDataType.LIVE_VIEW,
                SharingPurpose.SEARCH_AND_RESCUE,
                QUY_NHON,
                after,
                after)
            .reason());
  }

  @Test
  void a_communes_agreement_serves_that_commune_a_provinces_serves_all() {
    assertEquals(
        AccessReason.WRONG_UNIT, check(List.of(active()), PLEIKU, JUNE_NOON, JUNE_NOON).reason());
    assertEquals(
        AccessReason.WRONG_UNIT,
        check(List.of(active()), PROVINCE, JUNE_NOON, JUNE_NOON).reason(),
        "the province is not the commune the provider agreed with");
    assertEquals(
        AccessReason.WRONG_UNIT, check(List.of(active()), null, JUNE_NOON, JUNE_NOON).reason());
    SharingAgreement grant = Agreements.compulsory();
    Instant during = local("2026-03-05T10:00");
    assertTrue(
        AccessRules.decide(
                List.of(grant),
                SharedDataType.LIVE_VIEW,
                SharingPurpose.SEARCH_AND_RESCUE,
                PLEIKU,
                during,
                during)
            .allowed(),
        "the province's grant serves Pleiku");
  }

  @Test
  void data_type_purpose_and_hours_must_each_be_agreed() {
    SharingAgreement agreement = active(hours("22:00", "06:00"));
    Instant night = local("2026-06-10T23:30");
    assertEquals(
        AccessReason.WRONG_DATA_TYPE,
        AccessRules.decide(
                List.of(agreement),
                SharedDataType.EVENTS,
                SharingPurpose.SECURITY_AND_ORDER,
                QUY_NHON,
                night,
                night)
            .reason());
    assertEquals(
        AccessReason.WRONG_PURPOSE,
        AccessRules.decide(
                List.of(agreement),
                SharedDataType.LIVE_VIEW,
                SharingPurpose.TRAFFIC_VIOLATION_HANDLING,
                QUY_NHON,
                night,
                night)
            .reason());
    assertEquals(AccessReason.AGREEMENT, reason(agreement, night));
    assertEquals(AccessReason.AGREEMENT, reason(agreement, local("2026-06-11T05:00")));
    assertEquals(AccessReason.OUTSIDE_HOURS, reason(agreement, JUNE_NOON));
    // A recording taken at night, looked at at noon: the hours apply to when it was taken.
    assertTrue(check(List.of(agreement), QUY_NHON, JUNE_NOON, night).allowed());
  }

  @Test
  void any_agreement_that_allows_is_enough_and_a_refusal_names_the_closest_one() {
    SharingAgreement suspended =
        active().moveTo(AgreementState.SUSPENDED, ActorKind.ADMIN, JUNE_NOON, null);
    SharingAgreement nights = active(hours("22:00", "06:00")).withId(9);
    SharedAccessDecision refused =
        check(List.of(suspended, nights), QUY_NHON, JUNE_NOON, JUNE_NOON);
    assertEquals(AccessReason.OUTSIDE_HOURS, refused.reason());
    assertEquals(9L, refused.agreementId());
    Instant night = local("2026-06-10T23:00");
    SharedAccessDecision allowed = check(List.of(suspended, nights), QUY_NHON, night, night);
    assertTrue(allowed.allowed());
    assertEquals(9L, allowed.agreementId());
  }
}
