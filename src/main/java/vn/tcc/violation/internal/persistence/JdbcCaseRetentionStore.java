package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.domain.CaseRetentionStore;

/** Retention's lists and erasures of cases, owners and appeal documents, in plain SQL. */
@ApplicationScoped
public class JdbcCaseRetentionStore implements CaseRetentionStore {
  private static final String FROM_START =
      " AND (?::timestamptz IS NULL OR ?::timestamptz IS NULL OR ? IS NULL)";

  private static final String AFTER =
      " AND ?::timestamptz IS NOT NULL AND (%1$s, %2$s) > (?::timestamptz, ?)";

  /**
   * Two statements, not one with "? IS NULL OR (time, id) > (?, ?)": once PostgreSQL switches a
   * prepared statement to its generic plan, that OR is no index condition and every later page
   * scans the list again from its start. Same parameters in both.
   */
  private static String afterPosition(String time, String id, Object position) {
    return position == null ? FROM_START : AFTER.formatted(time, id);
  }

  private static final String REJECTED_AT =
      "(SELECT max(t.at) FROM violation.case_transition t"
          + " WHERE t.case_id = c.id AND t.to_state = 'REJECTED')";

  private static final RowMapper<EndedCase> ENDED =
      row ->
          new EndedCase(
              row.longValue("id"),
              row.string("case_number"),
              row.string("camera_code"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.instant("occurred_at"),
              row.instant("last_detected_at"),
              row.instant("ended_at"),
              row.longValue("document_bytes"));

  private static final RowMapper<CameraVolume> VOLUME =
      row ->
          new CameraVolume(
              new JurisdictionCode(row.string("jurisdiction_code")),
              row.string("camera_code"),
              row.longValue("items"),
              row.longValue("bytes"));

  private static final String NOTICE_BYTES =
      "coalesce((SELECT octet_length(n.docx) + coalesce(octet_length(n.pdf), 0)"
          + " FROM violation.notice n WHERE n.case_id = c.id), 0)";

  /** The statements of an erasure, each for the locked case ids. */
  private static final List<String> ERASE =
      List.of(
          "DELETE FROM violation.case_owner WHERE case_id = ANY(?)",
          "DELETE FROM violation.notice WHERE case_id = ANY(?)",
          "DELETE FROM violation.appeal_document WHERE case_id = ANY(?)",
          "UPDATE violation.appeal SET grounds = '', decision_reason = NULL WHERE case_id = ANY(?)",
          "UPDATE violation.case_review SET plate = NULL, reason = NULL WHERE case_id = ANY(?)",
          "UPDATE violation.case_transition SET reason = NULL WHERE case_id = ANY(?)",
          """
          UPDATE violation.violation_case
             SET detected_plate = NULL, plate_key = NULL, verified_plate = NULL,
                 claimed_by = NULL, claimed_until = NULL, erased_at = now()
           WHERE id = ANY(?)
          """);

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<EndedCase> closedCases(Instant closedBefore, Position after, int limit) {
    return jdbc.list(
        "list closed cases for retention",
        "SELECT c.id, c.case_number, c.camera_code, c.jurisdiction_code, c.occurred_at,"
            + " c.last_detected_at, c.closed_at AS ended_at, "
            + NOTICE_BYTES
            + " AS document_bytes FROM violation.violation_case c"
            + " WHERE c.state = 'CLOSED' AND c.erased_at IS NULL AND c.closed_at < ?"
            + afterPosition("c.closed_at", "c.id", after)
            + " ORDER BY c.closed_at, c.id LIMIT ?",
        ENDED,
        closedBefore,
        at(after),
        at(after),
        after == null ? 0L : after.id(),
        limit);
  }

  @Override
  public List<EndedCase> rejectedCases(Instant rejectedBefore, Long afterId, int limit) {
    return jdbc.list(
        "list rejected cases for retention",
        "SELECT * FROM (SELECT c.id, c.case_number, c.camera_code, c.jurisdiction_code,"
            + " c.occurred_at, c.last_detected_at, coalesce("
            + REJECTED_AT
            + ", c.updated_at) AS ended_at, "
            + NOTICE_BYTES
            + " AS document_bytes FROM violation.violation_case c"
            + " WHERE c.state = 'REJECTED' AND c.erased_at IS NULL AND c.id > ?) AS r"
            + " WHERE r.ended_at < ? ORDER BY r.id LIMIT ?",
        ENDED,
        afterId == null ? 0L : afterId,
        rejectedBefore,
        limit);
  }

  @Override
  public Set<String> erase(Collection<String> caseNumbers, String state) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return jdbc.run(
        "erase cases",
        connection -> {
          List<Long> ids = new ArrayList<>();
          Set<String> numbers = new HashSet<>();
          // Locked in id order, so a case being changed now waits or is waited for, never both.
          try (PreparedStatement lock =
                  Jdbc.prepare(
                      connection,
                      "SELECT id, case_number FROM violation.violation_case"
                          + " WHERE case_number = ANY(?) AND state = ? AND erased_at IS NULL"
                          + " ORDER BY id FOR UPDATE",
                      Jdbc.array("varchar", caseNumbers),
                      state);
              ResultSet rows = lock.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getLong("id"));
              numbers.add(rows.getString("case_number"));
            }
          }
          if (ids.isEmpty()) {
            return numbers;
          }
          Jdbc.SqlArray locked = Jdbc.array("bigint", ids);
          for (String statement : ERASE) {
            try (PreparedStatement erase = Jdbc.prepare(connection, statement, locked)) {
              erase.executeUpdate();
            }
          }
          return numbers;
        });
  }

  @Override
  public List<Long> eventsOf(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "list the events of cases",
        "SELECT ce.event_id FROM violation.case_event ce"
            + " JOIN violation.violation_case c ON c.id = ce.case_id"
            + " WHERE c.case_number = ANY(?) ORDER BY ce.event_id",
        row -> row.longValue("event_id"),
        Jdbc.array("varchar", caseNumbers));
  }

  @Override
  public List<OwnerAnswer> ownerAnswers(Instant closedBefore, Position after, int limit) {
    return jdbc.list(
        "list owner answers for retention",
        "SELECT c.id, c.case_number, c.camera_code, c.jurisdiction_code, c.closed_at,"
            + " octet_length(o.owner::text) + octet_length(o.vehicle::text) AS answer_bytes"
            + " FROM violation.case_owner o JOIN violation.violation_case c ON c.id = o.case_id"
            + " WHERE c.state = 'CLOSED' AND c.closed_at < ?"
            + afterPosition("c.closed_at", "c.id", after)
            + " ORDER BY c.closed_at, c.id LIMIT ?",
        row ->
            new OwnerAnswer(
                row.longValue("id"),
                row.string("case_number"),
                row.string("camera_code"),
                new JurisdictionCode(row.string("jurisdiction_code")),
                row.instant("closed_at"),
                row.longValue("answer_bytes")),
        closedBefore,
        at(after),
        at(after),
        after == null ? 0L : after.id(),
        limit);
  }

  @Override
  public Set<String> eraseOwnerAnswers(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "erase owner answers",
            "DELETE FROM violation.case_owner o USING violation.violation_case c"
                + " WHERE c.id = o.case_id AND c.case_number = ANY(?) RETURNING c.case_number",
            row -> row.string("case_number"),
            Jdbc.array("varchar", caseNumbers)));
  }

  @Override
  public List<AppealDocument> appealDocuments(Instant closedBefore, Position after, int limit) {
    return jdbc.list(
        "list appeal documents for retention",
        "SELECT d.id, c.case_number, c.camera_code, c.jurisdiction_code, c.closed_at,"
            + " d.media_type, d.sha256, octet_length(d.content) AS size_bytes"
            + " FROM violation.appeal_document d JOIN violation.violation_case c ON c.id = d.case_id"
            + " WHERE c.state = 'CLOSED' AND c.closed_at < ?"
            + afterPosition("c.closed_at", "d.id", after)
            + " ORDER BY c.closed_at, d.id LIMIT ?",
        row ->
            new AppealDocument(
                row.longValue("id"),
                row.string("case_number"),
                row.string("camera_code"),
                new JurisdictionCode(row.string("jurisdiction_code")),
                row.instant("closed_at"),
                row.string("media_type"),
                row.string("sha256"),
                row.longValue("size_bytes")),
        closedBefore,
        at(after),
        at(after),
        after == null ? 0L : after.id(),
        limit);
  }

  @Override
  public Set<Long> deleteAppealDocuments(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "delete appeal documents",
            "DELETE FROM violation.appeal_document WHERE id = ANY(?) RETURNING id",
            row -> row.longValue("id"),
            Jdbc.array("bigint", ids)));
  }

  @Override
  public List<EventCase> casesOfEvents(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "read the cases of events",
        "SELECT e.event_id, c.case_number, c.state, c.escalated_from, c.closed_at"
            + " FROM violation.case_event e JOIN violation.violation_case c ON c.id = e.case_id"
            + " WHERE e.event_id = ANY(?)",
        row ->
            new EventCase(
                row.longValue("event_id"),
                row.string("case_number"),
                row.string("state"),
                row.string("escalated_from"),
                row.instant("closed_at")),
        Jdbc.array("bigint", eventIds));
  }

  @Override
  public List<CameraVolume> endedCaseVolumes(String state) {
    return jdbc.list(
        "count ended cases",
        "SELECT c.jurisdiction_code, c.camera_code, count(*) AS items,"
            + " coalesce(sum("
            + NOTICE_BYTES
            + "), 0) AS bytes FROM violation.violation_case c"
            + " WHERE c.state = ? AND c.erased_at IS NULL GROUP BY c.jurisdiction_code, c.camera_code",
        VOLUME,
        state);
  }

  @Override
  public List<CameraVolume> ownerAnswerVolumes() {
    return jdbc.list(
        "count owner answers",
        "SELECT c.jurisdiction_code, c.camera_code, count(*) AS items,"
            + " coalesce(sum(octet_length(o.owner::text) + octet_length(o.vehicle::text)), 0)"
            + " AS bytes FROM violation.case_owner o JOIN violation.violation_case c"
            + " ON c.id = o.case_id GROUP BY c.jurisdiction_code, c.camera_code",
        VOLUME);
  }

  @Override
  public List<CameraVolume> appealDocumentVolumes() {
    return jdbc.list(
        "count appeal documents",
        "SELECT c.jurisdiction_code, c.camera_code, count(*) AS items,"
            + " coalesce(sum(octet_length(d.content)), 0) AS bytes"
            + " FROM violation.appeal_document d JOIN violation.violation_case c"
            + " ON c.id = d.case_id GROUP BY c.jurisdiction_code, c.camera_code",
        VOLUME);
  }

  private static Instant at(Position after) {
    return after == null ? null : after.at();
  }
}
