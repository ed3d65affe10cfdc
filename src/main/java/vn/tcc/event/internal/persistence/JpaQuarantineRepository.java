package vn.tcc.event.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tcc.event.internal.ingest.QuarantineEntry;
import vn.tcc.event.internal.ingest.QuarantineRepository;
import vn.tcc.event.internal.ingest.Reason;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.SqlTime;

@ApplicationScoped
public class JpaQuarantineRepository implements QuarantineRepository {
  private static final String COLUMNS =
      "SELECT id, client_id, client_jurisdiction, source_id, source_event_id, camera_code,"
          + " payload::text, reasons::text, received_at, times_received, state, resolved_by,"
          + " resolved_at, resolution_note, event_id FROM vms.quarantine";
  private static final String SCOPE =
      " WHERE state = :state AND (client_jurisdiction = :scope"
          + " OR client_jurisdiction LIKE :children ESCAPE '!')";

  @PersistenceContext private EntityManager em;

  @Override
  public List<QuarantineEntry> page(
      JurisdictionCode scope, QuarantineEntry.State state, int offset, int limit) {
    Query query =
        scoped(COLUMNS + SCOPE + " ORDER BY received_at DESC, id DESC", scope, state)
            .setFirstResult(offset)
            .setMaxResults(limit);
    return entries(query);
  }

  @Override
  public long count(JurisdictionCode scope, QuarantineEntry.State state) {
    return ((Number)
            scoped("SELECT count(*) FROM vms.quarantine" + SCOPE, scope, state).getSingleResult())
        .longValue();
  }

  @Override
  public Optional<QuarantineEntry> lock(long id) {
    return entries(
            em.createNativeQuery(COLUMNS + " WHERE id = :id FOR UPDATE").setParameter("id", id))
        .stream()
        .findFirst();
  }

  @Override
  public void resolve(long id, QuarantineEntry.State state, String by, String note, Long eventId) {
    em.createNativeQuery(
            "UPDATE vms.quarantine SET state = :state, resolved_by = :by, resolved_at = now(),"
                + " resolution_note = :note, event_id = :event WHERE id = :id")
        .setParameter("state", state.name())
        .setParameter("by", by)
        .setParameter("note", note)
        .setParameter("event", eventId)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void rejectAgain(long id, List<Reason> reasons) {
    em.createNativeQuery(
            "UPDATE vms.quarantine SET reasons = CAST(:reasons AS jsonb),"
                + " times_received = times_received + 1 WHERE id = :id")
        .setParameter("reasons", JdbcEventStore.reasonsJson(reasons))
        .setParameter("id", id)
        .executeUpdate();
  }

  private Query scoped(String sql, JurisdictionCode scope, QuarantineEntry.State state) {
    return em.createNativeQuery(sql)
        .setParameter("state", state.name())
        .setParameter("scope", scope.value())
        .setParameter("children", scope.childrenLikePattern());
  }

  private static List<QuarantineEntry> entries(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<QuarantineEntry> entries = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      entries.add(
          new QuarantineEntry(
              ((Number) row[0]).longValue(),
              (String) row[1],
              JurisdictionCode.parseOrNull((String) row[2]),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              reasons((String) row[7]),
              SqlTime.instant(row[8]),
              ((Number) row[9]).intValue(),
              QuarantineEntry.State.valueOf((String) row[10]),
              (String) row[11],
              row[12] == null ? null : SqlTime.instant(row[12]),
              (String) row[13],
              row[14] == null ? null : ((Number) row[14]).longValue()));
    }
    return entries;
  }

  static List<Reason> reasons(String json) {
    List<Reason> reasons = new ArrayList<>();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject reason = value.asJsonObject();
        List<Object> args = new ArrayList<>();
        reason
            .getJsonArray("args")
            .forEach(arg -> args.add(((jakarta.json.JsonString) arg).getString()));
        reasons.add(new Reason(reason.getString("field"), reason.getString("key"), args));
      }
    }
    return reasons;
  }
}
