package vn.tcc.event.internal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The closed-list purpose a free-text purpose of an evidence read starts with, if any. */
class EvidencePurposeCodeTest {
  @Test
  void a_listed_code_at_the_start_counts() {
    assertEquals(
        "SECURITY_AND_ORDER",
        EventEvidenceService.purposeCodeIn("SECURITY_AND_ORDER: trộm cắp tại bến xe"));
    assertEquals(
        "INCIDENT_INVESTIGATION", EventEvidenceService.purposeCodeIn("  INCIDENT_INVESTIGATION"));
    assertEquals(
        "TRAFFIC_VIOLATION_HANDLING",
        EventEvidenceService.purposeCodeIn("TRAFFIC_VIOLATION_HANDLING vụ VP-1"));
  }

  @Test
  void free_text_or_a_code_run_into_a_word_does_not() {
    assertNull(EventEvidenceService.purposeCodeIn(null));
    assertNull(EventEvidenceService.purposeCodeIn("Xác minh hồ sơ vi phạm"));
    assertNull(EventEvidenceService.purposeCodeIn("xem cho biết"));
    assertNull(EventEvidenceService.purposeCodeIn("SECURITY_AND_ORDERx"));
    assertNull(EventEvidenceService.purposeCodeIn(""));
    // A long run of capitals is cut at 40 characters and is then no whole word.
    assertNull(EventEvidenceService.purposeCodeIn("A".repeat(100_000)));
  }
}
