package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tcc.sharing.internal.domain.Agreements.SHA;
import static vn.tcc.sharing.internal.domain.Agreements.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

class SharingAgreementTest {
  private static final Instant NOW = local("2026-06-10T12:00");

  private static SharingAgreement withBasis(
      LegalBasis basis, String decision, String from, String to, String sha) {
    return SharingAgreement.draft(
        7,
        "x",
        Agreements.QUY_NHON,
        Set.of("GL-QN-0004"),
        EnumSet.of(SharedDataType.LIVE_VIEW),
        EnumSet.of(SharingPurpose.SECURITY_AND_ORDER),
        SharingWindow.ALWAYS,
        basis,
        decision,
        StoragePlace.LICENSED_CLOUD,
        30,
        new AgreementTerm(LocalDate.parse(from), LocalDate.parse(to)),
        sha,
        "admin",
        NOW);
  }

  private static String key(Runnable action) {
    return assertThrows(SharingRuleException.class, action::run).messageKey();
  }

  @Test
  void the_lifecycle_moves_through_its_table_and_the_timeline_order() {
    SharingAgreement agreement = Agreements.active();
    assertEquals(AgreementState.ACTIVE, agreement.state());
    agreement = agreement.moveTo(AgreementState.SUSPENDED, ActorKind.ADMIN, NOW, null);
    agreement = agreement.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, null);
    agreement = agreement.moveTo(AgreementState.REVOKED, ActorKind.PROVIDER, NOW, null);
    agreement = agreement.moveTo(AgreementState.DATA_DESTROYED, ActorKind.ADMIN, NOW, null);
    agreement = agreement.moveTo(AgreementState.PROVIDER_NOTIFIED, ActorKind.ADMIN, NOW, null);
    assertEquals(AgreementState.PROVIDER_NOTIFIED, agreement.state());
    assertEquals(AgreementState.REVOKED, agreement.endedAs());
  }

  @Test
  void who_may_move_it() {
    SharingAgreement active = Agreements.active();
    assertEquals(
        "sharing.lifecycle.notYours",
        key(() -> active.moveTo(AgreementState.SUSPENDED, ActorKind.PROVIDER, NOW, null)));
    assertEquals(
        "sharing.lifecycle.notYours",
        key(
            () ->
                active.moveTo(
                    AgreementState.EXPIRED, ActorKind.ADMIN, local("2027-01-02T00:00"), null)));
    SharingAgreement suspended =
        active.moveTo(AgreementState.SUSPENDED, ActorKind.ADMIN, NOW, null);
    assertEquals(
        "sharing.lifecycle.notYours",
        key(() -> suspended.moveTo(AgreementState.ACTIVE, ActorKind.PROVIDER, NOW, null)));
    assertEquals(
        AgreementState.REVOKED,
        suspended.moveTo(AgreementState.REVOKED, ActorKind.PROVIDER, NOW, null).state(),
        "the provider revokes at any time");
    assertEquals(
        "sharing.lifecycle.notAllowed",
        key(() -> active.moveTo(AgreementState.DATA_DESTROYED, ActorKind.ADMIN, NOW, null)));
    SharingAgreement revoked = active.moveTo(AgreementState.REVOKED, ActorKind.ADMIN, NOW, null);
    assertEquals(
        "sharing.lifecycle.notAllowed",
        key(() -> revoked.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, null)));
    assertEquals(
        "sharing.lifecycle.notAllowed",
        key(() -> revoked.moveTo(AgreementState.REVOKED, ActorKind.PROVIDER, NOW, null)));
  }

  @Test
  void activation_needs_the_signed_document_and_a_term_not_over() {
    SharingAgreement unsigned =
        withBasis(LegalBasis.VOLUNTARY_ART18, null, "2026-01-01", "2026-12-31", null);
    assertEquals(
        "sharing.agreement.documentRequired",
        key(() -> unsigned.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, null)));
    assertEquals(
        SHA, unsigned.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, SHA).documentSha256());
    SharingAgreement signed =
        withBasis(LegalBasis.VOLUNTARY_ART18, null, "2026-01-01", "2026-12-31", SHA);
    assertEquals(
        "sharing.agreement.otherDocument",
        key(() -> signed.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, "b".repeat(64))));
    SharingAgreement past =
        withBasis(LegalBasis.VOLUNTARY_ART18, null, "2026-01-01", "2026-06-09", SHA);
    assertEquals(
        "sharing.agreement.termOver",
        key(() -> past.moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, NOW, null)));
  }

  @Test
  void expiry_only_after_the_last_day() {
    SharingAgreement active = Agreements.active();
    assertEquals(
        "sharing.agreement.termNotOver",
        key(
            () ->
                active.moveTo(
                    AgreementState.EXPIRED, ActorKind.SYSTEM, local("2026-12-31T23:59:59"), null)));
    assertEquals(
        AgreementState.EXPIRED,
        active
            .moveTo(AgreementState.EXPIRED, ActorKind.SYSTEM, local("2027-01-01T00:00"), null)
            .endedAs());
  }

  @Test
  void a_compulsory_basis_needs_its_decision_and_a_short_term() {
    assertEquals(
        "sharing.agreement.decisionRequired",
        key(() -> withBasis(LegalBasis.EMERGENCY, " ", "2026-06-01", "2026-06-05", SHA)));
    assertEquals(
        "sharing.agreement.decisionOnlyCompulsory",
        key(() -> withBasis(LegalBasis.VOLUNTARY_ART18, "1/QĐ", "2026-06-01", "2026-06-05", SHA)));
    assertEquals(
        "sharing.agreement.compulsoryTooLong",
        key(() -> withBasis(LegalBasis.RIOT, "1/QĐ", "2026-06-01", "2026-07-01", SHA)));
    assertEquals(
        30,
        withBasis(LegalBasis.RIOT, "1/QĐ", "2026-06-01", "2026-06-30", SHA).term().days(),
        "thirty days, both ends counted, is the longest");
  }

  @Test
  void content_rules() {
    assertEquals(
        "sharing.agreement.termOrder",
        key(() -> withBasis(LegalBasis.VOLUNTARY_ART18, null, "2026-06-05", "2026-06-01", SHA)));
    assertEquals(
        "sharing.agreement.sha256",
        key(() -> withBasis(LegalBasis.VOLUNTARY_ART18, null, "2026-06-01", "2026-06-05", "ABC")));
  }

  @Test
  void reminders_come_thirty_and_seven_days_ahead_late_rather_than_never() {
    LocalDate end = LocalDate.parse("2026-12-31");
    assertEquals(
        java.util.Optional.empty(), ExpiryReminder.dueOn(LocalDate.parse("2026-11-30"), end));
    assertEquals(
        ExpiryReminder.Kind.DAYS_30,
        ExpiryReminder.dueOn(LocalDate.parse("2026-12-01"), end).orElseThrow());
    assertEquals(
        ExpiryReminder.Kind.DAYS_30,
        ExpiryReminder.dueOn(LocalDate.parse("2026-12-23"), end).orElseThrow());
    assertEquals(
        ExpiryReminder.Kind.DAYS_7,
        ExpiryReminder.dueOn(LocalDate.parse("2026-12-24"), end).orElseThrow());
    assertEquals(ExpiryReminder.Kind.DAYS_7, ExpiryReminder.dueOn(end, end).orElseThrow());
    assertEquals(
        java.util.Optional.empty(), ExpiryReminder.dueOn(LocalDate.parse("2027-01-01"), end));
  }
}
