package vn.tcc.vms.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.EventEvidence.CaptureStatus;
import vn.tcc.vms.api.EventEvidence.EvidenceItem;
import vn.tcc.vms.internal.evidence.EvidenceCaptures;

/** The capture queue in plain JDBC; {@code SKIP LOCKED} lets several servers work it. */
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
      ), claimed AS (
        UPDATE vms.evidence_capture c
           SET attempts = c.attempts + 1, available_at = now() + make_interval(secs => ?)
          FROM due WHERE c.event_id = due.event_id
        RETURNING c.event_id, c.attempts
      )
      SELECT e.id, claimed.attempts, e.camera_code, e.occurred_at, e.event_type, e.images::text
        FROM claimed JOIN vms.event e ON e.id = claimed.event_id
       ORDER BY e.id
      """;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public void request(Collection<Long> eventIds, String requestedBy) {
    if (eventIds.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO vms.evidence_capture (event_id, requested_by)"
                    + " SELECT unnest(?::bigint[]), ? ON CONFLICT (event_id) DO NOTHING")) {
      insert.setArray(1, connection.createArrayOf("bigint", eventIds.toArray()));
      insert.setString(2, requestedBy);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("queue evidence captures", e);
    }
  }

  @Override
  public void requestAgain(long eventId, String requestedBy) {
    execute(
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
  public List<CaptureTask> claimDue(int limit, Duration lease) {
    List<CaptureTask> tasks = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, limit);
      claim.setLong(2, lease.toSeconds());
      try (ResultSet row = claim.executeQuery()) {
        while (row.next()) {
          tasks.add(
              new CaptureTask(
                  row.getLong(1),
                  row.getInt(2),
                  row.getString(3),
                  row.getObject(4, OffsetDateTime.class).toInstant(),
                  row.getString(5),
                  JdbcEventOutbox.images(row.getString(6))));
        }
      }
    } catch (SQLException e) {
      throw failure("claim evidence captures", e);
    }
    return tasks;
  }

  @Override
  public void finish(long eventId, String state, String outcome) {
    execute(
        "UPDATE vms.evidence_capture SET state = ?, outcome = left(?, 500), finished_at = now()"
            + " WHERE event_id = ?",
        state,
        outcome,
        eventId);
  }

  @Override
  public void retryLater(long eventId, String outcome, Duration delay) {
    execute(
        "UPDATE vms.evidence_capture SET outcome = left(?, 500),"
            + " available_at = now() + make_interval(secs => ?) WHERE event_id = ?",
        outcome,
        delay.toSeconds(),
        eventId);
  }

  @Override
  public void link(
      long eventId,
      String sha256,
      String kind,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms) {
    execute(
        """
        INSERT INTO vms.event_evidence (event_id, sha256, kind, vms_code, vms_recording_id,
                                        locked_in_vms)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (event_id, sha256) DO UPDATE
           SET locked_in_vms = vms.event_evidence.locked_in_vms OR excluded.locked_in_vms
        """,
        eventId,
        sha256,
        kind,
        vmsCode,
        vmsRecordingId,
        lockedInVms);
  }

  @Override
  public List<EvidenceItem> itemsOf(long eventId) {
    List<EvidenceItem> items = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                """
                SELECT l.sha256, l.kind, f.media_type, f.size_bytes, f.captured_at, f.captured_by,
                       l.vms_code, l.vms_recording_id, l.locked_in_vms
                  FROM vms.event_evidence l JOIN vms.evidence f ON f.sha256 = l.sha256
                 WHERE l.event_id = ?
                 ORDER BY l.linked_at, l.kind, l.sha256
                """)) {
      select.setLong(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(
              new EvidenceItem(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getLong(4),
                  row.getObject(5, OffsetDateTime.class).toInstant(),
                  row.getString(6),
                  row.getString(7),
                  row.getString(8),
                  row.getBoolean(9)));
        }
      }
    } catch (SQLException e) {
      throw failure("read event evidence", e);
    }
    return items;
  }

  @Override
  public CaptureStatus status(long eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT state, attempts, outcome, available_at FROM vms.evidence_capture"
                    + " WHERE event_id = ?")) {
      select.setLong(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return CaptureStatus.NONE;
        }
        String state = row.getString(1);
        return new CaptureStatus(
            state,
            row.getInt(2),
            row.getString(3),
            "PENDING".equals(state) ? row.getObject(4, OffsetDateTime.class).toInstant() : null);
      }
    } catch (SQLException e) {
      throw failure("read an evidence capture", e);
    }
  }

  @Override
  public Optional<EventPlace> place(long eventId) {
    List<EventPlace> places =
        places("SELECT id, camera_code, jurisdiction_code FROM vms.event WHERE id = ?", eventId);
    return places.stream().findFirst();
  }

  @Override
  public List<EventPlace> placesHolding(String sha256) {
    return places(
        "SELECT e.id, e.camera_code, e.jurisdiction_code FROM vms.event_evidence l"
            + " JOIN vms.event e ON e.id = l.event_id WHERE l.sha256 = ? ORDER BY e.id LIMIT 100",
        sha256);
  }

  private List<EventPlace> places(String sql, Object key) {
    List<EventPlace> places = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, key);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          places.add(
              new EventPlace(
                  row.getLong(1), row.getString(2), new JurisdictionCode(row.getString(3))));
        }
      }
    } catch (SQLException e) {
      throw failure("read where evidence belongs", e);
    }
    return places;
  }

  private void execute(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("update an evidence capture", e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
  }
}
