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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
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
  private static final String JOIN =
      """
      UPDATE violation.violation_case c
         SET detections = c.detections + j.n::integer,
             occurred_at = least(c.occurred_at, j.first_at::timestamptz),
             last_detected_at = greatest(c.last_detected_at, j.last_at::timestamptz),
             updated_at = now()
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS j(id, n, first_at, last_at)
       WHERE c.id = j.id::bigint
      """;
  private static final String LINK =
      """
      INSERT INTO violation.case_event (event_id, case_id, occurred_at)
      SELECT t.event_id, t.case_id, t.at::timestamptz
        FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS t(event_id, case_id, at)
      ON CONFLICT (event_id) DO NOTHING
      """;
  private static final String OPENING_TRANSITIONS =
      "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor,"
          + " actor_name, reason) SELECT unnest(?::bigint[]), NULL, 'DETECTED',"
          + " 'system', 'TCC', 'Camera phát hiện vi phạm'";
  private static final String NEXT_IDS =
      "SELECT nextval('violation.violation_case_id_seq') FROM generate_series(1, ?)";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<Long> alreadyInCases(Collection<Long> eventIds) {
    return new HashSet<>(
        jdbc.list(
            "find events already in cases",
            "SELECT event_id FROM violation.case_event WHERE event_id = ANY (?::bigint[])",
            row -> row.longValue("event_id"),
            Jdbc.array("bigint", eventIds)));
  }

  @Override
  public Map<Integer, Long> matchingCases(List<GroupProbe> probes, Duration window) {
    Map<Integer, Long> matches = new HashMap<>();
    if (probes.isEmpty()) {
      return matches;
    }
    long seconds = window.toSeconds();
    jdbc.list(
            "find the cases repeated detections join",
            MATCH,
            row -> Map.entry(row.intValue("ord") - 1, row.longValue("id")),
            Jdbc.array("text", probes.stream().map(GroupProbe::plateKey).toList()),
            Jdbc.array("text", probes.stream().map(GroupProbe::type).toList()),
            Jdbc.array("text", probes.stream().map(GroupProbe::cameraCode).toList()),
            Jdbc.array("text", probes.stream().map(p -> p.firstAt().toString()).toList()),
            Jdbc.array("text", probes.stream().map(p -> p.lastAt().toString()).toList()),
            seconds,
            seconds,
            seconds)
        .forEach(match -> matches.put(match.getKey(), match.getValue()));
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
    jdbc.run(
        "join detections to their cases",
        connection -> {
          try (PreparedStatement update =
              Jdbc.prepare(
                  connection,
                  JOIN,
                  Jdbc.array("text", caseIds),
                  Jdbc.array("text", counts),
                  Jdbc.array("text", firsts),
                  Jdbc.array("text", lasts))) {
            update.executeUpdate();
          }
          link(connection, linkCases, linkEvents);
          return null;
        });
  }

  @Override
  public List<String> open(List<NewCase> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    return jdbc.run(
        "open violation cases",
        connection -> {
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
          Object[] arrays = new Object[columns.length];
          for (int c = 0; c < columns.length; c++) {
            arrays[c] = Jdbc.array("text", Arrays.asList(columns[c]));
          }
          try (PreparedStatement insert = Jdbc.prepare(connection, OPEN, arrays)) {
            insert.executeUpdate();
          }
          link(connection, linkCases, linkEvents);
          try (PreparedStatement transition =
              Jdbc.prepare(connection, OPENING_TRANSITIONS, Jdbc.array("bigint", ids))) {
            transition.executeUpdate();
          }
          return numbers;
        });
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
        Jdbc.prepare(
            connection,
            LINK,
            Jdbc.array("bigint", events.stream().map(AcceptedEvent::id).toList()),
            Jdbc.array("bigint", caseIds),
            Jdbc.array("text", events.stream().map(e -> e.occurredAt().toString()).toList()))) {
      insert.executeUpdate();
    }
  }

  private static List<Long> nextIds(Connection connection, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement select = Jdbc.prepare(connection, NEXT_IDS, count);
        ResultSet rows = select.executeQuery()) {
      Row row = Row.of(rows);
      while (rows.next()) {
        ids.add(row.longValue("nextval"));
      }
    }
    return ids;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
