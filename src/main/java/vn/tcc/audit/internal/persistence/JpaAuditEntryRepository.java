package vn.tcc.audit.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tcc.audit.internal.domain.AuditEntry;
import vn.tcc.audit.internal.domain.AuditEntryRepository;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {
  /** Arbitrary constant naming the audit chain's advisory lock. */
  private static final long CHAIN_LOCK_KEY = 0x7CC_A0D17L;

  @PersistenceContext private EntityManager em;

  @Override
  public void lockChainForAppend() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, CHAIN_LOCK_KEY)
        .getSingleResult();
  }

  @Override
  public Optional<AuditEntry> last() {
    return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.seq DESC", AuditEntry.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
    em.flush();
  }

  @Override
  public List<AuditEntry> batchAfter(long afterSeq, int limit) {
    List<AuditEntry> batch =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.seq > :after ORDER BY e.seq", AuditEntry.class)
            .setParameter("after", afterSeq)
            .setMaxResults(limit)
            .getResultList();
    // Verification reads the whole trail once: keep the persistence context from growing with it.
    batch.forEach(em::detach);
    return batch;
  }

  @Override
  public List<AuditEntryView> search(AuditSearch search, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(search, params);
    TypedQuery<AuditEntryView> query =
        em.createQuery(
            "SELECT new vn.tcc.audit.internal.domain.AuditEntryView(e.seq, e.occurredAt, e.actor,"
                + " e.actorKind, e.action, e.objectType, e.objectId, e.jurisdiction, e.purpose,"
                + " e.personalData, e.outcome, e.clientAddress, e.requestId, e.details, e.hash)"
                + " FROM AuditEntry e"
                + where
                + " ORDER BY e.seq DESC",
            AuditEntryView.class);
    params.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(AuditSearch search) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery("SELECT count(e) FROM AuditEntry e" + where(search, params), Long.class);
    params.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(AuditSearch s, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (present(s.actor())) {
      where.append(" AND lower(e.actor) LIKE :actor");
      params.put("actor", "%" + s.actor().toLowerCase() + "%");
    }
    if (present(s.action())) {
      where.append(" AND e.action = :action");
      params.put("action", s.action());
    }
    if (present(s.objectType())) {
      where.append(" AND e.objectType = :objectType");
      params.put("objectType", s.objectType());
    }
    if (present(s.objectId())) {
      where.append(" AND e.objectId = :objectId");
      params.put("objectId", s.objectId());
    }
    if (present(s.outcome())) {
      where.append(" AND e.outcome = :outcome");
      params.put("outcome", s.outcome());
    }
    if (s.from() != null) {
      where.append(" AND e.occurredAt >= :from");
      params.put("from", s.from());
    }
    if (s.to() != null) {
      where.append(" AND e.occurredAt < :to");
      params.put("to", s.to());
    }
    if (present(s.jurisdictionScope())) {
      where.append(
          " AND (e.jurisdiction = :scope OR e.jurisdiction LIKE :scopeChildren ESCAPE '!')");
      params.put("scope", s.jurisdictionScope());
      params.put(
          "scopeChildren", new JurisdictionCode(s.jurisdictionScope()).childrenLikePattern());
    }
    return where.toString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
