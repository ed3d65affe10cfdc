package vn.tcc.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class AuditRecordTest {
  @Test
  void reading_personal_data_without_a_purpose_is_refused() {
    JurisdictionCode ward = new JurisdictionCode("GL.QUY_NHON");
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditRecord.personalDataRead("PLATE_SEARCHED", "plate", "77A-123.45", ward, " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditRecord.personalDataRead("PLATE_SEARCHED", "plate", "77A-123.45", ward, null));
  }

  @Test
  void reading_personal_data_with_a_purpose_is_recorded_as_such() {
    AuditRecord record =
        AuditRecord.personalDataRead(
            "PLATE_SEARCHED", "plate", "77A-123.45", null, "Xác minh vụ việc 2026-001");
    assertEquals("Xác minh vụ việc 2026-001", record.purpose());
    assertEquals(true, record.personalData());
  }

  @Test
  void an_action_and_an_outcome_are_required() {
    assertThrows(IllegalArgumentException.class, () -> AuditRecord.success(" ", "user", "x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AuditRecord("SIGN_IN", null, null, null, null, false, null, null));
  }

  @Test
  void details_are_kept_whole_here_the_trail_fits_them_to_its_column() {
    AuditRecord record = AuditRecord.success("X", null, null).withDetails("a".repeat(5000));
    assertEquals(5000, record.details().length());
  }
}
