package vn.tcc.violation.internal.domain;

import static vn.tcc.violation.internal.domain.VehicleClass.CAR;
import static vn.tcc.violation.internal.domain.VehicleClass.MOTORBIKE;

import java.time.LocalDate;
import java.util.List;
import vn.tcc.event.api.EventType;

/**
 * The fines of Decree 168/2024/ND-CP for the violations cameras detect, in force from 2025-01-01,
 * as the product brief quotes them (third-party quotations of the decree: medium confidence).
 *
 * <p>Deliberately left out, to be verified before adding: the bands the brief does not quote (cars
 * 5 to under 10 km/h over, motorbikes over 20 km/h), so those speeds assess to "no rule" and an
 * officer decides instead of the table guessing; the violations the brief gives no figure for
 * (illegal stopping, no seat belt, phone while driving, wrong way and wrong lane for cars); and the
 * reported amendment by Decree 238/2026 from 2026-08-15 (unverified). When a verified amendment
 * comes, close these lines with {@code effectiveUntil} and add the new ones: {@link FineSchedule}
 * refuses overlaps.
 *
 * <p>Legal reference text: the decree only. Cars are most likely Article 6 and motorbikes Article 7
 * of the decree, but the article and clause of each line (điều khoản: cần xác minh) are not checked
 * against the official text, so no article number is shown to users yet.
 */
public final class Decree168Rules {
  public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 1, 1);
  public static final String REFERENCE_VI = "Nghị định 168/2024/NĐ-CP";
  public static final String REFERENCE_EN = "Decree 168/2024/ND-CP";

  private Decree168Rules() {}

  public static List<FineRule> rules() {
    return List.of(
        // Cars.
        line(EventType.RED_LIGHT, CAR, null, 18_000_000, 20_000_000, 4),
        line(EventType.SPEEDING, CAR, SpeedBand.FROM_10_TO_20, 4_000_000, 6_000_000, 2),
        line(EventType.SPEEDING, CAR, SpeedBand.OVER_20_TO_35, 6_000_000, 8_000_000, 4),
        line(EventType.SPEEDING, CAR, SpeedBand.OVER_35, 12_000_000, 14_000_000, 6),
        // Motorbikes. Points: the brief quotes a deduction only for red light; the other lines
        // carry 0 because no figure was given, not because the decree is known to deduct none.
        line(EventType.RED_LIGHT, MOTORBIKE, null, 4_000_000, 6_000_000, 4),
        line(EventType.WRONG_WAY, MOTORBIKE, null, 4_000_000, 6_000_000, 0),
        line(EventType.SPEEDING, MOTORBIKE, SpeedBand.FROM_5_UNDER_10, 400_000, 600_000, 0),
        line(EventType.SPEEDING, MOTORBIKE, SpeedBand.FROM_10_TO_20, 800_000, 1_000_000, 0),
        line(EventType.NO_HELMET, MOTORBIKE, null, 400_000, 600_000, 0),
        line(EventType.WRONG_LANE, MOTORBIKE, null, 600_000, 800_000, 0));
  }

  public static FineSchedule schedule() {
    return FineSchedule.of(rules());
  }

  private static FineRule line(
      EventType type, VehicleClass vehicle, SpeedBand band, long min, long max, int points) {
    return new FineRule(
        type, vehicle, band, min, max, points, REFERENCE_VI, REFERENCE_EN, EFFECTIVE_FROM, null);
  }
}
