package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tcc.violation.internal.domain.CaseDeadlines.Deadline.IDENTIFICATION;
import static vn.tcc.violation.internal.domain.CaseDeadlines.Deadline.PAYMENT;
import static vn.tcc.violation.internal.domain.CaseDeadlines.Deadline.RESPONSE;
import static vn.tcc.violation.internal.domain.CaseDeadlines.WarningRecipient.COMMUNE_POLICE;
import static vn.tcc.violation.internal.domain.CaseDeadlines.WarningRecipient.REGISTRATION_AGENCY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.domain.CaseDeadlines.Overdue;

class CaseDeadlinesTest {
  /** Detected 1 March 2026 at 01:00 in Vietnam, which is still 28 February in UTC. */
  private static final Instant DETECTED = local("2026-03-01T01:00");

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TccTime.ZONE).toInstant();
  }

  private static CaseDates car() {
    return CaseDates.detected(VehicleClass.CAR, DETECTED);
  }

  @Test
  void the_owner_is_due_10_days_after_the_local_day_of_detection() {
    assertEquals(LocalDate.of(2026, 3, 11), CaseDeadlines.identificationDue(DETECTED));
  }

  @Test
  void identification_is_overdue_from_the_first_minute_of_the_11th_day() {
    assertEquals(List.of(), CaseDeadlines.overdueAt(car(), local("2026-03-11T23:59:59")));
    assertEquals(
        List.of(new Overdue(IDENTIFICATION, LocalDate.of(2026, 3, 11), 1, List.of())),
        CaseDeadlines.overdueAt(car(), local("2026-03-12T00:00")));
  }

  @Test
  void an_identification_made_on_the_last_day_stops_the_deadline_but_one_made_later_only_then() {
    CaseDates identified = car().withOwnerIdentifiedAt(local("2026-03-11T17:00"));
    assertEquals(List.of(), CaseDeadlines.overdueAt(identified, local("2026-03-20T09:00")));
    CaseDates late = car().withOwnerIdentifiedAt(local("2026-03-15T09:00"));
    assertEquals(
        List.of(IDENTIFICATION),
        deadlines(CaseDeadlines.overdueAt(late, local("2026-03-14T09:00"))));
    assertEquals(List.of(), CaseDeadlines.overdueAt(late, local("2026-03-15T09:00")));
  }

  @Test
  void a_notice_unanswered_after_20_days_warns_the_registration_agency_of_a_car() {
    CaseDates noticed =
        car()
            .withOwnerIdentifiedAt(local("2026-03-05T10:00"))
            .withNoticeIssuedAt(local("2026-03-06T10:00"));
    assertEquals(LocalDate.of(2026, 3, 26), CaseDeadlines.responseDue(local("2026-03-06T10:00")));
    assertEquals(List.of(), CaseDeadlines.overdueAt(noticed, local("2026-03-26T23:59:59")));
    assertEquals(
        List.of(new Overdue(RESPONSE, LocalDate.of(2026, 3, 26), 1, List.of(REGISTRATION_AGENCY))),
        CaseDeadlines.overdueAt(noticed, local("2026-03-27T00:00")));
  }

  @Test
  void for_a_motorbike_the_commune_police_are_warned_too() {
    CaseDates noticed =
        CaseDates.detected(VehicleClass.MOTORBIKE, DETECTED)
            .withOwnerIdentifiedAt(local("2026-03-05T10:00"))
            .withNoticeIssuedAt(local("2026-03-06T10:00"));
    List<Overdue> overdue = CaseDeadlines.overdueAt(noticed, local("2026-03-27T08:00"));
    assertEquals(List.of(REGISTRATION_AGENCY, COMMUNE_POLICE), overdue.get(0).warn());
    assertEquals(
        List.of(REGISTRATION_AGENCY, COMMUNE_POLICE),
        CaseDeadlines.warningRecipients(VehicleClass.MOTORBIKE));
  }

  @Test
  void a_response_or_a_penalty_decision_stops_the_warning() {
    CaseDates noticed =
        car()
            .withOwnerIdentifiedAt(local("2026-03-05T10:00"))
            .withNoticeIssuedAt(local("2026-03-06T10:00"));
    Instant later = local("2026-04-01T10:00");
    assertEquals(
        List.of(),
        CaseDeadlines.overdueAt(noticed.withRespondedAt(local("2026-03-20T10:00")), later));
    assertEquals(
        List.of(),
        CaseDeadlines.overdueAt(noticed.withPenaltyDecidedAt(local("2026-03-30T10:00")), later));
  }

  @Test
  void payment_is_overdue_from_the_11th_day_after_the_penalty_decision() {
    CaseDates decided = decidedOn4May();
    assertEquals(LocalDate.of(2026, 5, 14), CaseDeadlines.paymentDue(local("2026-05-04T15:00")));
    assertEquals(List.of(), CaseDeadlines.overdueAt(decided, local("2026-05-14T23:59:59")));
    assertEquals(
        List.of(new Overdue(PAYMENT, LocalDate.of(2026, 5, 14), 1, List.of())),
        CaseDeadlines.overdueAt(decided, local("2026-05-15T00:00")));
    assertEquals(
        List.of(),
        CaseDeadlines.overdueAt(
            decided.withPaidAt(local("2026-05-14T16:00")), local("2026-06-01T00:00")));
  }

  @Test
  void the_late_fee_is_0_05_percent_a_day_from_the_day_after_the_due_date() {
    Instant decided = local("2026-05-04T15:00");
    assertEquals(0, CaseDeadlines.lateFeeVnd(18_000_000, decided, local("2026-05-14T23:59:59")));
    assertEquals(9_000, CaseDeadlines.lateFeeVnd(18_000_000, decided, local("2026-05-15T00:00")));
    assertEquals(90_000, CaseDeadlines.lateFeeVnd(18_000_000, decided, local("2026-05-24T08:00")));
  }

  @Test
  void the_late_fee_is_rounded_down_to_the_whole_dong_on_the_total() {
    // 999 999 × 0.05 % = 499.9995: rounding to nearest would say 500.
    assertEquals(499, CaseDeadlines.lateFeeVnd(999_999, 1));
    // 4 500 001 × 0.05 % × 3 = 6 750.0015; per-day rounding would give the same, the total decides.
    assertEquals(6_750, CaseDeadlines.lateFeeVnd(4_500_001, 3));
    // 1 001 × 0.05 % × 2 = 1.001: one đồng, where rounding each day down would give nothing.
    assertEquals(1, CaseDeadlines.lateFeeVnd(1_001, 2));
    assertEquals(0, CaseDeadlines.lateFeeVnd(18_000_000, 0));
    assertThrows(IllegalArgumentException.class, () -> CaseDeadlines.lateFeeVnd(-1, 1));
  }

  @Test
  void a_closed_or_rejected_case_has_nothing_overdue() {
    CaseDates closed = decidedOn4May().withClosedAt(local("2026-05-20T10:00"));
    assertEquals(List.of(), CaseDeadlines.overdueAt(closed, local("2026-06-01T10:00")));
    CaseDates rejected = car().withClosedAt(local("2026-03-02T10:00"));
    assertEquals(List.of(), CaseDeadlines.overdueAt(rejected, local("2026-04-01T10:00")));
  }

  @Test
  void several_deadlines_can_be_overdue_at_once() {
    CaseDates neglected = car().withNoticeIssuedAt(local("2026-03-02T10:00"));
    assertEquals(
        List.of(IDENTIFICATION, RESPONSE),
        deadlines(CaseDeadlines.overdueAt(neglected, local("2026-03-25T10:00"))));
  }

  private static CaseDates decidedOn4May() {
    return car()
        .withOwnerIdentifiedAt(local("2026-03-05T10:00"))
        .withNoticeIssuedAt(local("2026-03-06T10:00"))
        .withRespondedAt(local("2026-04-20T10:00"))
        .withPenaltyDecidedAt(local("2026-05-04T15:00"));
  }

  private static List<CaseDeadlines.Deadline> deadlines(List<Overdue> overdue) {
    return overdue.stream().map(Overdue::deadline).toList();
  }
}
