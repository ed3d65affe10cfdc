package vn.tcc.sharing.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.sharing.internal.domain.ConsumerCoverage;
import vn.tcc.sharing.internal.domain.ConsumerProfile;
import vn.tcc.sharing.internal.domain.ConsumerProfiles;

/**
 * The consumer profiles in {@code sharing.consumer_profile}, the consumers agreements name, and the
 * coverage query the feed asks on every page.
 */
@ApplicationScoped
public class JdbcConsumerProfiles implements ConsumerProfiles, ConsumerCoverage {
  private static final String COLUMNS =
      "SELECT id, consumer, name, active, camera_fields, event_count_fields, incident_fields,"
          + " version, updated_by, updated_at FROM sharing.consumer_profile";

  private static final RowMapper<ConsumerProfile> PROFILE =
      row ->
          new ConsumerProfile(
              row.longValue("id"),
              row.string("consumer"),
              row.string("name"),
              row.bool("active"),
              strings(row, "camera_fields"),
              strings(row, "event_count_fields"),
              strings(row, "incident_fields"),
              row.longValue("version"),
              row.string("updated_by"),
              row.instant("updated_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<ConsumerProfile> find(String consumer) {
    return jdbc.first(
        "read a consumer profile", COLUMNS + " WHERE consumer = ?", PROFILE, consumer);
  }

  @Override
  public List<ConsumerProfile> all() {
    return jdbc.list("list the consumer profiles", COLUMNS + " ORDER BY consumer", PROFILE);
  }

  @Override
  public boolean save(ConsumerProfile profile) {
    return jdbc.update(
            "change a consumer profile",
            """
            UPDATE sharing.consumer_profile
               SET active = ?, camera_fields = ?, event_count_fields = ?, incident_fields = ?,
                   updated_by = ?, updated_at = ?, version = version + 1
             WHERE id = ? AND version = ?
            """,
            profile.active(),
            Jdbc.array("varchar", profile.cameraFields()),
            Jdbc.array("varchar", profile.eventCountFields()),
            Jdbc.array("varchar", profile.incidentFields()),
            profile.updatedBy(),
            profile.updatedAt(),
            profile.id(),
            profile.version())
        == 1;
  }

  @Override
  public boolean addToAgreement(long agreementId, String consumer, String by, Instant at) {
    return jdbc.update(
            "name a consumer on an agreement",
            "INSERT INTO sharing.agreement_consumer (agreement_id, consumer, added_by, added_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            agreementId,
            consumer,
            by,
            at)
        == 1;
  }

  @Override
  public List<String> consumersOf(long agreementId) {
    return jdbc.list(
        "read the consumers an agreement names",
        "SELECT consumer FROM sharing.agreement_consumer WHERE agreement_id = ? ORDER BY consumer",
        row -> row.string("consumer"),
        agreementId);
  }

  /** One indexed query from the cameras through their agreements: nothing is cached. */
  @Override
  public Set<String> coveredNow(
      String consumer, Collection<String> cameraCodes, boolean events, LocalDate today) {
    if (cameraCodes.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.list(
            "find the provider cameras a consumer may receive",
            """
            SELECT DISTINCT ac.camera_code
              FROM sharing.agreement_camera ac
              JOIN sharing.agreement a ON a.id = ac.agreement_id
              JOIN sharing.agreement_consumer c ON c.agreement_id = a.id
             WHERE ac.camera_code = ANY(?)
               AND c.consumer = ?
               AND a.state = 'ACTIVE'
               AND a.starts_on <= ? AND a.ends_on >= ?
               AND (NOT ? OR 'EVENTS' = ANY(a.data_types))
            """,
            row -> row.string("camera_code"),
            Jdbc.array("varchar", cameraCodes),
            consumer,
            today,
            today,
            events));
  }

  private static List<String> strings(Row row, String column) throws SQLException {
    Object value = row.object(column);
    if (value == null) {
      return List.of();
    }
    Object[] items = (Object[]) ((Array) value).getArray();
    List<String> strings = new ArrayList<>(items.length);
    for (Object item : items) {
      strings.add(String.valueOf(item));
    }
    return strings;
  }
}
