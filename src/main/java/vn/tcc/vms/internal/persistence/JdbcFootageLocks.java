package vn.tcc.vms.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.vms.internal.domain.FootageLocks;

/** The footage lock queue in plain SQL; {@code SKIP LOCKED} lets several servers work it. */
@ApplicationScoped
public class JdbcFootageLocks implements FootageLocks {
  private static final String CLAIM =
      """
      WITH due AS (
        SELECT hold_id FROM vms.footage_lock
         WHERE state = 'PENDING' AND available_at <= now()
         ORDER BY available_at
         LIMIT ?
           FOR UPDATE SKIP LOCKED
      )
      UPDATE vms.footage_lock f
         SET attempts = f.attempts + 1, available_at = now() + make_interval(secs => ?)
        FROM due WHERE f.hold_id = due.hold_id
      RETURNING f.hold_id, f.decision_number, f.camera_code, f.footage_from, f.footage_to,
                f.attempts, f.locked_recordings
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void request(
      long holdId, String decisionNumber, String cameraCode, Instant from, Instant to) {
    jdbc.update(
        "queue the lock of held footage",
        "INSERT INTO vms.footage_lock (hold_id, decision_number, camera_code, footage_from,"
            + " footage_to) VALUES (?, left(?, 100), ?, ?, ?) ON CONFLICT (hold_id) DO NOTHING",
        holdId,
        decisionNumber,
        cameraCode,
        from,
        to);
  }

  @Override
  public List<FootageLockTask> claimDue(int limit, Duration lease) {
    return jdbc.list(
        "claim footage locks",
        CLAIM,
        row ->
            new FootageLockTask(
                row.longValue("hold_id"),
                row.string("decision_number"),
                row.string("camera_code"),
                row.instant("footage_from"),
                row.instant("footage_to"),
                row.intValue("attempts"),
                row.intValue("locked_recordings")),
        limit,
        lease.toSeconds());
  }

  @Override
  public void finish(long holdId, String state, int lockedRecordings, String outcome) {
    jdbc.update(
        "finish a footage lock",
        "UPDATE vms.footage_lock SET state = ?, locked_recordings = ?, outcome = left(?, 500),"
            + " finished_at = now() WHERE hold_id = ?",
        state,
        lockedRecordings,
        outcome,
        holdId);
  }

  @Override
  public void retryLater(long holdId, int lockedRecordings, String outcome, Duration delay) {
    jdbc.update(
        "postpone a footage lock",
        "UPDATE vms.footage_lock SET locked_recordings = ?, outcome = left(?, 500),"
            + " available_at = now() + make_interval(secs => ?) WHERE hold_id = ?",
        lockedRecordings,
        outcome,
        delay.toSeconds(),
        holdId);
  }
}
