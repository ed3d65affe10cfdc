package vn.tcc.violation.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class JdbcCaseOpeningStoreTest {

  private static AcceptedEvent at(String time) {
    return new AcceptedEvent(
        1,
        "GL-QN-RSC1",
        "e-1",
        "GL-QN-0001",
        new JurisdictionCode("GL.QUY_NHON"),
        OffsetDateTime.parse(time),
        EventType.RED_LIGHT,
        "81A12345",
        null,
        "CAR",
        null,
        null,
        "1",
        List.of(),
        Map.of());
  }

  @Test
  void case_numbers_carry_the_vietnamese_year_and_the_id_in_at_least_seven_digits() {
    assertEquals(
        "VP-2026-0000123", JdbcCaseOpeningStore.caseNumber(123, at("2026-11-21T08:15:30+07:00")));
    assertEquals(
        "VP-2026-1234567",
        JdbcCaseOpeningStore.caseNumber(1_234_567, at("2026-11-21T08:15:30+07:00")));
    assertEquals(
        "VP-2026-12345678",
        JdbcCaseOpeningStore.caseNumber(12_345_678, at("2026-11-21T08:15:30+07:00")));
    // 31 December 17:30 UTC is already New Year's Day in Vietnam.
    assertEquals("VP-2027-0000001", JdbcCaseOpeningStore.caseNumber(1, at("2026-12-31T17:30:00Z")));
  }
}
