package vn.tcc.violation.internal.persistence;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.identity.api.RegisteredVehicle;
import vn.tcc.shared.crypto.PersonalDataCipher;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.IdentityRequests;

/** Identity requests and the owners found, in plain JDBC. */
@ApplicationScoped
public class JdbcIdentityRequests implements IdentityRequests {

  private static final RowMapper<StoredOwner> OWNER =
      row -> {
        String context = context(row.longValue("case_id"));
        return new StoredOwner(
            row.string("center_access_id"),
            texts(opened(row.string("owner"), context + ":owner")),
            texts(opened(row.string("vehicle"), context + ":vehicle")),
            row.string("identified_by"),
            row.instant("identified_at"));
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void begin(
      UUID accessRequestId,
      long caseId,
      String officer,
      String purpose,
      Set<IdentityField> fields) {
    update(
        "INSERT INTO violation.identity_request (access_request_id, case_id, requested_by, purpose,"
            + " fields) VALUES (?, ?, ?, ?, ?)",
        accessRequestId,
        caseId,
        officer,
        purpose,
        fieldList(fields));
  }

  @Override
  public void answered(UUID accessRequestId, String centerAccessId) {
    update(
        "UPDATE violation.identity_request SET state = 'ANSWERED', outcome = NULL,"
            + " center_access_id = ?, finished_at = now() WHERE access_request_id = ?",
        centerAccessId,
        accessRequestId);
  }

  @Override
  public void failed(UUID accessRequestId, String outcome) {
    update(
        "UPDATE violation.identity_request SET state = 'FAILED', outcome = left(?, 100),"
            + " finished_at = now() WHERE access_request_id = ?",
        outcome,
        accessRequestId);
  }

  @Override
  public int countSince(String officer, Instant since) {
    return jdbc.first(
            "count identity requests",
            "SELECT count(*) AS requests FROM violation.identity_request"
                + " WHERE lower(requested_by) = lower(?) AND requested_at >= ?",
            row -> row.intValue("requests"),
            officer,
            since)
        .orElse(0);
  }

  @Override
  public Optional<UUID> unanswered(long caseId, Set<IdentityField> fields) {
    // Only a request that may have reached the center: one it refused is not asked again as is.
    return jdbc.first(
        "find an unanswered identity request",
        "SELECT access_request_id FROM violation.identity_request WHERE case_id = ?"
            + " AND fields = ? AND (state = 'PENDING' OR (state = 'FAILED' AND outcome ="
            + " 'identity.error.unavailable'))"
            + " ORDER BY requested_at DESC LIMIT 1",
        row -> (UUID) row.object("access_request_id"),
        caseId,
        fieldList(fields));
  }

  @Override
  public void saveOwner(long caseId, OwnerLookup lookup, String identifiedBy) {
    JsonObjectBuilder owner = JSON.createObjectBuilder();
    lookup.owner().forEach((field, value) -> owner.add(field.name(), value));
    RegisteredVehicle vehicle = lookup.vehicle();
    JsonObjectBuilder vehicleJson = JSON.createObjectBuilder();
    addIfPresent(vehicleJson, "plate", vehicle.plate());
    addIfPresent(vehicleJson, "vehicleClass", vehicle.vehicleClass());
    addIfPresent(vehicleJson, "brand", vehicle.brand());
    addIfPresent(vehicleJson, "colour", vehicle.colour());
    update(
        "INSERT INTO violation.case_owner (case_id, access_request_id, center_access_id, owner,"
            + " vehicle, identified_by, identified_at) VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)",
        caseId,
        lookup.accessRequestId(),
        lookup.accessId(),
        sealed(owner.build().toString(), context(caseId) + ":owner"),
        sealed(vehicleJson.build().toString(), context(caseId) + ":vehicle"),
        identifiedBy,
        lookup.answeredAt());
  }

  @Override
  public Optional<StoredOwner> owner(long caseId) {
    return jdbc.first(
        "read a case's owner",
        "SELECT case_id, center_access_id, owner::text AS owner, vehicle::text AS vehicle,"
            + " identified_by, identified_at FROM violation.case_owner WHERE case_id = ?",
        OWNER,
        caseId);
  }

  /**
   * The owner answer is personal data at rest: stored as {@code {"sealed": "tcc1:..."}} (a JSON
   * value, so the column and the retention sizes stay as they are), encrypted with the server's
   * {@code TCC_DATA_KEYS} and bound to its case and field, so it cannot be moved to another case.
   */
  private static String sealed(String json, String context) {
    return JSON.createObjectBuilder()
        .add(SEALED, PersonalDataCipher.configured().seal(json, context))
        .build()
        .toString();
  }

  /** The plain JSON of a stored answer; answers stored before encryption are plain already. */
  private static String opened(String stored, String context) {
    JsonObject object = JSON.createReader(new StringReader(stored)).readObject();
    if (object.size() == 1 && object.get(SEALED) instanceof JsonString sealed) {
      return PersonalDataCipher.configured().open(sealed.getString(), context);
    }
    return stored;
  }

  private static String context(long caseId) {
    return "case_owner:" + caseId;
  }

  private static final String SEALED = "sealed";

  private static Map<String, String> texts(String json) {
    JsonObject object = JSON.createReader(new StringReader(json)).readObject();
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      if (entry.getValue() instanceof JsonString text) {
        values.put(entry.getKey(), text.getString());
      }
    }
    return values;
  }

  private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
    if (value != null) {
      builder.add(name, value);
    }
  }

  private static String fieldList(Set<IdentityField> fields) {
    return fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private void update(String sql, Object... parameters) {
    jdbc.update("record an identity request", sql, parameters);
  }
}
