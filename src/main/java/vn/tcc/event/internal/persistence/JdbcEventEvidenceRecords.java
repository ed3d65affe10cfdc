package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.api.EventEvidence.EvidenceItem;
import vn.tcc.event.internal.domain.EventEvidenceRecords;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** Which files are which event's evidence, in plain SQL. */
@ApplicationScoped
public class JdbcEventEvidenceRecords implements EventEvidenceRecords {
  private static final RowMapper<EventPlace> PLACE =
      row ->
          new EventPlace(
              row.longValue("id"),
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("occurred_at"));

  private static final RowMapper<EvidenceItem> ITEM =
      row ->
          new EvidenceItem(
              row.string("sha256"),
              row.string("kind"),
              row.string("media_type"),
              row.longValue("size_bytes"),
              row.instant("captured_at"),
              row.string("captured_by"),
              row.string("vms_code"),
              row.string("vms_recording_id"),
              row.bool("locked_in_vms"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void link(
      long eventId,
      String sha256,
      String kind,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms) {
    jdbc.update(
        "tie evidence to its event",
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
    return jdbc.list(
        "read event evidence",
        """
        SELECT l.sha256, l.kind, f.media_type, f.size_bytes, f.captured_at, f.captured_by,
               l.vms_code, l.vms_recording_id, l.locked_in_vms
          FROM vms.event_evidence l JOIN vms.evidence f ON f.sha256 = l.sha256
         WHERE l.event_id = ?
         ORDER BY l.linked_at, l.kind, l.sha256
        """,
        ITEM,
        eventId);
  }

  @Override
  public Optional<EventPlace> place(long eventId) {
    return jdbc.first(
        "read where an event belongs",
        "SELECT id, camera_code, jurisdiction_code, occurred_at FROM vms.event WHERE id = ?",
        PLACE,
        eventId);
  }

  @Override
  public List<EventPlace> placesHolding(String sha256) {
    return jdbc.list(
        "read where evidence belongs",
        "SELECT e.id, e.camera_code, e.jurisdiction_code, e.occurred_at FROM vms.event_evidence l"
            + " JOIN vms.event e ON e.id = l.event_id WHERE l.sha256 = ?::bpchar ORDER BY e.id LIMIT 100",
        PLACE,
        sha256);
  }
}
