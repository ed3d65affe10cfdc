package vn.tcc.vms.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.SqlTime;
import vn.tcc.vms.internal.connection.VmsConnection;
import vn.tcc.vms.internal.connection.VmsConnectionDetails;
import vn.tcc.vms.internal.connection.VmsConnectionRepository;

@ApplicationScoped
public class JpaVmsConnectionRepository implements VmsConnectionRepository {
  private static final String COLUMNS =
      "SELECT id, code, name, product, jurisdiction_code, base_url, username, secret_ciphertext IS NOT NULL,"
          + " timeout_ms, poll_seconds, offline_alert_minutes, enabled, event_cursor, last_poll_at,"
          + " last_poll_error, poll_failures, version FROM vms.connection";

  @PersistenceContext private EntityManager em;

  @Override
  public List<VmsConnection> all() {
    return connections(em.createNativeQuery(COLUMNS + " ORDER BY code"));
  }

  @Override
  public Optional<VmsConnection> find(String code) {
    return connections(
            em.createNativeQuery(COLUMNS + " WHERE code = :code").setParameter("code", code))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<byte[]> secretCiphertext(String code) {
    @SuppressWarnings("unchecked")
    List<byte[]> rows =
        em.createNativeQuery("SELECT secret_ciphertext FROM vms.connection WHERE code = :code")
            .setParameter("code", code)
            .getResultList();
    return rows.stream().filter(java.util.Objects::nonNull).findFirst();
  }

  @Override
  public void add(VmsConnectionDetails d, byte[] secretCiphertext) {
    em.createNativeQuery(
            "INSERT INTO vms.connection (code, name, product, jurisdiction_code, base_url, username,"
                + " secret_ciphertext, timeout_ms, poll_seconds, offline_alert_minutes, enabled)"
                + " VALUES (:code, :name, :product, :jurisdiction, :url, :user, :secret, :timeout, :poll, :alert,"
                + " :enabled)")
        .setParameter("code", d.code())
        .setParameter("name", d.name())
        .setParameter("product", d.product())
        .setParameter("jurisdiction", d.jurisdictionCode())
        .setParameter("url", d.baseUrl())
        .setParameter("user", d.username())
        .setParameter("secret", secretCiphertext)
        .setParameter("timeout", d.timeoutMillis())
        .setParameter("poll", d.pollSeconds())
        .setParameter("alert", d.offlineAlertMinutes())
        .setParameter("enabled", d.enabled())
        .executeUpdate();
  }

  @Override
  public boolean update(
      String code, int expectedVersion, VmsConnectionDetails d, byte[] secretCiphertext) {
    // A null secret would bind without a type; the statement leaves the column out instead.
    String secret = secretCiphertext == null ? "" : " secret_ciphertext = :secret,";
    Query update =
        em.createNativeQuery(
                "UPDATE vms.connection SET name = :name, product = :product,"
                    + " jurisdiction_code = :jurisdiction, base_url = :url,"
                    + " username = :user,"
                    + secret
                    + " timeout_ms = :timeout, poll_seconds = :poll, offline_alert_minutes = :alert,"
                    + " enabled = :enabled, version = version + 1, updated_at = now(),"
                    + " poll_failures = 0 WHERE code = :code AND version = :version")
            .setParameter("name", d.name())
            .setParameter("product", d.product())
            .setParameter("jurisdiction", d.jurisdictionCode())
            .setParameter("url", d.baseUrl())
            .setParameter("user", d.username())
            .setParameter("timeout", d.timeoutMillis())
            .setParameter("poll", d.pollSeconds())
            .setParameter("alert", d.offlineAlertMinutes())
            .setParameter("enabled", d.enabled())
            .setParameter("code", code)
            .setParameter("version", expectedVersion);
    if (secretCiphertext != null) {
      update.setParameter("secret", secretCiphertext);
    }
    return update.executeUpdate() == 1;
  }

  @Override
  public void recordPoll(String code, Instant at, String error) {
    em.createNativeQuery(
            "UPDATE vms.connection SET last_poll_at = :at, last_poll_error = left(:error, 500),"
                + " poll_failures = CASE WHEN :failed THEN poll_failures + 1 ELSE 0 END"
                + " WHERE code = :code")
        .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter("error", error)
        .setParameter("failed", error != null)
        .setParameter("code", code)
        .executeUpdate();
  }

  @Override
  public void moveEventCursor(String code, String lastEventId) {
    em.createNativeQuery("UPDATE vms.connection SET event_cursor = :cursor WHERE code = :code")
        .setParameter("cursor", lastEventId)
        .setParameter("code", code)
        .executeUpdate();
  }

  private static List<VmsConnection> connections(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new VmsConnection(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    new JurisdictionCode((String) r[4]),
                    URI.create((String) r[5]),
                    (String) r[6],
                    (Boolean) r[7],
                    ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(),
                    ((Number) r[10]).intValue(),
                    (Boolean) r[11],
                    (String) r[12],
                    r[13] == null ? null : SqlTime.instant(r[13]),
                    (String) r[14],
                    ((Number) r[15]).intValue(),
                    ((Number) r[16]).intValue()))
        .toList();
  }
}
