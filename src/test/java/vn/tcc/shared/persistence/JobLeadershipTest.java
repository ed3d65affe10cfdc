package vn.tcc.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One node (no leadership data source): every job runs here, as before the cluster, counted. */
class JobLeadershipTest {

  @Test
  void without_the_cluster_profile_this_node_leads_every_job_and_lane() {
    JobLeadership leadership = new JobLeadership();
    leadership
        .findDataSource(); // no JNDI outside the server: like standalone-full.xml, no TccLeaderDS

    assertFalse(leadership.clustered());
    assertTrue(leadership.leads("vms/health-poll"));
    assertTrue(leadership.leads("vms/health-poll"));
    assertTrue(leadership.leadsShare("event/handover/lane", 0, 2, true));
    assertTrue(leadership.leadsShare("event/handover/lane", 1, 2, false));

    assertEquals(
        Map.of("vms/health-poll", 2L, "event/handover/lane#0", 1L, "event/handover/lane#1", 1L),
        leadership.runs());
    assertTrue(leadership.held().isEmpty(), "no lock is taken on one node");
  }
}
