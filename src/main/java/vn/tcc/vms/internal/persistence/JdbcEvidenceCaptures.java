package vn.tcc.vms.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.event.api.EventEvidence.CaptureStatus;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.vms.internal.domain.EvidenceCaptures;

/** The capture queue in plain SQL; {@code SKIP LOCKED} lets several servers work it. */
@ApplicationScoped
public class JdbcEvidenceCaptures implements EvidenceCaptures {
  private static final String CLAIM =
      """
      WITH due AS (
        SELECT event_id FROM vms.evidence_capture
         WHERE state = 'PENDING' AND available_at <= now()
         ORDER BY available_at
         LIMIT ?
           FOR UPDATE SKIP LOCKED
      )
      UPDATE vms.evidence_capture c
         SET attempts = c.attempts + 1, available_at = now() + make_interval(secs => ?)
        FROM due WHERE c.event_id = due.event_id
      RETURNING c.event_id, c.attempts
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void request(Collection<Long> eventIds, String requestedBy) {
    if (eventIds.isEmpty()) {
      return;
    }
    jdbc.update(
        "queue evidence captures",
        "INSERT INTO vms.evidence_capture (event_id, requested_by)"
            + " SELECT unnest(?::bigint[]), ? ON CONFLICT (event_id) DO NOTHING",
        Jdbc.array("bigint", eventIds),
        requestedBy);
  }

  @Override
  public void requestAgain(long eventId, String requestedBy) {
    jdbc.update(
        "queue an evidence capture again",
        """
        INSERT INTO vms.evidence_capture (event_id, requested_by) VALUES (?, ?)
        ON CONFLICT (event_id) DO UPDATE
           SET state = 'PENDING', attempts = 0, available_at = now(), outcome = NULL,
               finished_at = NULL, requested_by = excluded.requested_by, requested_at = now()
         WHERE vms.evidence_capture.state IN ('FAILED', 'SKIPPED')
        """,
        eventId,
        requestedBy);
  }

  @Override
  public List<ClaimedCapture> claimDue(int limit, Duration lease) {
    List<ClaimedCapture> claimed =
        jdbc.list(
            "claim evidence captures",
            CLAIM,
            row -> new ClaimedCapture(row.longValue("event_id"), row.intValue("attempts")),
            limit,
            lease.toSeconds());
    return claimed.stream().sorted((a, b) -> Long.compare(a.eventId(), b.eventId())).toList();
  }

  @Override
  public void finish(long eventId, String state, String outcome) {
    jdbc.update(
        "finish an evidence capture",
        "UPDATE vms.evidence_capture SET state = ?, outcome = left(?, 500), finished_at = now()"
            + " WHERE event_id = ?",
        state,
        outcome,
        eventId);
  }

  @Override
  public void retryLater(long eventId, String outcome, Duration delay) {
    jdbc.update(
        "postpone an evidence capture",
        "UPDATE vms.evidence_capture SET outcome = left(?, 500),"
            + " available_at = now() + make_interval(secs => ?) WHERE event_id = ?",
        outcome,
        delay.toSeconds(),
        eventId);
  }

  @Override
  public CaptureStatus status(long eventId) {
    return jdbc.first(
            "read an evidence capture",
            "SELECT state, attempts, outcome, available_at FROM vms.evidence_capture"
                + " WHERE event_id = ?",
            row -> {
              String state = row.string("state");
              return new CaptureStatus(
                  state,
                  row.intValue("attempts"),
                  row.string("outcome"),
                  "PENDING".equals(state) ? row.instant("available_at") : null);
            },
            eventId)
        .orElse(CaptureStatus.NONE);
  }
}
