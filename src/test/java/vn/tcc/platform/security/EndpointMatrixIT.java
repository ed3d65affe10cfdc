package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
 * Issue 21's access matrix: every operation the running server publishes in its OpenAPI document,
 * called as every kind of caller — anonymous, each realm role's demo user, the two machine clients
 * and an officer of another ward. Who may call what comes from the code ({@code @RolesAllowed} on
 * the resource method or class, read by {@link ApiContract}); the document and the code must list
 * the same operations, and every path parameter needs a row in {@link DemoObjects}, so a new
 * endpoint is in the matrix the day it is written. Expected: 401 anonymous, 403 for a role not
 * allowed, never 5xx, problem+json for every refusal; an object of another ward is 403/404 (a
 * change 4xx), never its data.
 */
@ExtendWith(ArquillianExtension.class)
class EndpointMatrixIT {
  /** Operations whose answer depends on the VMS being up: a 503 problem there is by design. */
  private static final Set<String> VMS_DEPENDENT =
      Set.of(
          "GET cameras/{code}/live",
          "POST events/{id}/evidence/capture",
          "GET vms/connections/{code}/cameras");

  /** One kind of caller: its roles and whether it is the officer of another ward. */
  record Who(
      String name, Set<String> roles, boolean otherArea, Function<Probe.Tokens, String> token) {}

  private static final List<Who> CALLERS =
      List.of(
          new Who("anonymous", Set.of(), false, t -> null),
          user("officer"),
          user("supervisor"),
          user("admin"),
          user("auditor"),
          user("coordinator"),
          user("provider"),
          user("operator"),
          new Who("officer2", Set.of("officer"), true, t -> t.user("officer2")),
          new Who(
              "event-source",
              Set.of("event-source"),
              false,
              t -> t.client("tcc-event-source", "event-source-dev-secret")),
          new Who("ioc", Set.of("ioc"), false, t -> t.client("tcc-ioc", "ioc-dev-secret")));

