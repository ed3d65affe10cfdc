package vn.tcc.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Who sees a background job, and how a job whose server stopped reads. */
class ReportJobTest {
  private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");
  private static final JurisdictionCode GL = new JurisdictionCode("GL");
  private static final JurisdictionCode PLEIKU = new JurisdictionCode("GL.PLEIKU");

  private static ReportJob job(ReportJob.State state, JurisdictionCode from, String unit) {
    return new ReportJob(
        1,
        ReportJob.Kind.SYNTHESIS,
        41,
        "xlsx",
        state,
        40,
        "supervisor",
        from,
        unit,
        null,
        AT,
        AT,
        null);
  }

  @Test
  void only_the_requester_sees_it_while_his_jurisdiction_covers_where_he_asked_from() {
    ReportJob province = job(ReportJob.State.RUNNING, GL, null);
    assertTrue(province.visibleTo("supervisor", GL, null));
    assertFalse(province.visibleTo("supervisor2", GL, null), "a colleague of the same rank");
    assertFalse(province.visibleTo("supervisor", PLEIKU, null), "moved to a commune");
    assertFalse(province.visibleTo("supervisor", null, null));
    assertFalse(province.visibleTo(null, GL, null));
    assertTrue(job(ReportJob.State.DONE, PLEIKU, null).visibleTo("supervisor", GL, null));
  }

  @Test
  void a_coordinators_job_follows_his_unit() {
    ReportJob unitJob = job(ReportJob.State.DONE, GL, "CA.PLEIKU");
    assertTrue(unitJob.visibleTo("supervisor", GL, "CA.PLEIKU"));
    assertFalse(unitJob.visibleTo("supervisor", GL, "CA.QUY_NHON"));
    assertFalse(unitJob.visibleTo("supervisor", GL, null));
  }

  @Test
  void a_job_not_touched_for_a_minute_died_with_its_server() {
    // Its server touches it every 10 s (ReportJob.HEARTBEAT): six missed touches mean it is gone.
    ReportJob running = job(ReportJob.State.RUNNING, GL, null);
    assertEquals(ReportJob.State.RUNNING, running.stateAt(AT.plusSeconds(59)));
    assertEquals(40, running.progressAt(AT.plusSeconds(59)));
    assertEquals(ReportJob.State.FAILED, running.stateAt(AT.plusSeconds(61)));
    assertEquals(100, running.progressAt(AT.plusSeconds(61)));
    ReportJob done = job(ReportJob.State.DONE, GL, null);
    assertEquals(ReportJob.State.DONE, done.stateAt(AT.plusSeconds(86_400)));
    assertEquals(100, done.progressAt(AT));
  }
}
