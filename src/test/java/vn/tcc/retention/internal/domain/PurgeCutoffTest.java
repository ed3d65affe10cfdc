package vn.tcc.retention.internal.domain;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;

class PurgeCutoffTest {

  /** The bound may be loose, never tight: no start day makes a period shorter than it says. */
  @Test
  void minimum_days_never_exceeds_the_real_span_of_a_period_from_any_start_day() {
    List<Period> periods =
        List.of(
            Period.ofDays(30),
            Period.ofMonths(1),
            Period.ofMonths(2),
            Period.ofMonths(11),
            Period.ofYears(1),
            Period.of(1, 1, 0),
            Period.of(5, 0, 0),
            Period.of(0, 3, 10));
    for (LocalDate start = LocalDate.of(2027, 1, 1);
        start.isBefore(LocalDate.of(2029, 1, 1));
        start = start.plusDays(1)) {
      for (Period period : periods) {
        long real = ChronoUnit.DAYS.between(start, start.plus(period));
        assertTrue(
            PurgeCutoff.minimumDays(period) <= real, period + " from " + start + ": " + real);
      }
    }
  }

  @Test
  void a_class_no_policy_reaches_is_not_asked_and_shared_data_is_asked_for_everything() {
    Instant now = Instant.parse("2026-06-01T03:00:00Z");
    assertNull(PurgeCutoff.startedBefore(DataClass.PLATE_READ, PolicyBook.empty(), now));
    assertTrue(
        PurgeCutoff.startedBefore(DataClass.SHARED_CAMERA_DATA, PolicyBook.empty(), now)
            .equals(now));
  }
}
