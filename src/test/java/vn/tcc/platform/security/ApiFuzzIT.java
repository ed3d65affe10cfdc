package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.ApiContract;
import vn.tcc.testing.ApiContract.Operation;
import vn.tcc.testing.DemoObjects;
import vn.tcc.testing.DemoObjects.Flavour;
import vn.tcc.testing.Probe;
import vn.tcc.testing.TccDeployment;

/**
 * Issue 21's hostile-input harness: every operation of the running server's OpenAPI document that
 * takes a body, query parameters or an id in its path gets NUL bytes, 100,000-character strings,
 * JSON nested 10,000 deep, wrong types, dates in year 999999999, negative and huge page sizes and
 * numbers, invalid UTF-8 and empty bodies, as a caller its roles allow on a real demo object.
 * Expected: never 5xx, every refusal problem+json, a hostile body never accepted, and the database
 * unchanged by an operation whose every hostile call was refused.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {
  private static final Set<String> VMS_DEPENDENT =
      Set.of(
          "GET cameras/{code}/live",
          "POST events/{id}/evidence/capture",
          "GET vms/connections/{code}/cameras");

  /** Who calls, by preference among the roles an operation allows. */
  private static final List<String> PREFERENCE =
      List.of(
          "admin",
          "supervisor",
          "officer",
          "coordinator",
          "auditor",
          "operator",
          "provider",
          "event-source",
          "ioc");

  private static final String LONG = "x".repeat(100_000);

  /** Query parameter values, already URL-encoded. */
  private static final List<String> QUERY_VALUES =
      List.of(
          "%00",
          "a%00b",
          LONG,
          "999999999-01-01",
          "%2B999999999-12-31T23%3A59%3A59Z",
          "-1",
          "-2147483649",
          "2147483648",
          "99999999999999999999",
          "abc",
          "%C3%28%FF%FE",
          "%E2%80%AEabc%CC%81",
          "%27%20OR%201%3D1--");

  /** JSON values put in each property of a body. */
  private static final List<String> JSON_VALUES =
      List.of(
          "\"a\\u0000b\"",
          "\"" + LONG + "\"",
          "\"999999999-01-01\"",
          "\"+999999999-12-31T23:59:59Z\"",
          "-1",
          "99999999999999999999999999",
          "1e999999",
          "-9.9e999999",
          "\"abc\"",
          "[]",
          "{}",
          "true",
          "\"\\ud800\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private final Probe.Tokens tokens = new Probe.Tokens();
  private final DemoObjects demo = new DemoObjects();
  private final List<String> violations = new ArrayList<>();
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private final Set<String> acceptedQueries = new LinkedHashSet<>();

  @Test
  void hostile_input_is_refused_with_a_problem_and_changes_nothing() throws Exception {
    ApiContract contract = ApiContract.load();
    List<String> unknown =
        DemoObjects.unknown(contract.operations().stream().map(Operation::path).toList());
    assertTrue(unknown.isEmpty(), "Path parameters without a row in DemoObjects: " + unknown);
    Database db = new Database();
    Set<String> busy = db.busyTables();

    int operations = 0;
    int calls = 0;
    int unchangedChecks = 0;
    for (Operation op : contract.operations()) {
      boolean pathIds = op.reads() && !op.pathParams().isEmpty();
      if (op.query().isEmpty() && op.bodies().isEmpty() && !pathIds) {
        continue;
      }
      String token = tokenFor(op);
      String path = demo.fill(op.path(), Flavour.OWN_AREA);
      // A change that might be accepted (a plausible value) goes to an object that does not exist,
      // so the demo data the other suites rely on stays as it is; what must be refused goes to a
      // real object, where the refusal matters.
      String nowhere = op.reads() ? path : demo.fill(op.path(), Flavour.MISSING);
      List<Case> cases = cases(contract, op, path, nowhere);
      Map<String, String> before = db.fingerprint();
      boolean anyAccepted = false;
      for (Case c : cases) {
        Probe.Answer answer =
            Probe.send(op.method(), c.pathAndQuery(), token, c.contentType(), c.body());
        calls++;
        outcomes.merge(answer.status() / 100 + "xx", 1, Integer::sum);
        anyAccepted |= answer.status() < 400;
        check(op, c, answer);
      }
      operations++;
      if (!anyAccepted && !op.reads()) {
        Map<String, String> after = db.fingerprint();
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
          if (!busy.contains(table) && !after.get(table).equals(before.get(table))) {
            changed.add(table);
          }
        }
        unchangedChecks++;
        if (!changed.isEmpty()) {
          violations.add(op + ": every hostile call refused, yet the database changed: " + changed);
        }
      }
    }
    System.out.printf(
        "Fuzz: %d operations, %d hostile calls, outcomes %s, %d operations checked unchanged in the"
            + " database (tables left out as busy in the background: %s), violations %d%n",
        operations, calls, outcomes, unchangedChecks, busy, violations.size());
    if (!acceptedQueries.isEmpty()) {
      System.out.println("  accepted as a filter value (2xx): " + acceptedQueries);
    }
    violations.forEach(v -> System.out.println("  VIOLATION " + v));
    assertTrue(
        violations.isEmpty(), violations.size() + " violations:\n" + String.join("\n", violations));
    assertTrue(operations >= 60, "operations fuzzed: " + operations);
  }

  private String tokenFor(Operation op) {
    if (op.permitAll()) {
      return null;
    }
    for (String role : PREFERENCE) {
      if (op.roles().contains(role)) {
        return switch (role) {
          case "event-source" -> tokens.client("tcc-event-source", "event-source-dev-secret");
          case "ioc" -> tokens.client("tcc-ioc", "ioc-dev-secret");
          default -> tokens.user(role);
        };
      }
    }
    throw new AssertionError(op + " allows no demo caller: " + op.roles());
  }

  /** One hostile call: what it tries, where, with what body. */
  record Case(
      String what, String pathAndQuery, String contentType, byte[] body, boolean mustRefuse) {}

  private List<Case> cases(ApiContract contract, Operation op, String path, String nowhere) {
    List<Case> cases = new ArrayList<>();
    String jsonType =
        op.bodies().keySet().stream().filter(t -> t.contains("json")).findFirst().orElse(null);
    String plainType = op.bodies().isEmpty() ? null : op.bodies().keySet().iterator().next();
    byte[] plainBody =
        jsonType != null ? bytes("{}") : plainType != null ? bytes("not really a file") : null;
    for (ApiContract.Param p : op.query()) {
      for (String value : QUERY_VALUES) {
        cases.add(
            new Case(
                "?" + p.name() + "=" + shorten(value),
                nowhere + "?" + p.name() + "=" + value,
                jsonType != null ? jsonType : plainType,
                plainBody,
                false));
      }
    }
    if (op.reads() && !op.pathParams().isEmpty()) {
      String last = DemoObjects.keys(op.path()).get(DemoObjects.keys(op.path()).size() - 1);
      String param = last.substring(last.lastIndexOf('{'));
      for (String value :
          List.of("%00", "x".repeat(5000), "-1", "99999999999999999999", "%C3%28")) {
        String filled = demo.fill(op.path().replace(param, "\u0001"), Flavour.OWN_AREA);
        cases.add(
            new Case(
                "path " + param + "=" + shorten(value),
                filled.replace("\u0001", value),
                null,
                null,
                false));
      }
    }
    if (jsonType != null) {
      JsonObject schema = contract.resolve(op.bodies().get(jsonType));
      List<String> properties =
          schema.containsKey("properties")
              ? new ArrayList<>(schema.getJsonObject("properties").keySet())
              : List.of();
      JsonObject props =
          schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
      Map<String, byte[]> bodies = new LinkedHashMap<>();
      Set<String> lenient = new java.util.HashSet<>();
      bodies.put("empty body", new byte[0]);
      if (!op.bodyRequired()) {
        // The document says the body may be left out (requestBody.required false): no body, or
        // JSON null, is a call without one, which the operation may accept.
        lenient.add("empty body");
        lenient.add("null");
      }
      bodies.put("malformed JSON", bytes("{\"a\":"));
      bodies.put("array nested 10,000 deep", bytes("[".repeat(10_000) + "]".repeat(10_000)));
      StringBuilder deep = new StringBuilder();
      deep.append("{\"a\":".repeat(10_000)).append("1").append("}".repeat(10_000));
      bodies.put("object nested 10,000 deep", bytes(deep.toString()));
      bodies.put("an array", bytes("[]"));
      bodies.put("a string", bytes("\"x\""));
      bodies.put("a number", bytes("123"));
      bodies.put("null", bytes("null"));
      String first = properties.isEmpty() ? "name" : properties.get(0);
      ByteArrayOutputStream invalid = new ByteArrayOutputStream();
      invalid.writeBytes(bytes("{\"" + first + "\":\""));
      invalid.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00});
      invalid.writeBytes(bytes("\"}"));
      bodies.put("invalid UTF-8 in " + first, invalid.toByteArray());
      for (String value : JSON_VALUES) {
        for (String property : properties) {
          String what = property + "=" + shorten(value);
          bodies.put(what, bytes("{\"" + property + "\":" + value + "}"));
          if (!wrongFor(contract.resolve(props.getJsonObject(property)), value)) {
            lenient.add(what);
          }
        }
        if (properties.size() > 1) {
          StringBuilder all = new StringBuilder("{");
          for (String property : properties) {
            all.append(all.length() > 1 ? "," : "")
                .append('"')
                .append(property)
                .append("\":")
                .append(value);
          }
          bodies.put("every property=" + shorten(value), bytes(all.append('}').toString()));
          if (!value.startsWith("\"a\\u0000") && !value.equals("\"" + LONG + "\"")) {
            lenient.add("every property=" + shorten(value));
          }
        }
      }
      bodies.forEach(
          (what, body) -> {
            boolean strict = !lenient.contains(what);
            cases.add(new Case(what, strict ? path : nowhere, jsonType, body, strict));
          });
    } else if (plainType != null) {
      byte[] zip = new byte[4096];
      zip[0] = 'P';
      zip[1] = 'K';
      zip[2] = 3;
      zip[3] = 4;
      Map<String, byte[]> bodies = new LinkedHashMap<>();
      bodies.put("empty file", new byte[0]);
      bodies.put("random bytes", "\u0000\u0001garbage\uFFFF".getBytes(StandardCharsets.UTF_8));
      bodies.put("a broken zip", zip);
      bodies.put("12 MB of zeros", new byte[12 * 1024 * 1024]);
      bodies.forEach((what, body) -> cases.add(new Case(what, path, plainType, body, true)));
    }
    return cases;
  }

  /**
   * Whether a value is wrong for a property whatever the rest of the body says: NUL bytes, 100,000
   * characters and broken surrogates always; dates of year 999999999, words and overflowing numbers
   * where a number or a date belongs; arrays and objects where neither belongs.
   */
  static boolean wrongFor(JsonObject property, String value) {
    String type = property.containsKey("type") ? property.get("type").toString() : "";
    String format = property.getString("format", "");
    boolean number = type.contains("integer") || type.contains("number");
    boolean date = format.contains("date") || format.contains("time");
    boolean structured =
        type.contains("array")
            || type.contains("object")
            || property.containsKey("$ref")
            || type.isEmpty();
    return switch (value.length() > 30 ? "LONG" : value) {
      case "LONG", "\"a\\u0000b\"", "\"\\ud800\"" -> true;
      case "\"999999999-01-01\"", "\"+999999999-12-31T23:59:59Z\"" -> date || number;
      case "\"abc\"" -> number || date;
      case "99999999999999999999999999", "1e999999", "-9.9e999999" -> number;
      case "[]" -> !type.contains("array") && !type.isEmpty();
      case "{}" -> !structured;
      default -> false;
    };
  }

  private void check(Operation op, Case c, Probe.Answer answer) {
    int status = answer.status();
    String cell = op + " with " + c.what() + " → ";
    if (status >= 500) {
      boolean byDesign =
          status == 503
              && VMS_DEPENDENT.contains(op.method() + " " + op.path())
              && answer.problemJson();
      if (!byDesign) {
        violations.add(cell + answer);
      }
      return;
    }
    if (status >= 400 && !answer.problemJson()) {
      violations.add(cell + "not problem+json: " + answer);
      return;
    }
    if (status < 400 && answer.body().contains("\"imported\":false")) {
      return; // the import's check report: the file was refused with its errors, nothing imported
    }
    if (status < 400) {
      if (c.mustRefuse()) {
        violations.add(cell + "hostile body accepted: " + answer);
      } else {
        acceptedQueries.add(op + " " + c.what());
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String shorten(String value) {
    return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
  }

  /** Per table a fingerprint of its rows (count and newest row version), to see what changed. */
  static final class Database {
    private final List<String> tables = new ArrayList<>();

    Database() throws Exception {
      try (Connection db = vn.tcc.testing.Database.asApplication();
          Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                      + " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN"
                      + " ('pg_catalog', 'information_schema', 'audit', 'public')"
                      + " ORDER BY 1")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }

    Map<String, String> fingerprint() throws Exception {
      Map<String, String> prints = new HashMap<>();
      StringBuilder sql = new StringBuilder();
      for (String table : tables) {
        if (sql.length() > 0) {
          sql.append(" UNION ALL ");
        }
        sql.append("SELECT '")
            .append(table)
            .append("', count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM ")
            .append(table);
      }
      try (Connection db = vn.tcc.testing.Database.asApplication();
          Statement st = db.createStatement();
          ResultSet rs = st.executeQuery(sql.toString())) {
        while (rs.next()) {
          prints.put(rs.getString(1), rs.getString(2));
        }
      }
      return prints;
    }

    /**
     * Tables the server writes by itself (polling, deadlines, the event handover, incidents): seen
     * changing over 25 s of no requests, plus those known to be written on a timer.
     */
    Set<String> busyTables() throws Exception {
      Map<String, String> before = fingerprint();
      Thread.sleep(25_000);
      Map<String, String> after = fingerprint();
      Set<String> busy = new java.util.TreeSet<>();
      for (String table : after.keySet()) {
        if (!after.get(table).equals(before.get(table))) {
          busy.add(table);
        }
      }
      busy.addAll(
          List.of(
              "camera.camera",
              "camera.health_transition",
              "vms.connection",
              "vms.offline_alert",
              "vms.event_outbox",
              "vms.evidence_capture",
              "command.incident",
              "command.incident_action",
              "violation.deadline_breach",
              "violation.violation_case",
              "violation.case_transition",
              "sharing.reminder",
              "reporting.reminder"));
      busy.retainAll(after.keySet());
      return busy;
    }
  }
}
