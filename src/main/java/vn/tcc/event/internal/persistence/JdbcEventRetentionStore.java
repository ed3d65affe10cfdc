package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import vn.tcc.event.internal.domain.EventRetentionStore;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Retention's lists and deletions of events, quarantine entries and evidence files, in plain SQL.
 * Lists are keyset pages in (time, id) order, served by the indexes of V15; deletions are
 * set-based, one statement per table for a whole chunk.
 */
@ApplicationScoped
public class JdbcEventRetentionStore implements EventRetentionStore {
  /** "After the position": a null position starts at the beginning. */
  private static final String FROM_START =
      " AND (?::timestamptz IS NULL OR ?::timestamptz IS NULL OR ? IS NULL)";

  private static final String AFTER =
      " AND ?::timestamptz IS NOT NULL AND (%1$s, %2$s) > (?::timestamptz, ?%3$s)";

  /**
   * Two statements, not one with "? IS NULL OR (time, id) > (?, ?)": once PostgreSQL switches a
   * prepared statement to its generic plan, that OR is no index condition and every later page
   * scans the list again from its start. Same parameters in both.
   */
  private static String afterPosition(String time, String id, Object position) {
    return afterPosition(time, id, "", position);
  }

  /** With the key cast to the id column's type (a char(64) compared as text is no index key). */
  private static String afterPosition(String time, String id, String keyCast, Object position) {
    return position == null ? FROM_START : AFTER.formatted(time, id, keyCast);
  }

  private static final RowMapper<PlateRead> PLATE_READ =
      row ->
          new PlateRead(
              row.longValue("id"),
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("occurred_at"),
              row.longValue("own_file_bytes"));

  private static final RowMapper<QuarantinedEvent> QUARANTINED =
      row ->
          new QuarantinedEvent(
              row.longValue("id"),
              JurisdictionCode.parseOrNull(row.string("client_jurisdiction")),
              row.string("camera_code"),
              row.instant("received_at"),
              row.string("state"),
              row.longValue("payload_bytes"));

  private static final RowMapper<CameraVolume> VOLUME =
      row ->
          new CameraVolume(
              JurisdictionCode.parseOrNull(row.string("jurisdiction_code")),
              row.string("camera_code"),
              row.longValue("items"),
              row.longValue("bytes"));

  private record FileRow(
      String sha256, String mediaType, long sizeBytes, Instant capturedAt, String location) {}

  private record Link(String sha256, LinkedEvent event) {}

