package vn.tcc.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * Tells an operator (and the cluster tests) which scheduled jobs this node leads and how often each
 * ran here: {@code /health/live} on the management port, check "cluster-jobs". Always UP: a node
 * that leads nothing is a healthy standby.
 */
@Liveness
@ApplicationScoped
public class ClusterJobsHealth implements HealthCheck {
  @Inject JobLeadership leadership;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("cluster-jobs")
            .up()
            .withData("clustered", leadership.clustered())
            .withData("node", System.getProperty("jboss.node.name", ""))
            .withData("leads", String.join(",", leadership.held()));
    leadership.runs().forEach((job, count) -> response.withData("runs:" + job, count));
    return response.build();
  }
}
