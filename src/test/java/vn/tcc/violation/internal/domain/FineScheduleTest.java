package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.violation.internal.domain.Callers.refused;
import static vn.tcc.violation.internal.domain.VehicleClass.CAR;
import static vn.tcc.violation.internal.domain.VehicleClass.MOTORBIKE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.domain.FineAssessment.Outcome;

class FineScheduleTest {
  private static final FineSchedule DECREE_168 = Decree168Rules.schedule();
  private static final Instant JUNE_2025 = local("2025-06-10T08:30");

  /** An instant given as wall-clock time in Vietnam. */
  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TccTime.ZONE).toInstant();
  }

  private static FineAssessment speeding(VehicleClass vehicle, String speed, String limit) {
    return DECREE_168.assessSpeeding(
        vehicle, JUNE_2025, new BigDecimal(speed), new BigDecimal(limit));
  }

  @Test
  void a_car_running_a_red_light_risks_18_to_20_million_and_4_points() {
    FineAssessment fine = DECREE_168.assess(EventType.RED_LIGHT, CAR, JUNE_2025);
    assertEquals(Outcome.FINE, fine.outcome());
    assertEquals(18_000_000, fine.rule().minFineVnd());
    assertEquals(20_000_000, fine.rule().maxFineVnd());
    assertEquals(4, fine.rule().licencePoints());
    assertEquals("Nghị định 168/2024/NĐ-CP", fine.rule().legalReferenceVi());
    assertNull(fine.messageKey());
  }

  @ParameterizedTest(name = "motorbike {0}: {1}–{2} VND, -{3}")
  @CsvSource({
    "RED_LIGHT, 4000000, 6000000, 4",
    "WRONG_WAY, 4000000, 6000000, 0",
    "NO_HELMET, 400000, 600000, 0",
    "WRONG_LANE, 600000, 800000, 0"
  })
  void motorbike_fines_are_the_briefs(EventType type, long min, long max, int points) {
    FineRule rule = DECREE_168.assess(type, MOTORBIKE, JUNE_2025).rule();
    assertEquals(min, rule.minFineVnd());
    assertEquals(max, rule.maxFineVnd());
    assertEquals(points, rule.licencePoints());
  }

  @ParameterizedTest(name = "car at {0} where the limit is {1}: {2}")
  @CsvSource({
    "69.9, 60, , NOT_FINEABLE_SPEED, 0, 0",
    "70, 60, FROM_10_TO_20, FINE, 4000000, 2",
    "80, 60, FROM_10_TO_20, FINE, 4000000, 2",
    "80.5, 60, OVER_20_TO_35, FINE, 6000000, 4",
    "95, 60, OVER_20_TO_35, FINE, 6000000, 4",
    "96, 60, OVER_35, FINE, 12000000, 6",
    "55, 60, , NOT_FINEABLE_SPEED, 0, 0"
  })
  void a_speeding_car_is_fined_by_the_band_of_its_excess(
      String speed, String limit, SpeedBand band, Outcome outcome, long min, int points) {
    FineAssessment fine = speeding(CAR, speed, limit);
    assertEquals(outcome, fine.outcome());
    assertEquals(new BigDecimal(speed).subtract(new BigDecimal(limit)), fine.kmhOver());
    if (outcome == Outcome.FINE) {
      assertEquals(band, fine.rule().speedBand());
      assertEquals(min, fine.rule().minFineVnd());
      assertEquals(points, fine.rule().licencePoints());
    } else {
      assertEquals("violation.fine.notFineableSpeed", fine.messageKey());
    }
  }

  @Test
  void a_motorbike_is_fined_from_5_kmh_over_and_above_20_the_table_has_no_rule() {
    assertEquals(Outcome.NOT_FINEABLE_SPEED, speeding(MOTORBIKE, "44.9", "40").outcome());
    FineAssessment five = speeding(MOTORBIKE, "45", "40");
    assertEquals(SpeedBand.FROM_5_UNDER_10, five.rule().speedBand());
    assertEquals(400_000, five.rule().minFineVnd());
    FineAssessment ten = speeding(MOTORBIKE, "50", "40");
    assertEquals(800_000, ten.rule().minFineVnd());
    assertEquals(1_000_000, ten.rule().maxFineVnd());
    // Above the highest band the brief quotes for motorbikes: not "not fineable", but no rule.
    FineAssessment twentyFive = speeding(MOTORBIKE, "65", "40");
    assertEquals(Outcome.NO_RULE, twentyFive.outcome());
    assertEquals("violation.fine.noRule", twentyFive.messageKey());
  }

  @Test
  void a_violation_the_table_does_not_hold_has_no_rule() {
    assertEquals(Outcome.NO_RULE, DECREE_168.assess(EventType.NO_HELMET, CAR, JUNE_2025).outcome());
    assertEquals(
        Outcome.NO_RULE, DECREE_168.assess(EventType.ILLEGAL_STOPPING, CAR, JUNE_2025).outcome());
    assertThrows(
        IllegalArgumentException.class,
        () -> DECREE_168.assess(EventType.SPEEDING, CAR, JUNE_2025));
  }

  @Test
  void the_decree_applies_from_midnight_of_1_january_2025_in_vietnam() {
    Instant lastSecondOf2024 = local("2024-12-31T23:59:59");
    Instant firstSecondOf2025 = local("2025-01-01T00:00");
    // 2025-01-01 00:00 in Vietnam is still 31 December in UTC: the local day decides.
    assertEquals(
        LocalDate.of(2024, 12, 31), LocalDate.ofInstant(firstSecondOf2025, ZoneOffset.UTC));
    assertEquals(
        Outcome.NO_RULE, DECREE_168.assess(EventType.RED_LIGHT, CAR, lastSecondOf2024).outcome());
    FineAssessment first = DECREE_168.assess(EventType.RED_LIGHT, CAR, firstSecondOf2025);
    assertEquals(Outcome.FINE, first.outcome());
    assertEquals(LocalDate.of(2025, 1, 1), first.violationDate());
  }

  @Test
  void a_new_version_applies_from_its_effective_day_and_the_old_one_until_the_day_before() {
    FineRule old = seedLine(EventType.RED_LIGHT, CAR, null);
    FineRule closed = until(old, LocalDate.of(2026, 8, 14));
    // Made-up amounts: this tests the versioning, not any real amendment.
    FineRule amended = version(EventType.RED_LIGHT, CAR, null, 20_000_000, 22_000_000, 2026, 8, 15);
    FineSchedule schedule = FineSchedule.of(List.of(closed, amended));
    assertEquals(
        old.minFineVnd(),
        schedule
            .assess(EventType.RED_LIGHT, CAR, local("2026-08-14T23:59:59"))
            .rule()
            .minFineVnd());
    assertEquals(
        20_000_000,
        schedule.assess(EventType.RED_LIGHT, CAR, local("2026-08-15T00:00")).rule().minFineVnd());
  }

  @Test
  void versions_that_share_a_day_are_refused() {
    FineRule old = seedLine(EventType.RED_LIGHT, CAR, null);
    FineRule amended = version(EventType.RED_LIGHT, CAR, null, 20_000_000, 22_000_000, 2026, 8, 15);
    // effectiveUntil is the last day included: ending on the new version's first day overlaps.
    ViolationRuleException refusal =
        refused(
            422,
            "violation.fine.overlap",
            () -> FineSchedule.of(List.of(until(old, LocalDate.of(2026, 8, 15)), amended)));
    assertArrayEquals(
        new Object[] {EventType.RED_LIGHT, CAR, LocalDate.of(2026, 8, 15)}, refusal.args());
    // Forgetting to close the old version is the usual mistake.
    refused(422, "violation.fine.overlap", () -> FineSchedule.of(List.of(old, amended)));
  }

  @Test
  void speed_bands_that_share_a_speed_on_the_same_day_are_refused_adjacent_ones_are_not() {
    FineRule over20 =
        version(EventType.SPEEDING, MOTORBIKE, SpeedBand.OVER_20, 6_000_000, 8_000_000, 2025, 1, 1);
    FineRule over20to35 =
        version(
            EventType.SPEEDING,
            MOTORBIKE,
            SpeedBand.OVER_20_TO_35,
            6_000_000,
            8_000_000,
            2025,
            1,
            1);
    refused(422, "violation.fine.overlap", () -> FineSchedule.of(List.of(over20, over20to35)));
    FineSchedule extended =
        FineSchedule.of(
            List.of(seedLine(EventType.SPEEDING, MOTORBIKE, SpeedBand.FROM_10_TO_20), over20));
    assertEquals(
        Outcome.FINE,
        extended
            .assessSpeeding(MOTORBIKE, JUNE_2025, BigDecimal.valueOf(65), BigDecimal.valueOf(40))
            .outcome());
  }

  @Test
  void the_seed_holds_the_briefs_ten_lines_in_force_from_1_january_2025_without_an_end() {
    // Red light for cars and for motorbikes share type and dates: another class is no overlap.
    assertEquals(10, DECREE_168.rules().size());
    assertTrue(
        DECREE_168.rules().stream()
            .allMatch(
                r ->
                    r.effectiveFrom().equals(LocalDate.of(2025, 1, 1))
                        && r.effectiveUntil() == null));
  }

  @Test
  void an_inconsistent_line_is_refused() {
    refused(
        422,
        "violation.fine.rule.amount",
        () -> version(EventType.RED_LIGHT, CAR, null, 20_000_000, 18_000_000, 2025, 1, 1));
    refused(
        422,
        "violation.fine.rule.band",
        () -> version(EventType.SPEEDING, CAR, null, 1, 2, 2025, 1, 1));
    refused(
        422,
        "violation.fine.rule.band",
        () -> version(EventType.RED_LIGHT, CAR, SpeedBand.OVER_35, 1, 2, 2025, 1, 1));
    refused(
        422,
        "violation.fine.rule.type",
        () -> version(EventType.PLATE_READ, CAR, null, 1, 2, 2025, 1, 1));
    refused(
        422,
        "violation.fine.rule.points",
        () ->
            new FineRule(
                EventType.RED_LIGHT,
                CAR,
                null,
                1,
                2,
                13,
                "vi",
                "en",
                LocalDate.of(2025, 1, 1),
                null));
    refused(
        422,
        "violation.fine.rule.dates",
        () ->
            new FineRule(
                EventType.RED_LIGHT,
                CAR,
                null,
                1,
                2,
                4,
                "vi",
                "en",
                LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 1)));
    refused(
        422,
        "violation.fine.rule.reference",
        () ->
            new FineRule(
                EventType.RED_LIGHT,
                CAR,
                null,
                1,
                2,
                4,
                " ",
                "en",
                LocalDate.of(2025, 1, 1),
                null));
  }

  private static FineRule seedLine(EventType type, VehicleClass vehicle, SpeedBand band) {
    return Decree168Rules.rules().stream()
        .filter(r -> r.violationType() == type && r.vehicleClass() == vehicle)
        .filter(r -> r.speedBand() == band)
        .findFirst()
        .orElseThrow();
  }

  private static FineRule version(
      EventType type,
      VehicleClass vehicle,
      SpeedBand band,
      long min,
      long max,
      int y,
      int m,
      int d) {
    return new FineRule(
        type, vehicle, band, min, max, 4, "Văn bản thử", "Test text", LocalDate.of(y, m, d), null);
  }

  private static FineRule until(FineRule rule, LocalDate lastDay) {
    return new FineRule(
        rule.violationType(),
        rule.vehicleClass(),
        rule.speedBand(),
        rule.minFineVnd(),
        rule.maxFineVnd(),
        rule.licencePoints(),
        rule.legalReferenceVi(),
        rule.legalReferenceEn(),
        rule.effectiveFrom(),
        lastDay);
  }
}
