package vn.tcc.vms.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/** VMS connections in plain SQL; the secret is only ever read on its own, to build an adapter. */
@ApplicationScoped
public class JdbcVmsConnectionRepository implements VmsConnectionRepository {
  private static final String COLUMNS =
      """
      SELECT id, code, name, product, jurisdiction_code, base_url, username,
             secret_ciphertext IS NOT NULL AS has_secret, timeout_ms, poll_seconds,
             offline_alert_minutes, enabled, event_cursor, last_poll_at, last_poll_error,
             poll_failures, version
        FROM vms.connection
      """;

  private static final RowMapper<VmsConnection> CONNECTION =
      row ->
          new VmsConnection(
              row.longValue("id"),
              row.string("code"),
              row.string("name"),
              row.string("product"),
              new JurisdictionCode(row.string("jurisdiction_code")),
              URI.create(row.string("base_url")),
              row.string("username"),
              row.bool("has_secret"),
              row.intValue("timeout_ms"),
              row.intValue("poll_seconds"),
              row.intValue("offline_alert_minutes"),
              row.bool("enabled"),
              row.string("event_cursor"),
              row.instant("last_poll_at"),
              row.string("last_poll_error"),
              row.intValue("poll_failures"),
              row.intValue("version"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<VmsConnection> all() {
    return jdbc.list("list VMS connections", COLUMNS + " ORDER BY code", CONNECTION);
  }

  @Override
  public Optional<VmsConnection> find(String code) {
    return jdbc.first("read a VMS connection", COLUMNS + " WHERE code = ?", CONNECTION, code);
  }

  @Override
  public Optional<byte[]> secretCiphertext(String code) {
    return jdbc.first(
        "read a VMS connection's secret",
        "SELECT secret_ciphertext FROM vms.connection WHERE code = ?",
        row -> row.bytes("secret_ciphertext"),
        code);
  }

  @Override
  public void add(VmsConnectionDetails d, byte[] secretCiphertext) {
    jdbc.update(
        "add a VMS connection",
        """
        INSERT INTO vms.connection (code, name, product, jurisdiction_code, base_url, username,
                                    secret_ciphertext, timeout_ms, poll_seconds,
                                    offline_alert_minutes, enabled)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        d.code(),
        d.name(),
        d.product(),
        d.jurisdictionCode(),
        d.baseUrl(),
        d.username(),
        secretCiphertext,
        d.timeoutMillis(),
        d.pollSeconds(),
        d.offlineAlertMinutes(),
        d.enabled());
  }

  @Override
  public boolean update(
      String code, int expectedVersion, VmsConnectionDetails d, byte[] secretCiphertext) {
    // A null secret keeps the stored one: the statement leaves the column out.
    String secret = secretCiphertext == null ? "" : " secret_ciphertext = ?,";
    List<Object> parameters =
        new ArrayList<>(
            Arrays.asList(d.name(), d.product(), d.jurisdictionCode(), d.baseUrl(), d.username()));
    if (secretCiphertext != null) {
      parameters.add(secretCiphertext);
    }
    parameters.addAll(
        Arrays.asList(
            d.timeoutMillis(),
            d.pollSeconds(),
            d.offlineAlertMinutes(),
            d.enabled(),
            code,
            expectedVersion));
    return jdbc.update(
            "update a VMS connection",
            "UPDATE vms.connection SET name = ?, product = ?, jurisdiction_code = ?, base_url = ?,"
                + " username = ?,"
                + secret
                + " timeout_ms = ?, poll_seconds = ?, offline_alert_minutes = ?, enabled = ?,"
                + " version = version + 1, updated_at = now(), poll_failures = 0"
                + " WHERE code = ? AND version = ?",
            parameters.toArray())
        == 1;
  }

  @Override
  public void recordPoll(String code, Instant at, String error) {
    jdbc.update(
        "record a VMS poll",
        """
        UPDATE vms.connection
           SET last_poll_at = ?, last_poll_error = left(?, 500),
               poll_failures = CASE WHEN ? THEN poll_failures + 1 ELSE 0 END
         WHERE code = ?
        """,
        at,
        error,
        error != null,
        code);
  }

  @Override
  public void moveEventCursor(String code, String lastEventId) {
    jdbc.update(
        "move a VMS's event cursor",
        "UPDATE vms.connection SET event_cursor = ? WHERE code = ?",
        lastEventId,
        code);
  }
}
