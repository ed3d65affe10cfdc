package vn.tcc.audit.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.tcc.audit.internal.domain.AuditChain;
import vn.tcc.audit.internal.domain.AuditEntry;
import vn.tcc.audit.internal.domain.AuditEntryContent;
import vn.tcc.audit.internal.domain.AuditEntryRepository;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {
  /** Arbitrary constant naming the audit chain's advisory lock. */
  private static final long CHAIN_LOCK_KEY = 0x7CC_A0D17L;

  private static final String LOCK_CHAIN = "SELECT pg_advisory_xact_lock(?)";
  private static final String LAST_ENTRY =
      "SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1";
  private static final String INSERT_ENTRY =
      "INSERT INTO audit.entry (seq, occurred_at, actor, actor_kind, action, object_type,"
          + " object_id, jurisdiction, purpose, personal_data, outcome, client_address,"
          + " request_id, details, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @PersistenceContext private EntityManager em;
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  /**
   * Plain JDBC, not the entity manager: this runs in the transaction's before-completion callback,
   * after the persistence context may already have been flushed for the commit.
   */
  @Override
  public void appendToChain(List<AuditEntryContent> contents) {
    jdbc.run(
        "append to the audit trail",
        connection -> {
          try (PreparedStatement lock = connection.prepareStatement(LOCK_CHAIN)) {
            lock.setLong(1, CHAIN_LOCK_KEY);
            lock.execute();
          }
          long seq = 0;
          String prevHash = AuditChain.GENESIS;
          try (PreparedStatement last = connection.prepareStatement(LAST_ENTRY);
              ResultSet row = last.executeQuery()) {
            if (row.next()) {
              seq = row.getLong("seq");
              prevHash = row.getString("hash");
            }
          }
          try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
            for (AuditEntryContent unchained : contents) {
              seq++;
              AuditEntryContent chained = unchained.withSeq(seq);
              String hash = AuditChain.hash(prevHash, chained);
              bindEntry(insert, chained, prevHash, hash);
              insert.addBatch();
              prevHash = hash;
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  private static void bindEntry(
      PreparedStatement insert, AuditEntryContent c, String prevHash, String hash)
      throws SQLException {
    Object[] values = {
      c.seq(),
      c.occurredAt(),
      c.actor(),
      c.actorKind(),
      c.action(),
      c.objectType(),
      c.objectId(),
      c.jurisdiction(),
      c.purpose(),
      c.personalData(),
      c.outcome(),
      c.clientAddress(),
      c.requestId(),
      c.details(),
      prevHash,
      hash
    };
    for (int i = 0; i < values.length; i++) {
      Jdbc.bind(insert, i + 1, values[i]);
    }
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
