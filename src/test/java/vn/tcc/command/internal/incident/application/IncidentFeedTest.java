package vn.tcc.command.internal.incident.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentOutcome;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.sharing.api.IncidentFeedSource.FeedIncident;

class IncidentFeedTest {
  @Test
  void an_incident_leaves_for_the_feed_without_its_people_notes_or_evidence() {
    Incident closed =
        new Incident(
            7,
            "WRONG_WAY",
            Severity.HIGH,
            42L,
            "GL-QN-0001",
            "Ngã tư Lê Lợi",
            "GL.QUY_NHON",
            "Quy Nhơn",
            new BigDecimal("13.77"),
            new BigDecimal("109.22"),
            "Lê Lợi, Quy Nhơn",
            Instant.parse("2026-12-07T02:00:00Z"),
            Instant.parse("2026-12-07T02:00:01Z"),
            "sha256:" + "a".repeat(64),
            List.of("GL-QN-0003"),
            IncidentState.CLOSED,
            null,
            "operator",
            "Nguyễn Văn An",
            Instant.parse("2026-12-07T02:01:00Z"),
            "supervisor",
            "Trần Thị Bình",
            Instant.parse("2026-12-07T02:30:00Z"),
            IncidentOutcome.RESOLVED,
            "Xe 81A-123.45 đi ngược chiều, đã lập biên bản");
    FeedIncident shared = IncidentFeed.shared(closed);
    assertEquals("WRONG_WAY", shared.type());
    assertEquals("HIGH", shared.severity());
    assertEquals("CLOSED", shared.state());
    assertEquals("RESOLVED", shared.outcome());
    String everything = shared.toString();
    for (String personal :
        List.of("operator", "Nguyễn Văn An", "Trần Thị Bình", "81A-123.45", "sha256:", "42")) {
      assertFalse(everything.contains(personal), personal + " left in " + everything);
    }
  }
}