  private static final RowMapper<LinkedEvent> LINKED =
      row ->
          new LinkedEvent(
              row.longValue("event_id"),
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("occurred_at"),
              row.string("event_type"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<PlateRead> plateReads(Instant occurredBefore, Position after, int limit) {
    return jdbc.list(
        "list plate reads for retention",
        """
        SELECT e.id, e.camera_code, e.jurisdiction_code, e.occurred_at,
               coalesce((SELECT sum(f.size_bytes) FROM vms.event_evidence l
                           JOIN vms.evidence f ON f.sha256 = l.sha256
                          WHERE l.event_id = e.id
                            AND NOT EXISTS (SELECT 1 FROM vms.event_evidence o
                                             WHERE o.sha256 = l.sha256 AND o.event_id <> e.id)),
                        0) AS own_file_bytes
          FROM vms.event e
         WHERE e.event_type = 'PLATE_READ' AND e.occurred_at < ?
        """
            + afterPosition("e.occurred_at", "e.id", after)
            + " ORDER BY e.occurred_at, e.id LIMIT ?",
        PLATE_READ,
        occurredBefore,
        at(after),
        at(after),
        after == null ? 0L : Long.parseLong(after.key()),
        limit);
  }

  @Override
  public void eachPlateRead(Instant occurredBefore, int fetchSize, Consumer<PlateRead> reads) {
    // A read's own bytes are those of its files no other event is tied to, as in plateReads: a
    // file is shared when it has more than one link (one link per event and file, the key).
    try (Stream<PlateRead> rows =
        jdbc.stream(
            "walk the plate reads for retention",
            """
            WITH shared AS MATERIALIZED (
                SELECT sha256 FROM vms.event_evidence GROUP BY sha256 HAVING count(*) > 1)
            SELECT e.id, e.camera_code, e.jurisdiction_code, e.occurred_at,
                   coalesce(sum(f.size_bytes) FILTER (WHERE s.sha256 IS NULL), 0)
                       AS own_file_bytes
              FROM vms.event e
              LEFT JOIN vms.event_evidence l ON l.event_id = e.id
              LEFT JOIN vms.evidence f ON f.sha256 = l.sha256
              LEFT JOIN shared s ON s.sha256 = l.sha256
             WHERE e.event_type = 'PLATE_READ' AND e.occurred_at < ?
             GROUP BY e.id
             ORDER BY e.occurred_at, e.id
            """,
            fetchSize,
            PLATE_READ,
            occurredBefore)) {
      rows.forEach(reads);
    }
  }

  @Override
  public EventsDeleted deletePlateReads(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return new EventsDeleted(Set.of(), List.of());
    }
    Jdbc.SqlArray idArray = Jdbc.array("bigint", ids);
    return jdbc.run(
        "delete plate reads",
        connection -> {
          Set<Long> plateReads = new HashSet<>();
          // Locked first, in id order, so two runs on the same chunk wait rather than deadlock.
          try (PreparedStatement lock =
                  Jdbc.prepare(
                      connection,
                      "SELECT id FROM vms.event WHERE id = ANY(?) AND event_type = 'PLATE_READ'"
                          + " ORDER BY id FOR UPDATE",
                      idArray);
              ResultSet rows = lock.executeQuery()) {
            while (rows.next()) {
              plateReads.add(rows.getLong("id"));
            }
          }
          if (plateReads.isEmpty()) {
            return new EventsDeleted(Set.of(), List.of());
          }
          Jdbc.SqlArray locked = Jdbc.array("bigint", plateReads);
          Set<String> tied = new HashSet<>();
          try (PreparedStatement untie =
                  Jdbc.prepare(
                      connection,
                      "DELETE FROM vms.event_evidence WHERE event_id = ANY(?) RETURNING sha256",
                      locked);
              ResultSet rows = untie.executeQuery()) {
            while (rows.next()) {
              tied.add(rows.getString("sha256"));
            }
          }
          for (String statement :
              List.of(
                  "DELETE FROM vms.event_outbox WHERE event_id = ANY(?)",
                  "DELETE FROM vms.evidence_capture WHERE event_id = ANY(?)",
                  "UPDATE vms.quarantine SET event_id = NULL WHERE event_id = ANY(?)",
                  "DELETE FROM vms.event WHERE id = ANY(?)")) {
            try (PreparedStatement delete = Jdbc.prepare(connection, statement, locked)) {
              delete.executeUpdate();
            }
          }
          List<String> untied = new ArrayList<>();
          if (!tied.isEmpty()) {
            try (PreparedStatement orphans =
                    Jdbc.prepare(
                        connection,
                        "SELECT t.sha256 FROM unnest(?::text[]) AS t(sha256)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM vms.event_evidence l"
                            + " WHERE l.sha256 = t.sha256::bpchar) ORDER BY t.sha256",
                        Jdbc.array("text", tied));
                ResultSet rows = orphans.executeQuery()) {
              while (rows.next()) {
                untied.add(rows.getString("sha256"));
              }
            }
          }
          return new EventsDeleted(plateReads, untied);
        });
  }

  @Override
  public List<QuarantinedEvent> quarantined(Instant receivedBefore, Position after, int limit) {
    return jdbc.list(
        "list quarantined events for retention",
        """
        SELECT q.id, q.client_jurisdiction, q.camera_code, q.received_at, q.state,
               octet_length(q.payload::text) AS payload_bytes
          FROM vms.quarantine q
         WHERE q.received_at < ?
        """
            + afterPosition("q.received_at", "q.id", after)
            + " ORDER BY q.received_at, q.id LIMIT ?",
        QUARANTINED,
        receivedBefore,
        at(after),
        at(after),
        after == null ? 0L : Long.parseLong(after.key()),
        limit);
  }

  @Override
  public Set<Long> deleteQuarantined(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "delete quarantined events",
            "DELETE FROM vms.quarantine WHERE id = ANY(?) RETURNING id",
            row -> row.longValue("id"),
            Jdbc.array("bigint", ids)));
  }

  @Override
  public List<EvidenceFile> evidenceFiles(
      Collection<String> eventTypes, Instant capturedBefore, Position after, int limit) {
    List<FileRow> files =
        jdbc.list(
            "list evidence files for retention",
            """
            SELECT f.sha256, f.media_type, f.size_bytes, f.captured_at, f.location
              FROM vms.evidence f
             WHERE f.captured_at < ?
               AND EXISTS (SELECT 1 FROM vms.event_evidence l JOIN vms.event e ON e.id = l.event_id
                            WHERE l.sha256 = f.sha256 AND e.event_type = ANY(?))
            """
                + afterPosition("f.captured_at", "f.sha256", "::bpchar", after)
                + " ORDER BY f.captured_at, f.sha256 LIMIT ?",
            row ->
                new FileRow(
                    row.string("sha256"),
                    row.string("media_type"),
                    row.longValue("size_bytes"),
                    row.instant("captured_at"),
                    row.string("location")),
            capturedBefore,
            Jdbc.array("varchar", eventTypes),
            at(after),
            at(after),
            after == null ? "" : after.key(),
            limit);
    if (files.isEmpty()) {
      return List.of();
    }
    Map<String, List<LinkedEvent>> links = new LinkedHashMap<>();
    jdbc.list(
            "read the events of evidence files",
            """
            SELECT l.sha256, e.id AS event_id, e.camera_code, e.jurisdiction_code, e.occurred_at,
                   e.event_type
              FROM vms.event_evidence l JOIN vms.event e ON e.id = l.event_id
             WHERE l.sha256 = ANY(?::bpchar[])
             ORDER BY l.sha256, e.id
            """,
            row -> new Link(row.string("sha256"), LINKED.map(row)),
            Jdbc.array("varchar", files.stream().map(FileRow::sha256).toList()))
        .forEach(
            link -> links.computeIfAbsent(link.sha256(), s -> new ArrayList<>()).add(link.event()));
    return files.stream()
        .map(
            f ->
                new EvidenceFile(
                    f.sha256(),
                    f.mediaType(),
                    f.sizeBytes(),
                    f.capturedAt(),
                    links.getOrDefault(f.sha256(), List.of()),
                    "PROVINCIAL_CENTER".equals(f.location())
                        ? StorageLevel.PROVINCIAL_CENTER
                        : null))
        .toList();
  }

  @Override
  public void eachEvidenceFile(
      Collection<String> eventTypes,
      Instant capturedBefore,
      int fetchSize,
      Consumer<EvidenceFile> files) {
    // The rows of one file come together (ordered by file, then event) and make one EvidenceFile.
    // Hash joins over the three tables, once, where the pages looked up each file's events and
    // checked each file for a violation event one index probe at a time, page after page.
    try (Stream<FileLink> rows =
        jdbc.stream(
            "walk the evidence files for retention",
            """
            SELECT f.sha256, f.media_type, f.size_bytes, f.captured_at, f.location,
                   e.id AS event_id, e.camera_code, e.jurisdiction_code, e.occurred_at,
                   e.event_type
              FROM vms.evidence f
              JOIN vms.event_evidence l ON l.sha256 = f.sha256
              JOIN vms.event e ON e.id = l.event_id
             WHERE f.captured_at < ?
               AND f.sha256 IN (SELECT v.sha256 FROM vms.event_evidence v
                                  JOIN vms.event ve ON ve.id = v.event_id
                                 WHERE ve.event_type = ANY(?))
             ORDER BY f.captured_at, f.sha256, e.id
            """,
            fetchSize,
            row ->
                new FileLink(
                    new FileRow(
                        row.string("sha256"),
                        row.string("media_type"),
                        row.longValue("size_bytes"),
                        row.instant("captured_at"),
                        row.string("location")),
                    LINKED.map(row)),
            capturedBefore,
            Jdbc.array("varchar", eventTypes))) {
      FileRow current = null;
      List<LinkedEvent> events = new ArrayList<>();
      for (FileLink link : (Iterable<FileLink>) rows::iterator) {
        if (current != null && !current.sha256().equals(link.file().sha256())) {
          files.accept(file(current, events));
          events = new ArrayList<>();
        }
        current = link.file();
        events.add(link.event());
      }
      if (current != null) {
        files.accept(file(current, events));
      }
    }
  }

  private record FileLink(FileRow file, LinkedEvent event) {}

  private static EvidenceFile file(FileRow f, List<LinkedEvent> events) {
    return new EvidenceFile(
        f.sha256(),
        f.mediaType(),
        f.sizeBytes(),
        f.capturedAt(),
        events,
        "PROVINCIAL_CENTER".equals(f.location()) ? StorageLevel.PROVINCIAL_CENTER : null);
  }

  @Override
  public List<LinkedEvent> eventsTiedTo(String sha256) {
    return jdbc.list(
        "read the events of an evidence file",
        """
        SELECT e.id AS event_id, e.camera_code, e.jurisdiction_code, e.occurred_at, e.event_type
          FROM vms.event_evidence l JOIN vms.event e ON e.id = l.event_id
         WHERE l.sha256 = ?::bpchar
         ORDER BY e.id
        """,
        LINKED,
        sha256);
  }

  @Override
  public List<CameraVolume> plateReadVolumes() {
    return jdbc.list(
        "count plate reads",
        """
        SELECT e.jurisdiction_code, e.camera_code, count(*) AS items, 0 AS bytes
          FROM vms.event e WHERE e.event_type = 'PLATE_READ'
         GROUP BY e.jurisdiction_code, e.camera_code
        """,
        VOLUME);
  }

  @Override
  public List<CameraVolume> quarantineVolumes() {
    return jdbc.list(
        "count quarantined events",
        """
        SELECT q.client_jurisdiction AS jurisdiction_code, q.camera_code, count(*) AS items,
               coalesce(sum(octet_length(q.payload::text)), 0) AS bytes
          FROM vms.quarantine q
         GROUP BY q.client_jurisdiction, q.camera_code
        """,
        VOLUME);
  }

  @Override
  public List<CameraVolume> evidenceVolumes(Collection<String> eventTypes) {
    return evidenceVolumes(eventTypes, "COMMUNE_CENTER");
  }

  @Override
  public List<CameraVolume> provincialEvidenceVolumes(Collection<String> eventTypes) {
    return evidenceVolumes(eventTypes, "PROVINCIAL_CENTER");
  }

  private List<CameraVolume> evidenceVolumes(Collection<String> eventTypes, String location) {
    // Each file counted once, with the first violation event it is tied to.
    return jdbc.list(
        "count evidence files",
        """
        SELECT jurisdiction_code, camera_code, count(*) AS items, sum(size_bytes) AS bytes
          FROM (SELECT DISTINCT ON (f.sha256) f.sha256, f.size_bytes, e.jurisdiction_code,
                       e.camera_code
                  FROM vms.evidence f
                  JOIN vms.event_evidence l ON l.sha256 = f.sha256
                  JOIN vms.event e ON e.id = l.event_id AND e.event_type = ANY(?)
                 WHERE f.location = ?
                 ORDER BY f.sha256, e.id) AS files
         GROUP BY jurisdiction_code, camera_code
        """,
        VOLUME,
        Jdbc.array("varchar", eventTypes),
        location);
  }

  private static Instant at(Position after) {
    return after == null ? null : after.at();
  }
}
