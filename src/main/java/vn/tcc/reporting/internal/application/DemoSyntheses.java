package vn.tcc.reporting.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.Synthesis;

/**
 * Demo runs only ({@code TCC_DEMO_DATA=true}): the previous month's violation-handling synthesis,
 * built from the demo's accepted reports (db/demo/R__demo_reporting.sql), prepared by {@code
 * supervisor}, approved by {@code supervisor2} and submitted — numbered and signed with the
 * center's key, which SQL cannot do. Once: a period that has a synthesis is left alone.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoSyntheses {
  private static final Logger LOG = Logger.getLogger(DemoSyntheses.class.getName());
  static final String FORM = "VIOLATION_HANDLING";

  @Inject SynthesisWorkflow workflow;
  @Inject ReportingSettings settings;
  @Inject Clock clock;

  @PostConstruct
  void submitThePastMonth() {
    if (!Boolean.parseBoolean(System.getenv().getOrDefault("TCC_DEMO_DATA", "false"))) {
      return;
    }
    try {
      Instant now = clock.instant();
      ReportingPeriod past =
          settings.calendar().previous(settings.calendar().containing(PeriodKind.MONTHLY, now));
      boolean done =
          workflow.submitForDemo(
              FORM,
              past,
              new Synthesis.Step("supervisor", "Trần Thị Bình", now.minusSeconds(3600)),
              new Synthesis.Step("supervisor2", "Phạm Văn Dũng", now));
      if (done) {
        LOG.info("Demo: the synthesis of " + FORM + " " + past.key() + " was submitted and signed");
      }
    } catch (RuntimeException failed) {
      // The demo goes on without it; the page shows the period unsynthesized.
      LOG.log(Level.WARNING, "Demo: the past month's synthesis could not be submitted", failed);
    }
  }
}
