package vn.tcc.retention.internal.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.persistence.JobLeadership;

/**
 * The purge's clock. Two timers:
 *
 * <ul>
 *   <li>{@link #planDaily()}: a <b>persistent</b> EJB timer at 02:00 Asia/Ho_Chi_Minh every day
 *       opens the day's scheduled run (PLANNING). Persistent, so a day whose 02:00 passed while the
 *       server was down is planned when it starts again; {@code scheduled_for} is unique, so two
 *       nodes (or a missed and a regular expiry) open one run a day, not two.
 *   <li>{@link #tick()}: every 10 seconds (not persistent: it only looks at the table) works the
 *       one active run: plans a PLANNING run, carries out an APPROVED or RUNNING one. That is how
 *       work survives a crash or a redeploy: the run's state is in the database, and the next tick
 *       after the start continues it; nothing runs in a request.
 * </ul>
 *
 * <p><b>New policies get a dry run first.</b> A scheduled run that finished planning is approved
 * automatically ({@code PRIOR_DRY_RUN}) only when every policy version (or agreement period) its
 * items are due by was in an earlier run a person approved; otherwise it waits in PLANNED for a
 * supervisor or administrator to approve it through the API. A dry run asked for by a person always
 * waits for another person's approval.
 *
 * <p><b>One run at a time.</b> A unique index lets at most one run be PLANNING, APPROVED or
 * RUNNING, whatever the node; the work itself runs on one thread per node ({@code working}), and
 * each chunk of deletions holds a PostgreSQL advisory lock for its transaction, so two nodes
 * ticking at once work one chunk at a time. A transaction-level advisory lock rather than a session
 * one: it is released by the commit or by the connection dying with the node, and a pooled
 * connection can never keep it by mistake; and rather than {@code FOR UPDATE SKIP LOCKED} on the
 * run's row for the whole run, which would hold a transaction open for an hour.
 */
@Singleton
// Timers start with the deployment; the tables they read exist once the migration ran.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeWorker {
  @Inject JobLeadership leadership;

  /**
   * Chunks per turn of the worker thread; it comes back at the next tick. The server system
   * property {@value #CHUNKS_PER_TURN_PROPERTY} changes it (e.g. 1 to spread a run thinly over the
   * day beside a heavy load).
   */
  static final int CHUNKS_PER_TURN = 200;

  public static final String CHUNKS_PER_TURN_PROPERTY = "tcc.retention.purge.chunks-per-turn";

  private static final Logger LOG = Logger.getLogger(PurgeWorker.class.getName());

  @Inject PurgeRuns runs;
  @Inject PurgePlanner planner;
  @Inject PurgeRunner runner;
  @Inject PurgeTransactions transactions;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;
  private final AtomicBoolean working = new AtomicBoolean();

  @Schedule(
      hour = "2",
      minute = "0",
      second = "0",
      timezone = "Asia/Ho_Chi_Minh",
      persistent = true,
      info = "retention purge: plan the day's run")
  void planDaily() {
    try {
      long id =
          transactions.inNew(
              () ->
                  runs.open(
                      PurgeRun.Trigger.SCHEDULE,
                      PurgeRun.SCHEDULE,
                      clock.instant(),
                      RetentionCalendar.day(clock.instant())));
      LOG.log(Level.INFO, "Retention purge run {0} opened by the schedule", id);
    } catch (RetentionRuleException notNow) {
      // Another run is active, or the day's run exists: the day's purge waits for the next day.
      LOG.log(Level.INFO, "No scheduled purge run opened today: {0}", notNow.messageKey());
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    if (!leadership.leads("retention/purge-worker")) {
      return; // another node of the cluster runs it (JobLeadership)
    }
    if (PurgeRunner.isPaused() || !working.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::work);
    } catch (RejectedExecutionException shuttingDown) {
      working.set(false);
    }
  }

  private void work() {
    try {
      PurgeRun run = runs.active().orElse(null);
      if (run == null) {
        return;
      }
      if (run.state() == PurgeState.PLANNING) {
        planner.plan(run);
        approveByPriorDryRun(run.id());
        return;
      }
      runner.carryOut(run.id(), chunksPerTurn());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The retention purge worker failed", failed);
      failActive(failed);
    } finally {
      working.set(false);
    }
  }

  static int chunksPerTurn() {
    Integer configured = Integer.getInteger(CHUNKS_PER_TURN_PROPERTY);
    return configured == null ? CHUNKS_PER_TURN : Math.max(1, configured);
  }

  /** A scheduled run whose every rule had an approved dry run goes on without waiting. */
  private void approveByPriorDryRun(long runId) {
    transactions.inNew(
        () -> {
          PurgeRun planned = runs.find(runId).orElseThrow();
          if (planned.trigger() != PurgeRun.Trigger.SCHEDULE
              || planned.state() != PurgeState.PLANNED) {
            return null;
          }
          var unseen = runs.rulesNeverApproved(runId);
          if (!unseen.isEmpty()) {
            audit.record(
                AuditRecord.success(
                        RetentionRunAudit.PLANNED, RetentionRunAudit.OBJECT, Long.toString(runId))
                    .withDetails("waits for approval: no approved dry run yet of " + unseen));
            return null;
          }
          if (runs.approve(
              runId, PurgeRun.ApprovalKind.PRIOR_DRY_RUN, PurgeRun.SCHEDULE, clock.instant())) {
            audit.record(
                AuditRecord.success(
                        RetentionRunAudit.APPROVED, RetentionRunAudit.OBJECT, Long.toString(runId))
                    .withDetails("every policy version it uses had an approved dry run"));
          }
          return null;
        });
  }

  /**
   * Marks the active run FAILED (it stays for a person to resume), unless the failure was only that
   * someone else holds it.
   */
  private void failActive(RuntimeException failed) {
    try {
      transactions.inNew(
          () -> {
            runs.active()
                .ifPresent(
                    run -> {
                      String why = String.valueOf(failed.getMessage());
                      runs.fail(run.id(), why.length() > 1000 ? why.substring(0, 1000) : why);
                      audit.record(
                          new AuditRecord(
                              RetentionRunAudit.FAILED,
                              RetentionRunAudit.OBJECT,
                              Long.toString(run.id()),
                              null,
                              null,
                              false,
                              AuditOutcome.FAILED,
                              why));
                    });
            return null;
          });
    } catch (RuntimeException alsoFailed) {
      LOG.log(Level.SEVERE, "The failed purge run could not be marked failed", alsoFailed);
    }
  }
}
