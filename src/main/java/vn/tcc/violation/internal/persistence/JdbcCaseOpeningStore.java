package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.shared.time.TccTime;
import vn.tcc.violation.internal.application.CaseOpeningStore;

/**
 * Opening cases in plain JDBC, one statement per step for a whole batch (arrays unnested in the
 * database), in the handover's transaction.
 */
@ApplicationScoped
public class JdbcCaseOpeningStore implements CaseOpeningStore {
  // The earliest matching case per probe, found through the grouping key's index only (V11).
  private static final String MATCH =
      """
      SELECT DISTINCT ON (p.ord) p.ord, m.id
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
             WITH ORDINALITY AS p(plate_key, type, camera, first_at, last_at, ord)
       CROSS JOIN LATERAL (
         SELECT c.id, c.occurred_at FROM violation.violation_case c
          WHERE ((c.plate_key || '|' || c.detected_type) || '|' || c.camera_code)
                = ((p.plate_key || '|' || p.type) || '|' || p.camera)
            AND c.occurred_at BETWEEN p.last_at::timestamptz - make_interval(secs => ?)
                                  AND p.first_at::timestamptz + make_interval(secs => ?)
            AND greatest(c.last_detected_at, p.last_at::timestamptz)
                - least(c.occurred_at, p.first_at::timestamptz) <= make_interval(secs => ?)) m
       ORDER BY p.ord, m.occurred_at
      """;
  private static final String OPEN =
      """
      INSERT INTO violation.violation_case
        (id, case_number, jurisdiction_code, camera_code, detected_type, detected_plate, plate_key,
         plate_confidence, vehicle_class, speed_kmh, speed_limit_kmh, first_event_id, occurred_at,
         last_detected_at, detections, identification_due)
      SELECT t.id::bigint, t.number, t.jurisdiction, t.camera, t.type, t.plate, t.plate_key,
             t.confidence::numeric, t.vehicle_class, t.speed::numeric, t.speed_limit::numeric,
             t.first_event::bigint, t.first_at::timestamptz, t.last_at::timestamptz,
             t.detections::integer, t.due::date
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[])
             AS t(id, number, jurisdiction, camera, type, plate, plate_key, confidence,
                  vehicle_class, speed, speed_limit, first_event, first_at, last_at, detections, due)
      """;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public Set<Long> alreadyInCases(Collection<Long> eventIds) {
    Set<Long> known = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT event_id FROM violation.case_event WHERE event_id = ANY (?::bigint[])")) {
      select.setArray(1, connection.createArrayOf("bigint", eventIds.toArray()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          known.add(row.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw failure("find events already in cases", e);
    }
    return known;
  }

  @Override
  public Map<Integer, Long> matchingCases(List<GroupProbe> probes, Duration window) {
    Map<Integer, Long> matches = new HashMap<>();
    if (probes.isEmpty()) {
      return matches;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(MATCH)) {
      select.setArray(1, texts(connection, probes.stream().map(GroupProbe::plateKey)));
      select.setArray(2, texts(connection, probes.stream().map(GroupProbe::type)));
      select.setArray(3, texts(connection, probes.stream().map(GroupProbe::cameraCode)));
      select.setArray(4, texts(connection, probes.stream().map(p -> p.firstAt().toString())));
      select.setArray(5, texts(connection, probes.stream().map(p -> p.lastAt().toString())));
      for (int i = 6; i <= 8; i++) {
        select.setLong(i, window.toSeconds());
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          matches.put(row.getInt(1) - 1, row.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw failure("find the cases repeated detections join", e);
    }
    return matches;
  }

  @Override
  public void join(List<Joining> joinings) {
    if (joinings.isEmpty()) {
      return;
    }
    List<String> caseIds = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    List<String> firsts = new ArrayList<>();
    List<String> lasts = new ArrayList<>();
    List<Long> linkCases = new ArrayList<>();
    List<AcceptedEvent> linkEvents = new ArrayList<>();
    for (Joining joining : joinings) {
      caseIds.add(Long.toString(joining.caseId()));
      counts.add(Integer.toString(joining.events().size()));
      firsts.add(joining.events().get(0).occurredAt().toString());
      lasts.add(joining.events().get(joining.events().size() - 1).occurredAt().toString());
      for (AcceptedEvent event : joining.events()) {
        linkCases.add(joining.caseId());
        linkEvents.add(event);
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update =
          connection.prepareStatement(
              """
              UPDATE violation.violation_case c
                 SET detections = c.detections + j.n::integer,
                     occurred_at = least(c.occurred_at, j.first_at::timestamptz),
                     last_detected_at = greatest(c.last_detected_at, j.last_at::timestamptz),
                     updated_at = now()
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS j(id, n, first_at, last_at)
               WHERE c.id = j.id::bigint
              """)) {
        update.setArray(1, connection.createArrayOf("text", caseIds.toArray()));
        update.setArray(2, connection.createArrayOf("text", counts.toArray()));
        update.setArray(3, connection.createArrayOf("text", firsts.toArray()));
        update.setArray(4, connection.createArrayOf("text", lasts.toArray()));
        update.executeUpdate();
      }
      link(connection, linkCases, linkEvents);
    } catch (SQLException e) {
      throw failure("join detections to their cases", e);
    }
  }

  @Override
  public List<String> open(List<NewCase> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection()) {
      List<Long> ids = nextIds(connection, cases.size());
      List<String> numbers = new ArrayList<>();
      String[][] columns = new String[16][cases.size()];
      List<Long> linkCases = new ArrayList<>();
      List<AcceptedEvent> linkEvents = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        NewCase opened = cases.get(i);
        AcceptedEvent first = opened.first();
        long id = ids.get(i);
        String number = caseNumber(id, first);
        numbers.add(number);
        String[] row = {
          Long.toString(id),
          number,
          first.jurisdiction().value(),
          first.cameraCode(),
          first.type().name(),
          first.plate(),
          opened.plateKey(),
          text(first.plateConfidence()),
          first.vehicleClass(),
          text(first.speedKmh()),
          text(first.speedLimitKmh()),
          Long.toString(first.id()),
          first.occurredAt().toString(),
          opened.events().get(opened.events().size() - 1).occurredAt().toString(),
          Integer.toString(opened.events().size()),
          opened.identificationDue().toString()
        };
        for (int c = 0; c < row.length; c++) {
          columns[c][i] = row[c];
        }
        for (AcceptedEvent event : opened.events()) {
          linkCases.add(id);
          linkEvents.add(event);
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(OPEN)) {
        for (int c = 0; c < columns.length; c++) {
          insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
        }
        insert.executeUpdate();
      }
      link(connection, linkCases, linkEvents);
      try (PreparedStatement transition =
          connection.prepareStatement(
              "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor,"
                  + " actor_name, reason) SELECT unnest(?::bigint[]), NULL, 'DETECTED',"
                  + " 'system', 'TCC', 'Camera phát hiện vi phạm'")) {
        transition.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
        transition.executeUpdate();
      }
      return numbers;
    } catch (SQLException e) {
      throw failure("open violation cases", e);
    }
  }

  /** VP-2026-0000123: the year the violation happened in Vietnam, and the case's id. */
  static String caseNumber(long id, AcceptedEvent first) {
    int year = LocalDate.ofInstant(first.occurredAt().toInstant(), TccTime.ZONE).getYear();
    // By hand: String.format was a tenth of opening a batch of cases.
    String digits = Long.toString(id);
    StringBuilder number = new StringBuilder(24).append("VP-").append(year).append('-');
    for (int pad = digits.length(); pad < 7; pad++) {
      number.append('0');
    }
    return number.append(digits).toString();
  }

  private static void link(Connection connection, List<Long> caseIds, List<AcceptedEvent> events)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO violation.case_event (event_id, case_id, occurred_at)
            SELECT t.event_id, t.case_id, t.at::timestamptz
              FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS t(event_id, case_id, at)
            ON CONFLICT (event_id) DO NOTHING
            """)) {
      insert.setArray(
          1, connection.createArrayOf("bigint", events.stream().map(AcceptedEvent::id).toArray()));
      insert.setArray(2, connection.createArrayOf("bigint", caseIds.toArray()));
      insert.setArray(
          3,
          connection.createArrayOf(
              "text", events.stream().map(e -> e.occurredAt().toString()).toArray()));
      insert.executeUpdate();
    }
  }

  private static List<Long> nextIds(Connection connection, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT nextval('violation.violation_case_id_seq') FROM generate_series(1, ?)")) {
      select.setInt(1, count);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }

  private static java.sql.Array texts(Connection connection, java.util.stream.Stream<String> values)
      throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
  }
}
