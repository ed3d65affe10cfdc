import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the authentication center of Vietnam's National Population Database, as TCC's
 * tests and development runs need it: signed agency accounts, field rights per account, a daily
 * allowance per officer, idempotent lookups by request id, a unique access id per access, and
 * outages on demand. JDK only, one file:
 *
 * <pre>
 *   java simulators/identity-center/IdentityCenterSimulator.java --port 8091
 * </pre>
 *
 * The HTTP contract is in README.md beside this file. Data is made up but deterministic: any plate
 * of a valid format has a registered vehicle and owner derived from a hash of the plate, except
 * plates whose five last digits are 00000 (e.g. 81A-000.00), which the center does not know.
 */
public class IdentityCenterSimulator {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String LOOKUP_PATH = "/v1/vehicle-owner-lookups";
  static final Duration CLOCK_WINDOW = Duration.ofMinutes(5);
  static final int MAX_BODY = 64 * 1024;
  static final String PROBLEM_PREFIX = "urn:identity-center:problem:";

  /** Every field the database can answer, in the center's wire names. */
  static final List<String> ALL_FIELDS =
      List.of(
          "fullName",
          "dateOfBirth",
          "personalIdNumber",
          "permanentAddress",
          "currentAddress",
          "phone");

  /** What a traffic police account receives by default: everything but the phone number. */
  static final List<String> TRAFFIC_POLICE_FIELDS = ALL_FIELDS.subList(0, 5);

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("identity-center: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    Center center = new Center(options);
    HttpServer server = HttpServer.create(new InetSocketAddress(options.host, options.port), 64);
    server.createContext("/", center::handle);
    // SLOW mode holds a thread per waiting request; the rest stays responsive.
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    System.out.printf(
        "Identity center simulator on http://%s:%d (agencies %s, daily limit %d per officer)%n",
        options.host, options.port, options.agencies.keySet(), options.dailyLimit);
  }

  // ------------------------------------------------------------------ options

  record Agency(String id, String secret, Set<String> permittedFields) {}

  static final class Options {
    static final String USAGE =
        "usage: java IdentityCenterSimulator.java [--port 8091] [--host 127.0.0.1]"
            + " [--daily-limit 200] [--agency ID:SECRET[:field,field...]]...";

    String host = "127.0.0.1";
    int port = 8091;
    int dailyLimit = 200;
    final Map<String, Agency> agencies = new LinkedHashMap<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--help") || name.equals("-h")) {
          System.out.println(USAGE);
          System.exit(0);
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--port" -> o.port = Integer.parseInt(value);
          case "--host" -> o.host = value;
          case "--daily-limit" -> o.dailyLimit = Integer.parseInt(value);
          case "--agency" -> o.addAgency(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (o.agencies.isEmpty()) {
        o.addAgency("CA-GIALAI-CSGT:identity-center-dev-secret");
      }
      return o;
    }

