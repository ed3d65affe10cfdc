package vn.tcc.violation.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.CaseLink;

class CaseStandingsTest {
  private static final Instant CLOSED = Instant.parse("2026-02-01T09:00:00Z");

  @Test
  void a_closed_case_stands_closed_from_its_closure() {
    assertEquals(CaseLink.closed("VP-1", CLOSED), CaseStandings.of("VP-1", "CLOSED", null, CLOSED));
  }

  @Test
  void a_closed_case_without_a_closure_time_is_kept_as_open() {
    assertEquals(CaseLink.open("VP-1"), CaseStandings.of("VP-1", "CLOSED", null, null));
  }

  @Test
  void a_rejected_case_is_a_false_detection() {
    assertEquals(CaseLink.rejected("VP-1"), CaseStandings.of("VP-1", "REJECTED", null, null));
  }

  @Test
  void an_appeal_waiting_for_its_decision_is_under_appeal_even_escalated() {
    assertEquals(CaseLink.underAppeal("VP-1"), CaseStandings.of("VP-1", "APPEALED", null, null));
    assertEquals(
        CaseLink.underAppeal("VP-1"), CaseStandings.of("VP-1", "ESCALATED", "APPEALED", null));
  }

  @Test
  void every_other_state_is_open_a_decided_appeal_included() {
    for (String state :
        new String[] {
          "DETECTED",
          "IN_REVIEW",
          "DISPUTED",
          "VERIFIED",
          "OWNER_IDENTIFIED",
          "NOTICE_ISSUED",
          "PAID",
          "APPEAL_DECIDED"
        }) {
      assertEquals(CaseLink.open("VP-1"), CaseStandings.of("VP-1", state, null, null), state);
    }
    assertEquals(
        CaseLink.open("VP-1"), CaseStandings.of("VP-1", "ESCALATED", "NOTICE_ISSUED", null));
  }
}