  private static Who user(String name) {
    return new Who(name, Set.of(name), false, t -> t.user(name));
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private final Probe.Tokens tokens = new Probe.Tokens();
  private final DemoObjects demo = new DemoObjects();
  private final List<String> violations = new ArrayList<>();
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
  private int refusalsThisMinute;
  private int leaks;
  private Probe.Answer ownCamera;

  @Test
  void every_operation_answers_every_caller_as_its_roles_and_ward_allow() throws Exception {
    ApiContract contract = ApiContract.load();
    List<Operation> operations = contract.operations();
    List<String> unknown = DemoObjects.unknown(operations.stream().map(Operation::path).toList());
    assertTrue(unknown.isEmpty(), "Path parameters without a row in DemoObjects: " + unknown);

    int cells = 0;
    int skipped = 0;
    int crossArea = 0;
    for (Operation op : operations) {
      for (Who who : CALLERS) {
        boolean allowed =
            who.token() != null && !who.name().equals("anonymous") && op.allows(who.roles());
        if (!op.reads()
            && allowed
            && op.pathParams().isEmpty()
            && op.bodies().isEmpty()
            && !op.permitAll()) {
          // A change that takes no input (take the next case, plan a purge, run the expiry): doing
          // it here would change what other suites see. Its refusals are still checked.
          skipped++;
          continue;
        }
        boolean probe = who.otherArea() && allowed && DemoObjects.areaBound(op.path());
        Flavour flavour = op.reads() || probe || !allowed ? Flavour.OWN_AREA : Flavour.MISSING;
        String path = demo.fill(op.path(), flavour);
        Probe.Answer answer = call(op, path, who);
        cells++;
        check(op, who, allowed, probe, path, answer);
        if (op.reads() && op.path().equals("cameras/{code}") && who.name().equals("officer")) {
          ownCamera = answer;
        }
        if (probe) {
          crossArea++;
        }
      }
      // The other direction: the Quy Nhơn officer on Pleiku's objects.
      Who officer = CALLERS.get(1);
      if (DemoObjects.areaBound(op.path()) && op.allows(officer.roles())) {
        String path = demo.fill(op.path(), Flavour.OTHER_AREA);
        if (path != null) {
          Probe.Answer answer = call(op, path, officer);
          cells++;
          crossArea++;
          check(op, officer, true, true, path, answer);
        }
      }
    }
    waitForNextMinuteIfRefusing(1);

    System.out.printf(
        "Endpoint matrix: %d operations × %d callers, %d calls (%d of them on another ward's"
            + " objects), %d skipped (changes without input), outcomes %s, leaks %d, violations"
            + " %d%n",
        operations.size(),
        CALLERS.size(),
        cells,
        crossArea,
        skipped,
        outcomes,
        leaks,
        violations.size());
    violations.forEach(v -> System.out.println("  VIOLATION " + v));
    assertTrue(leaks == 0, "leaks: " + leaks);
    assertTrue(
        violations.isEmpty(), violations.size() + " violations:\n" + String.join("\n", violations));
    assertTrue(operations.size() >= 100, "operations discovered: " + operations.size());
    assertTrue(crossArea > 0, "no object of another ward was tried");
    // The control: the same object the other ward's officer was refused is there for its own.
    assertTrue(ownCamera != null && ownCamera.status() == 200, "own camera: " + ownCamera);
  }

  private Probe.Answer call(Operation op, String path, Who who) throws InterruptedException {
    byte[] body = null;
    String contentType = null;
    if (!op.bodies().isEmpty()) {
      contentType = op.bodies().keySet().iterator().next();
      body =
          (contentType.contains("json") ? "{}" : "not really a file")
              .getBytes(StandardCharsets.UTF_8);
    }
    if (op.query().stream().anyMatch(p -> p.name().equals("purpose"))) {
      // Reads of personal data state their purpose first; without it the answer is 400 before the
      // object is looked at, and the ward check would go untried.
      path +=
          "?purpose="
              + java.net.URLEncoder.encode("Kiểm tra quyền truy cập", StandardCharsets.UTF_8);
    }
    Probe.Answer answer =
        Probe.send(op.method(), path, who.token().apply(tokens), contentType, body);
    if (answer.status() == 401 || answer.status() == 403 || answer.status() == 429) {
      Instant current = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      if (current.isAfter(minute)) {
        minute = current;
        refusalsThisMinute = 0;
      }
      refusalsThisMinute++;
    }
    return answer;
  }

  /**
   * The server audits the first 600 refusals per address and minute one by one (RefusalLimiter) and
   * summarises the rest; 429 comes only past 6,000, which the matrix never reaches in a minute. The
   * matrix does not read its own entries, so it runs through the limit and waits once, at the end,
   * for a fresh minute: the suites after it then find their own refusals audited one by one.
   */
  private void waitForNextMinuteIfRefusing(int limit) throws InterruptedException {
    Instant now = Instant.now();
    Instant current = now.truncatedTo(ChronoUnit.MINUTES);
    if (current.isAfter(minute)) {
      minute = current;
      refusalsThisMinute = 0;
    }
    if (refusalsThisMinute >= limit) {
      Thread.sleep(current.plusSeconds(61).toEpochMilli() - now.toEpochMilli());
      minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      refusalsThisMinute = 0;
    }
  }

  private void check(
      Operation op, Who who, boolean allowed, boolean otherArea, String path, Probe.Answer answer) {
    int status = answer.status();
    String cell = op + " as " + who.name() + (otherArea ? " (another ward's object)" : "") + " → ";
    outcomes.merge(status / 100 + "xx", 1, Integer::sum);
    String key = op.method() + " " + op.path();
    if (status >= 500) {
      boolean byDesign = status == 503 && VMS_DEPENDENT.contains(key) && answer.problemJson();
      if (!byDesign) {
        violations.add(cell + "5xx at " + path + ": " + answer);
        return;
      }
    }
    if (status == 429) {
      violations.add(cell + "429 (the refusal limiter was reached): " + answer);
      return;
    }
    if (status >= 400 && !answer.problemJson()) {
      violations.add(cell + "a refusal that is not problem+json at " + path + ": " + answer);
    }
    boolean mustRefuse = who.name().equals("anonymous") ? !op.permitAll() : !allowed || otherArea;
    if (mustRefuse && status < 400) {
      leaks++; // a caller who may not see or change the object was answered as if he could
    }
    if (who.name().equals("anonymous")) {
      if (!op.permitAll() && status != 401) {
        violations.add(cell + "expected 401 at " + path + ": " + answer);
      }
      return;
    }
    if (!allowed) {
      if (status != 403) {
        violations.add(cell + "expected 403 (role not allowed) at " + path + ": " + answer);
      }
      return;
    }
    if (status == 401 && !op.permitAll()) {
      // (An operation open to all, the payment gateway's callback, checks its own signature: 401.)
      violations.add(cell + "a valid token refused as 401 at " + path + ": " + answer);
    }
    if (otherArea) {
      boolean refused = op.reads() ? status == 403 || status == 404 : status >= 400 && status < 500;
      if (!refused) {
        violations.add(cell + "another ward's object answered at " + path + ": " + answer);
      }
    }
  }
}