    private void addAgency(String spec) {
      String[] parts = spec.split(":", 3);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("--agency wants ID:SECRET[:field,field...]");
      }
      Set<String> fields = new LinkedHashSet<>(TRAFFIC_POLICE_FIELDS);
      if (parts.length == 3) {
        fields.clear();
        for (String f : parts[2].split(",")) {
          if (!ALL_FIELDS.contains(f.strip())) {
            throw new IllegalArgumentException("unknown field " + f + "; fields are " + ALL_FIELDS);
          }
          fields.add(f.strip());
        }
      }
      agencies.put(parts[0], new Agency(parts[0], parts[1], fields));
    }
  }

  // ------------------------------------------------------------------ the center

  /** An answer ready to send. */
  record Reply(int status, Map<String, Object> body, Map<String, String> headers) {
    static Reply json(int status, Map<String, Object> body) {
      return new Reply(status, body, Map.of());
    }
  }

  /** A refusal as application/problem+json, thrown from wherever the request is judged. */
  static final class Problem extends RuntimeException {
    private final int status;
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    Problem(int status, String code, String title, String detail) {
      this(status, code, title, detail, Map.of());
    }

    Problem(int status, String code, String title, String detail, Map<String, Object> extra) {
      super(code, null, false, false);
      this.status = status;
      body.put("type", PROBLEM_PREFIX + code);
      body.put("title", title);
      body.put("status", status);
      body.put("detail", detail);
      body.putAll(extra);
    }

    Problem header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Reply reply() {
      return new Reply(status, body, headers);
    }
  }

  /** One access to the database, as the center logs it (GET /_sim/accesses). */
  static final class Access {
    String accessId;
    String requestId;
    String agency;
    String officer;
    String caseReference;
    String purpose;
    String plate;
    List<String> fieldsAsked;
    List<String> fieldsAnswered;
    int status;
    Instant at;
    int replays;

    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("accessId", accessId);
      m.put("requestId", requestId);
      m.put("agency", agency);
      m.put("officer", officer);
      m.put("caseReference", caseReference);
      m.put("purpose", purpose);
      m.put("plate", plate);
      m.put("fieldsAsked", fieldsAsked);
      m.put("fieldsAnswered", fieldsAnswered);
      m.put("status", status);
      m.put("at", at.toString());
      m.put("replays", replays);
      return m;
    }
  }

  /** A finished lookup kept for its request id: the same request again gets the same answer. */
  record Outcome(String bodyHash, Reply reply, Access access) {}

  record Nonce(String requestId, Instant seen) {}

  static final class Center {
    private final Options options;
    private final Registry registry = new Registry();
    private final Object lock = new Object();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final LinkedHashMap<String, Nonce> nonces = new LinkedHashMap<>();
    private final Map<String, Integer> dailyCounts = new HashMap<>();
    private final Map<String, Integer> officerLimits = new HashMap<>();
    private final List<Access> accesses = new ArrayList<>();
    private int dailyLimit;
    private long accessSequence = ThreadLocalRandom.current().nextLong(100_000, 800_000);

    // Outage state, changed through POST /_sim/outage.
    private String mode = "UP";
    private Instant modeUntil;
    private long slowDelayMillis = 15_000;

    Center(Options options) {
      this.options = options;
      this.dailyLimit = options.dailyLimit;
    }

    void handle(HttpExchange exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Reply reply;
      try {
        reply = route(exchange, method, path);
      } catch (IOException e) {
        exchange.close();
        return;
      } catch (Problem p) {
        reply = p.reply();
      } catch (RuntimeException e) {
        e.printStackTrace();
        reply =
            new Problem(500, "internal-error", "Internal error", "The center failed unexpectedly.")
                .reply();
      }
      System.out.printf(
          "%s %s %s -> %d%n",
          Instant.now().truncatedTo(ChronoUnit.MILLIS), method, path, reply.status());
      send(exchange, reply);
    }

    private Reply route(HttpExchange exchange, String method, String path) throws IOException {
      switch (path) {
        case LOOKUP_PATH -> {
          requireMethod(method, "POST");
          return lookup(exchange);
        }
        case "/_sim/health" -> {
          requireMethod(method, "GET");
          return Reply.json(200, Map.of("status", "UP", "mode", currentMode()));
        }
        case "/_sim/outage" -> {
          requireMethod(method, "POST");
          return outage(Json.object(readBody(exchange)));
        }
        case "/_sim/limits" -> {
          if (method.equals("GET")) {
            return limits();
          }
          requireMethod(method, "POST");
          return setLimit(Json.object(readBody(exchange)));
        }
        case "/_sim/accesses" -> {
          requireMethod(method, "GET");
          return accesses(query(exchange));
        }
        case "/_sim/reset" -> {
          requireMethod(method, "POST");
          return reset();
        }
        default -> throw new Problem(404, "no-such-endpoint", "Not found", "No endpoint " + path);
      }
    }

    private static void requireMethod(String method, String allowed) {
      if (!method.equals(allowed)) {
        throw new Problem(405, "method-not-allowed", "Method not allowed", "Use " + allowed + ".")
            .header("Allow", allowed);
      }
    }

    // -------------------------------------------------------------- the lookup

    private Reply lookup(HttpExchange exchange) throws IOException {
      holdForOutage();
      byte[] body = readBody(exchange);
      Agency agency = authenticate(exchange, body);
      String requestId = requestId(exchange);
      Map<String, Object> asked = lookupBody(body);
      String plate = (String) asked.get("plate");
      @SuppressWarnings("unchecked")
      List<String> fields = (List<String>) asked.get("fields");
      String officer = (String) asked.get("officer");

      synchronized (lock) {
        checkNonce(exchange.getRequestHeaders().getFirst("X-Nonce"), requestId);
        String key = agency.id() + "|" + requestId;
        String bodyHash = sha256Hex(body);
        Outcome earlier = outcomes.get(key);
        if (earlier != null) {
          if (!earlier.bodyHash().equals(bodyHash)) {
            throw new Problem(
                409,
                "request-id-reused",
                "Request id reused",
                "This X-Request-Id was used for a different lookup; use a new id for a new one.");
          }
          earlier.access().replays++;
          return replayed(earlier.reply());
        }
        for (String field : fields) {
          if (!agency.permittedFields().contains(field)) {
            throw new Problem(
                403,
                "field-not-permitted",
                "Field not permitted",
                "The account of agency "
                    + agency.id()
                    + " may not receive field "
                    + field
                    + "; nothing was answered.",
                Map.of("field", field));
          }
        }
        countAgainstDailyLimit(agency, officer);

        Access access = new Access();
        access.accessId = nextAccessId();
        access.requestId = requestId;
        access.agency = agency.id();
        access.officer = officer;
        access.caseReference = (String) asked.get("caseReference");
        access.purpose = (String) asked.get("purpose");
        access.plate = plate;
        access.fieldsAsked = List.copyOf(fields);
        access.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Reply reply;
        Registry.Record record = registry.find(plate);
        if (record == null) {
          access.fieldsAnswered = List.of();
          reply =
              new Problem(
                      404,
                      "vehicle-not-found",
                      "Vehicle not found",
                      "No registered vehicle or owner for this plate.",
                      Map.of("accessId", access.accessId, "requestId", requestId))
                  .reply();
        } else {
          Map<String, Object> owner = new LinkedHashMap<>();
          for (String field : ALL_FIELDS) {
            if (fields.contains(field)) {
              owner.put(field, record.owner().get(field));
            }
          }
          access.fieldsAnswered = List.copyOf(owner.keySet());
          Map<String, Object> answer = new LinkedHashMap<>();
          answer.put("accessId", access.accessId);
          answer.put("requestId", requestId);
          answer.put("answeredAt", access.at.toString());
          answer.put("replayed", false);
          answer.put("vehicle", record.vehicle());
          answer.put("owner", owner);
          reply = Reply.json(200, answer);
        }
        access.status = reply.status();
        accesses.add(access);
        outcomes.put(key, new Outcome(bodyHash, reply, access));
        return reply;
      }
    }

    /** DOWN answers 503 at once; SLOW answers, but only after the configured delay. */
    private void holdForOutage() {
      long delay;
      synchronized (lock) {
        String current = currentMode();
        if (current.equals("DOWN")) {
          long retry =
              modeUntil == null
                  ? 30
                  : Math.max(1, Duration.between(Instant.now(), modeUntil).toSeconds());
          throw new Problem(
                  503,
                  "service-unavailable",
                  "Service unavailable",
                  "The authentication center is in maintenance; try again later.")
              .header("Retry-After", Long.toString(retry));
        }
        delay = current.equals("SLOW") ? slowDelayMillis : 0;
      }
      if (delay > 0) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private Agency authenticate(HttpExchange exchange, byte[] body) {
      var headers = exchange.getRequestHeaders();
      String agencyId = headers.getFirst("X-Agency-Id");
      String timestamp = headers.getFirst("X-Timestamp");
      String nonce = headers.getFirst("X-Nonce");
      String signature = headers.getFirst("X-Signature");
      if (blank(agencyId) || blank(timestamp) || blank(nonce) || blank(signature)) {
        throw unauthorized(
            "signature-missing",
            "Signed requests need X-Agency-Id, X-Timestamp, X-Nonce and X-Signature.");
      }
      Agency agency = options.agencies.get(agencyId);
      if (agency == null) {
        throw unauthorized("unknown-agency", "No account for agency " + agencyId + ".");
      }
      Instant at;
      try {
        at = Instant.parse(timestamp);
      } catch (DateTimeParseException e) {
        throw unauthorized("timestamp-out-of-window", "X-Timestamp is not an ISO-8601 instant.");
      }
      if (Duration.between(at, Instant.now()).abs().compareTo(CLOCK_WINDOW) > 0) {
        throw unauthorized(
            "timestamp-out-of-window",
            "X-Timestamp is more than 5 minutes away from the center's clock.");
      }
      String canonical =
          "POST\n"
              + exchange.getRequestURI().getRawPath()
              + "\n"
              + timestamp
              + "\n"
              + nonce
              + "\n"
              + sha256Hex(body);
      byte[] expected = hmac(agency.secret(), canonical);
      byte[] given;
      try {
        given = Base64.getDecoder().decode(signature.strip());
      } catch (IllegalArgumentException e) {
        given = new byte[0];
      }
      if (!MessageDigest.isEqual(expected, given)) {
        throw unauthorized("bad-signature", "The signature does not match the request.");
      }
      return agency;
    }

    private static Problem unauthorized(String code, String detail) {
      return new Problem(401, code, "Unauthorized", detail)
          .header("WWW-Authenticate", "HMAC-SHA256 realm=\"identity-center\"");
    }

    private static String requestId(HttpExchange exchange) {
      String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
      if (blank(id)) {
        throw new Problem(
            400, "request-id-required", "Bad request", "X-Request-Id (a UUID) is required.");
      }
      try {
        return UUID.fromString(id.strip()).toString();
      } catch (IllegalArgumentException e) {
        throw new Problem(400, "request-id-invalid", "Bad request", "X-Request-Id is not a UUID.");
      }
    }

    /** A nonce may come again only with the same request id: a resend, not a replay. */
    private void checkNonce(String nonce, String requestId) {
      Instant now = Instant.now();
      Instant oldest = now.minus(CLOCK_WINDOW.multipliedBy(2));
      for (Iterator<Nonce> it = nonces.values().iterator(); it.hasNext(); ) {
        if (it.next().seen().isBefore(oldest)) {
          it.remove();
        } else {
          break;
        }
      }
      Nonce seen = nonces.get(nonce);
      if (seen != null && !seen.requestId().equals(requestId)) {
        throw new Problem(
            409, "nonce-replayed", "Nonce replayed", "This X-Nonce was already used.");
      }
      if (seen == null) {
        nonces.put(nonce, new Nonce(requestId, now));
      }
    }

    private static Map<String, Object> lookupBody(byte[] body) {
      Map<String, Object> asked;
      try {
        asked = Json.object(body);
      } catch (IllegalArgumentException e) {
        throw new Problem(400, "malformed-body", "Bad request", "The body is not a JSON object.");
      }
      requireText(asked, "plate", "plate-required");
      requireText(asked, "caseReference", "case-reference-required");
      requireText(asked, "purpose", "purpose-required");
      requireText(asked, "officer", "officer-required");
      if (!(asked.get("fields") instanceof List<?> list) || list.isEmpty()) {
        throw new Problem(
            400, "fields-required", "Bad request", "Name the fields wanted in \"fields\".");
      }
      List<String> fields = new ArrayList<>();
      for (Object f : list) {
        if (!(f instanceof String name) || !ALL_FIELDS.contains(name)) {
          throw new Problem(
              400,
              "unknown-field",
              "Bad request",
              "Unknown field; fields are " + ALL_FIELDS + ".",
              Map.of("field", String.valueOf(f)));
        }
        if (!fields.contains(name)) {
          fields.add(name);
        }
      }
      asked.put("fields", fields);
      return asked;
    }

    private static void requireText(Map<String, Object> body, String name, String code) {
      if (!(body.get(name) instanceof String s) || s.isBlank()) {
        throw new Problem(400, code, "Bad request", "\"" + name + "\" is required.");
      }
      body.put(name, ((String) body.get(name)).strip());
    }

    private void countAgainstDailyLimit(Agency agency, String officer) {
      ZonedDateTime now = ZonedDateTime.now(VIETNAM);
      String key = agency.id() + "|" + officer + "|" + now.toLocalDate();
      int limit = officerLimits.getOrDefault(officer, dailyLimit);
      int used = dailyCounts.getOrDefault(key, 0);
      if (used >= limit) {
        long untilMidnight =
            Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(VIETNAM)).toSeconds();
        throw new Problem(
                429,
                "daily-limit-reached",
                "Daily limit reached",
                "Officer "
                    + officer
                    + " has used the "
                    + limit
                    + " lookups allowed today (Asia/Ho_Chi_Minh).",
                Map.of("limit", limit))
            .header("Retry-After", Long.toString(Math.max(1, untilMidnight)));
      }
      dailyCounts.put(key, used + 1);
    }

    private String nextAccessId() {
      String day = LocalDate.now(VIETNAM).format(DateTimeFormatter.BASIC_ISO_DATE);
      return String.format("TT-%s-%06d", day, ++accessSequence % 1_000_000);
    }

    private static Reply replayed(Reply original) {
      if (original.status() != 200) {
        return original;
      }
      Map<String, Object> body = new LinkedHashMap<>(original.body());
      body.put("replayed", true);
      return new Reply(200, body, original.headers());
    }

    // -------------------------------------------------------------- admin endpoints (/_sim)

    private String currentMode() {
      if (!mode.equals("UP") && modeUntil != null && Instant.now().isAfter(modeUntil)) {
        mode = "UP";
        modeUntil = null;
      }
      return mode;
    }

    private Reply outage(Map<String, Object> body) {
      String wanted = String.valueOf(body.get("mode")).toUpperCase(Locale.ROOT);
      if (!List.of("UP", "DOWN", "SLOW").contains(wanted)) {
        throw new Problem(400, "bad-mode", "Bad request", "mode is UP, DOWN or SLOW.");
      }
      long seconds = number(body, "seconds", 0);
      synchronized (lock) {
        mode = wanted;
        modeUntil = seconds > 0 && !wanted.equals("UP") ? Instant.now().plusSeconds(seconds) : null;
        if (wanted.equals("SLOW")) {
          slowDelayMillis = number(body, "delayMillis", 15_000);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("mode", mode);
        state.put("until", modeUntil == null ? null : modeUntil.toString());
        state.put("delayMillis", mode.equals("SLOW") ? slowDelayMillis : 0);
        return Reply.json(200, state);
      }
    }

    private Reply limits() {
      synchronized (lock) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("dailyLimit", dailyLimit);
        state.put("officers", new LinkedHashMap<String, Object>(officerLimits));
        return Reply.json(200, state);
      }
    }

    private Reply setLimit(Map<String, Object> body) {
      long limit = number(body, "dailyLimit", -1);
      if (limit < 0) {
        throw new Problem(400, "bad-limit", "Bad request", "dailyLimit must be 0 or more.");
      }
      synchronized (lock) {
        if (body.get("officer") instanceof String officer && !officer.isBlank()) {
          officerLimits.put(officer.strip(), (int) limit);
        } else {
          dailyLimit = (int) limit;
        }
      }
      return limits();
    }

    private Reply accesses(Map<String, String> query) {
      synchronized (lock) {
        List<Object> list = new ArrayList<>();
        for (Access a : accesses) {
          if (matches(query.get("officer"), a.officer)
              && matches(query.get("requestId"), a.requestId)
              && matches(query.get("caseReference"), a.caseReference)) {
            list.add(a.toJson());
          }
        }
        return Reply.json(200, Map.of("accesses", list));
      }
    }

    private static boolean matches(String wanted, String actual) {
      return wanted == null || wanted.equals(actual);
    }

    private Reply reset() {
      synchronized (lock) {
        outcomes.clear();
        nonces.clear();
        dailyCounts.clear();
        officerLimits.clear();
        accesses.clear();
        dailyLimit = options.dailyLimit;
        mode = "UP";
        modeUntil = null;
        return Reply.json(200, Map.of("status", "reset"));
      }
    }

    private static long number(Map<String, Object> body, String name, long fallback) {
      Object value = body.get(name);
      if (value == null) {
        return fallback;
      }
      if (value instanceof Number n) {
        return n.longValue();
      }
      throw new Problem(400, "bad-number", "Bad request", name + " must be a number.");
    }

    // -------------------------------------------------------------- HTTP plumbing

    private static byte[] readBody(HttpExchange exchange) throws IOException {
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
          throw new Problem(413, "body-too-large", "Body too large", "At most 64 KiB.");
        }
        return body;
      }
    }

    private static Map<String, String> query(HttpExchange exchange) {
      Map<String, String> query = new HashMap<>();
      String raw = exchange.getRequestURI().getRawQuery();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            query.put(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          }
        }
      }
      return query;
    }

    private static void send(HttpExchange exchange, Reply reply) {
      try {
        byte[] bytes = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set(
            "Content-Type",
            (reply.status() >= 400 ? "application/problem+json" : "application/json")
                + "; charset=utf-8");
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null && requestId.length() <= 64) {
          headers.set("X-Request-Id", requestId);
        }
        reply.headers().forEach(headers::set);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      } catch (IOException e) {
        // The client gave up (a timeout in SLOW mode): the access still counts, as at the center.
      } finally {
        exchange.close();
      }
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ the made-up registry

  /**
   * Vehicles and owners derived from the SHA-256 of the normalised plate, so the same plate always
   * has the same owner, on every machine, without a data file.
   */
  static final class Registry {
    record Record(Map<String, Object> vehicle, Map<String, Object> owner) {}

    /** Normalised plates: province (2 digits), series, 4 or 5 digits. */
    private static final Pattern CAR = Pattern.compile("(\\d{2})([A-Z]{1,2})(\\d{4,5})");

    private static final Pattern MOTORBIKE = Pattern.compile("(\\d{2})([A-Z]\\d)(\\d{4,5})");

    private static final String[] SURNAMES = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
      "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương"
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Thành"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim"};
    private static final String[] MALE_GIVEN = {
      "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn",
      "Tuấn", "Việt", "Thắng", "Trung", "Hiếu", "Lộc"
    };
    private static final String[] FEMALE_GIVEN = {
      "Anh", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo",
      "Trang", "Yến", "Vy", "Diệu"
    };

    /** Wards of Gia Lai around the former provincial towns, with streets of their own. */
    private static final String[][] QUY_NHON = {
      {"phường Quy Nhơn", "Trần Hưng Đạo", "Nguyễn Huệ", "Lê Lợi", "Xuân Diệu"},
      {"phường Quy Nhơn Nam", "An Dương Vương", "Nguyễn Thái Học", "Tây Sơn"},
      {"phường Quy Nhơn Bắc", "Nguyễn Tất Thành", "Hùng Vương", "Đống Đa"},
      {"phường Quy Nhơn Đông", "Ngô Mây", "Lê Hồng Phong", "Phan Bội Châu"},
    };

    private static final String[][] PLEIKU = {
      {"phường Pleiku", "Hùng Vương", "Trần Phú", "Lê Lợi", "Quang Trung"},
      {"phường Hội Phú", "Phạm Văn Đồng", "Trường Chinh", "Lê Duẩn"},
      {"phường Diên Hồng", "Hai Bà Trưng", "Nguyễn Văn Trỗi", "Lý Thường Kiệt"},
      {"phường An Khê", "Quang Trung", "Đỗ Trạc", "Ngô Mây"},
    };
    private static final String[] COMMUNES = {"xã Ia Grai", "xã Chư Sê", "xã Tuy Phước"};

    private static final String[] CAR_BRANDS = {
      "Toyota Vios",
      "Hyundai Accent",
      "Kia Morning",
      "Mazda CX-5",
      "Ford Ranger",
      "VinFast VF 5",
      "Honda City",
      "Mitsubishi Xpander",
      "Toyota Innova",
      "Kia Seltos"
    };
    private static final String[] TRUCK_BRANDS = {
      "Hyundai Porter H150", "Isuzu QKR", "Thaco Ollin 350", "Hino XZU"
    };
    private static final String[] MOTORBIKE_BRANDS = {
      "Honda Wave Alpha",
      "Honda Vision",
      "Yamaha Exciter",
      "Honda Air Blade",
      "Yamaha Sirius",
      "Honda SH Mode",
      "Honda Lead",
      "VinFast Evo200"
    };
    private static final String[] COLOURS = {"Trắng", "Đen", "Bạc", "Đỏ", "Xanh", "Xám", "Vàng"};

    /** Birth-place codes that open a personal ID number (Gia Lai, Bình Định, Đắk Lắk, Kon Tum). */
    private static final String[] BIRTH_PROVINCES = {"064", "052", "066", "062"};

    private static final String[] MOBILE_PREFIXES = {
      "090", "091", "093", "094", "096", "097", "098", "032", "035", "038", "070", "077", "083",
      "086", "088"
    };

    static String normalise(String printed) {
      StringBuilder plate = new StringBuilder();
      for (char c : printed.toUpperCase(Locale.ROOT).toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          plate.append(c);
        }
      }
      return plate.toString();
    }

    /** The record for a plate, or null when the center knows none. */
    Record find(String printed) {
      String plate = normalise(printed);
      Matcher car = CAR.matcher(plate);
      Matcher bike = MOTORBIKE.matcher(plate);
      boolean isCar = car.matches();
      boolean isBike = bike.matches();
      // 81A12345 reads as car 81A-123.45 or motorbike 81-A1 2345: five digits (today's plates) win.
      if (isCar && isBike) {
        isBike = bike.group(3).length() > car.group(3).length();
        isCar = !isBike;
      }
      if (!isCar && !isBike) {
        return null;
      }
      Matcher m = isCar ? car : bike;
      String province = m.group(1);
      String series = m.group(2);
      String digits = m.group(3);
      if (digits.endsWith("00000")) {
        return null;
      }
      Random random = new Random(seed(plate));

      String printedPlate =
          isCar
              ? province + series + "-" + grouped(digits)
              : province + "-" + series + " " + grouped(digits);
      String vehicleClass = isBike ? "MOTORBIKE" : series.startsWith("C") ? "TRUCK" : "CAR";
      String[] brands =
          isBike ? MOTORBIKE_BRANDS : vehicleClass.equals("TRUCK") ? TRUCK_BRANDS : CAR_BRANDS;
      Map<String, Object> vehicle = new LinkedHashMap<>();
      vehicle.put("plate", printedPlate);
      vehicle.put("vehicleClass", vehicleClass);
      vehicle.put("brand", pick(random, brands));
      vehicle.put("colour", pick(random, COLOURS));

      boolean female = random.nextInt(100) < 40;
      LocalDate born = LocalDate.of(1962, 1, 1).plusDays(random.nextInt((int) (365.25 * 43)));
      String name =
          pick(random, SURNAMES)
              + " "
              + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE)
              + " "
              + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
      int centuryAndGender = (born.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
      String personalId =
          pick(random, BIRTH_PROVINCES)
              + centuryAndGender
              + String.format("%02d", born.getYear() % 100)
              + String.format("%06d", random.nextInt(1_000_000));
      String[][] wards = province.equals("77") ? QUY_NHON : province.equals("81") ? PLEIKU : null;
      String permanent = address(random, wards);
      String current = random.nextInt(100) < 75 ? permanent : address(random, wards);
      String phone =
          pick(random, MOBILE_PREFIXES) + String.format("%07d", random.nextInt(10_000_000));

      Map<String, Object> owner = new LinkedHashMap<>();
      owner.put("fullName", name);
      owner.put("dateOfBirth", born.toString());
      owner.put("personalIdNumber", personalId);
      owner.put("permanentAddress", permanent);
      owner.put("currentAddress", current);
      owner.put("phone", phone);
      return new Record(vehicle, owner);
    }

    private static String address(Random random, String[][] wards) {
      if (wards == null) {
        wards = random.nextBoolean() ? QUY_NHON : PLEIKU;
      }
      if (random.nextInt(100) < 15) {
        return "Thôn " + (1 + random.nextInt(9)) + ", " + pick(random, COMMUNES) + ", tỉnh Gia Lai";
      }
      String[] ward = wards[random.nextInt(wards.length)];
      String street = ward[1 + random.nextInt(ward.length - 1)];
      return (1 + random.nextInt(280)) + " " + street + ", " + ward[0] + ", tỉnh Gia Lai";
    }

    private static String grouped(String digits) {
      return digits.length() == 5 ? digits.substring(0, 3) + "." + digits.substring(3) : digits;
    }

    private static String pick(Random random, String[] values) {
      return values[random.nextInt(values.length)];
    }

    private static long seed(String plate) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(plate.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
          seed = (seed << 8) | (hash[i] & 0xff);
        }
        return seed;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ------------------------------------------------------------------ JSON, just enough

  /**
   * A small JSON reader and writer: objects as LinkedHashMap, arrays as List, numbers as Long or
   * BigDecimal.
   */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(byte[] body) {
      Json json = new Json(new String(body, StandardCharsets.UTF_8));
      json.skipSpace();
      Object value = json.value();
      json.skipSpace();
      if (json.at != json.text.length() || !(value instanceof Map)) {
        throw new IllegalArgumentException("not a JSON object");
      }
      return (Map<String, Object>) value;
    }

    private Object value() {
      if (at >= text.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return parseObject();
        case '[':
          return parseArray();
        case '"':
          return parseString();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return parseNumber();
      }
    }

    private Map<String, Object> parseObject() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw new IllegalArgumentException("expected a name");
        }
        String name = parseString();
        skipSpace();
        expect(':');
        skipSpace();
        map.put(name, value());
        skipSpace();
        char c = next();
        if (c == '}') {
          return map;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or }");
        }
      }
    }

    private List<Object> parseArray() {
      List<Object> list = new ArrayList<>();
      at++;
      skipSpace();
      if (peek() == ']') {
        at++;
        return list;
      }
      while (true) {
        skipSpace();
        list.add(value());
        skipSpace();
        char c = next();
        if (c == ']') {
          return list;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or ]");
        }
      }
    }

    private String parseString() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return s.toString();
        }
        if (c < 0x20) {
          throw new IllegalArgumentException("control character in a string");
        }
        if (c != '\\') {
          s.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> s.append(e);
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'n' -> s.append('\n');
          case 'r' -> s.append('\r');
          case 't' -> s.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw new IllegalArgumentException("bad \\u escape");
            }
            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw new IllegalArgumentException("bad escape");
        }
      }
    }

    private Object parseNumber() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("unexpected character");
      }
      BigDecimal number = new BigDecimal(text.substring(start, at));
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        return number;
      }
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw new IllegalArgumentException("unexpected word");
      }
      at += word.length();
      return value;
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private char peek() {
      if (at >= text.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return text.charAt(at);
    }

    private char next() {
      char c = peek();
      at++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c);
      }
    }

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
          switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
              if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
              } else {
                out.append(c);
              }
            }
          }
        }
        out.append('"');
      } else if (value instanceof Number || value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(String.valueOf(e.getKey()), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out);
        }
        out.append(']');
      } else {
        write(String.valueOf(value), out);
      }
    }
  }
}
