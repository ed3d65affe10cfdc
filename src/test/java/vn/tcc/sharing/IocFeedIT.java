package vn.tcc.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;
import vn.tcc.testing.TestCameras;

/**
 * The Smart City IOC's feed against the real server, database and Keycloak, as the IOC's machine
 * client {@code tcc-ioc}: only the profile's fields leave (the exact keys of every item, and a
 * change of the profile changes them), staff tokens are refused, paging delivers every camera once,
 * a business's camera is in the feed only while an agreement naming the IOC is active, the hourly
 * counts equal a SQL count and follow the since token, the department camera import is idempotent
 * and answers a bad item alone, each page is audited, hostile input is 4xx.
 */
@ExtendWith(ArquillianExtension.class)
class IocFeedIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Set<String> CAMERA_KEYS =
      Set.of("code", "name", "latitude", "longitude", "commune", "ownerType", "health");
  private static final Set<String> COUNT_KEYS =
      Set.of("camera", "commune", "eventType", "hour", "count");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static String ioc() {
    return Keycloak.clientToken("tcc-ioc", "ioc-dev-secret");
  }

  private static String unique(String prefix) {
    return prefix
        + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
        + ThreadLocalRandom.current().nextInt(100);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Every camera of the feed, page by page; asserts each page's answer and item keys. */
  private static List<JsonObject> allCameras(String token, int limit) {
    List<JsonObject> cameras = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 10_000; pages++) {
      Api.Answer page =
          Api.get(
              "ioc/cameras?limit=" + limit + (cursor == null ? "" : "&cursor=" + encode(cursor)),
              token);
      assertEquals(200, page.status(), page.body());
      JsonObject json = page.json();
      json.getJsonArray("items").forEach(item -> cameras.add(item.asJsonObject()));
      if (json.isNull("next")) {
        return cameras;
      }
      cursor = json.getString("next");
    }
    throw new AssertionError("the feed did not end");
  }

  private static Set<String> codes(List<JsonObject> cameras) {
    return cameras.stream().map(c -> c.getString("code")).collect(Collectors.toSet());
  }

  /** Every count from the token on until the feed has nothing more; the last next as "next". */
  private static Map<String, Object> countsSince(String token, String since) {
    List<JsonObject> items = new ArrayList<>();
    String next = since;
    for (int pages = 0; pages < 10_000; pages++) {
      Api.Answer page =
          Api.get(
              "ioc/event-counts?limit=500" + (next == null ? "" : "&since=" + encode(next)), token);
      assertEquals(200, page.status(), page.body());
      JsonObject json = page.json();
      json.getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      next = json.getString("next");
      if (!json.getBoolean("more")) {
        return Map.of("items", items, "next", next);
      }
    }
    throw new AssertionError("the counts did not end");
  }

  /** A camera of the bus company GL-VTVH (a business), new on each call. */
  private static String businessCamera() {
    String code = unique("GL-QN-IO");
    Api.Answer created =
        Api.post(
            "cameras",
            Keycloak.userToken("admin"),
            TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Camera chia sẻ IOC (kiểm thử)")
                .replace("\"ownerCode\":\"GL-CA\"", "\"ownerCode\":\"GL-VTVH\""));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  private static String policeCamera() {
    String code = unique("GL-QN-PO");
    Api.Answer created =
        Api.post(
            "cameras",
            Keycloak.userToken("admin"),
            TestCameras.json(code, "GL.QUY_NHON", "GL-QN-CC", "Camera công an (kiểm thử IOC)"));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  private static long draftAgreement(String camera) {
    LocalDate today = LocalDate.now(VIETNAM);
    String body =
        """
        {"providerCode":"GL-VTVH","title":"Thỏa thuận IOC kiểm thử %s","receivingUnit":"GL",
         "cameraCodes":["%s"],"dataTypes":["LIVE_VIEW","EVENTS"],
         "purposes":["TRAFFIC_MANAGEMENT"],"startTime":"00:00","endTime":"00:00",
         "daysOfWeek":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
         "legalBasis":"VOLUNTARY_ART18","storagePlace":"COMMUNE_CENTER","retentionDays":30,
         "startsOn":"%s","endsOn":"%s","documentSha256":"%s"}
        """
            .formatted(camera, camera, today, today.plusDays(60), "cd".repeat(32));
    Api.Answer drafted = Api.post("sharing/agreements", Keycloak.userToken("admin"), body);
    assertEquals(201, drafted.status(), drafted.body());
    return drafted.json().getJsonNumber("id").longValue();
  }

  private static void move(long id, String step, String token) {
    Api.Answer moved =
        Api.post(
            "sharing/agreements/" + id + "/" + step,
            token,
            "{\"reason\":\"Kiểm thử IOC: " + step + "\"}");
    assertEquals(200, moved.status(), moved.body());
  }

  private static Api.Answer nameIoc(long agreementId) {
    return Api.post(
        "sharing/consumer-profiles/tcc-ioc/agreements",
        Keycloak.userToken("admin"),
        "{\"agreementId\":" + agreementId + ",\"reason\":\"Bên cung cấp đồng ý chia sẻ cho IOC\"}");
  }

  private static long auditCount(String action) throws SQLException {
    try (Connection db = Database.asApplication();
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE actor = 'tcc-ioc' AND action = ?")) {
      count.setString(1, action);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Test
  void only_the_profiles_fields_leave() {
    String token = ioc();
    List<JsonObject> cameras = allCameras(token, 200);
    assertFalse(cameras.isEmpty());
    for (JsonObject camera : cameras) {
      assertEquals(CAMERA_KEYS, camera.keySet(), camera.toString());
    }
    policeCountsCamera(threeHoursAgo());
    @SuppressWarnings("unchecked")
    List<JsonObject> counts = (List<JsonObject>) countsSince(token, null).get("items");
    assertFalse(counts.isEmpty());
    for (JsonObject count : counts) {
      assertEquals(COUNT_KEYS, count.keySet(), count.toString());
    }

    // The profile is data: drop the name and add status, and the next page says so.
    String admin = Keycloak.userToken("admin");
    JsonObject profile = Api.get("sharing/consumer-profiles/tcc-ioc", admin).json();
    long version = profile.getJsonNumber("version").longValue();
    Api.Answer changed =
        Api.put(
            "sharing/consumer-profiles/tcc-ioc",
            admin,
            """
            {"active":true,"cameraFields":["code","commune","ownerType","status","health"],
             "eventCountFields":["camera","commune","eventType","hour","count"],
             "version":%d,"reason":"Kiểm thử: IOC không cần tên camera"}
            """
                .formatted(version));
    assertEquals(200, changed.status(), changed.body());
    try {
      Api.Answer page = Api.get("ioc/cameras?limit=50", token);
      assertEquals(200, page.status(), page.body());
      for (JsonValue camera : page.json().getJsonArray("items")) {
        assertEquals(
            Set.of("code", "commune", "ownerType", "status", "health"),
            camera.asJsonObject().keySet());
      }
      assertEquals(
          409,
          Api.put(
                  "sharing/consumer-profiles/tcc-ioc",
                  admin,
                  "{\"active\":true,\"cameraFields\":[\"code\"],\"eventCountFields\":[],"
                      + "\"version\":"
                      + version
                      + ",\"reason\":\"stale\"}")
              .status(),
          "a stale version");
    } finally {
      Api.Answer restored =
          Api.put(
              "sharing/consumer-profiles/tcc-ioc",
              admin,
              """
              {"active":true,
               "cameraFields":["code","name","latitude","longitude","commune","ownerType","health"],
               "eventCountFields":["camera","commune","eventType","hour","count"],
               "version":%d,"reason":"Kiểm thử: trả lại hồ sơ"}
              """
                  .formatted(version + 1));
      assertEquals(200, restored.status(), restored.body());
    }
  }

  @Test
  void staff_and_other_clients_are_refused_with_a_problem() {
    for (String token :
        List.of(
            Keycloak.userToken("officer"),
            Keycloak.userToken("admin"),
            Keycloak.userToken("supervisor"),
            Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"))) {
      for (String path : List.of("ioc/cameras", "ioc/event-counts")) {
        Api.Answer refused = Api.get(path, token);
        assertEquals(403, refused.status(), path);
        assertTrue(
            refused.contentType().startsWith("application/problem+json"), refused.contentType());
      }
    }
    assertEquals(401, Api.get("ioc/cameras", null).status());
    assertEquals(
        403,
        Api.post("ioc/department-cameras", Keycloak.userToken("officer"), "{\"cameras\":[]}")
            .status());
    assertEquals(403, Api.get("sharing/consumer-profiles", ioc()).status());
    assertEquals(403, Api.get("sharing/consumer-profiles", Keycloak.userToken("officer")).status());
  }

  @Test
  void paging_delivers_every_camera_once_and_audits_each_page() throws SQLException {
    String token = ioc();
    Set<String> police = new HashSet<>();
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT c.code FROM camera.camera c JOIN camera.owner o ON o.id = c.owner_id"
                    + " WHERE o.owner_type IN ('POLICE', 'DEPARTMENT')"
                    + " AND c.status <> 'DECOMMISSIONED'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        police.add(rows.getString("code"));
      }
    }
    long auditedBefore = auditCount("SHARING_FEED_DELIVERED");
    List<JsonObject> cameras = allCameras(token, 3);
    long pages = auditCount("SHARING_FEED_DELIVERED") - auditedBefore;
    assertEquals(cameras.size(), codes(cameras).size(), "no camera twice");
    assertTrue(codes(cameras).containsAll(police), "every police and department camera in service");
    assertTrue(pages >= (cameras.size() + 2) / 3, "one audit entry per page: " + pages);

    try (Connection db = Database.asApplication();
        PreparedStatement last =
            db.prepareStatement(
                "SELECT details FROM audit.entry WHERE actor = 'tcc-ioc'"
                    + " AND action = 'SHARING_FEED_DELIVERED' ORDER BY seq DESC LIMIT 1");
        ResultSet row = last.executeQuery()) {
      assertTrue(row.next());
      assertTrue(row.getString("details").startsWith("class=CAMERA_LIST_AND_STATUS count="));
      assertTrue(row.getString("details").contains("cursor="));
    }
  }

  @Test
  void a_business_camera_is_fed_only_while_an_agreement_naming_the_ioc_is_active() {
    String token = ioc();
    String notNamed = businessCamera();
    long withoutIoc = draftAgreement(notNamed);
    move(withoutIoc, "activation", Keycloak.userToken("admin"));
    assertFalse(codes(allCameras(token, 500)).contains(notNamed), "shared with the police only");

    String named = businessCamera();
    long withIoc = draftAgreement(named);
    assertFalse(codes(allCameras(token, 500)).contains(named), "a draft shares nothing");
    Api.Answer added = nameIoc(withIoc);
    assertEquals(200, added.status(), added.body());
    assertEquals(
        List.of("tcc-ioc"),
        added.jsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
            .map(s -> s.getString())
            .toList());
    move(withIoc, "activation", Keycloak.userToken("admin"));
    List<JsonObject> fed = allCameras(token, 500);
    JsonObject camera =
        fed.stream().filter(c -> c.getString("code").equals(named)).findFirst().orElseThrow();
    assertEquals("ORGANIZATION", camera.getString("ownerType"));
    assertEquals(CAMERA_KEYS, camera.keySet());
    assertEquals(409, nameIoc(withIoc).status(), "a signed agreement's content is fixed");

    // The provider revokes: the very next page leaves the camera out.
    move(withIoc, "revocation", Keycloak.userToken("provider"));
    assertFalse(codes(allCameras(token, 500)).contains(named));
  }

  /** The start of the hour three hours ago: events there are past, and the hour is whole. */
  private static Instant threeHoursAgo() {
    return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
  }

  /** A police camera with events in two past hours, inserted as the ingestion stores them. */
  private static String policeCountsCamera(Instant base) {
    String camera = policeCamera();
    insertEvents(camera, base.plusSeconds(60), "RED_LIGHT", 3);
    insertEvents(camera, base.plusSeconds(120), "SPEEDING", 2);
    insertEvents(camera, base.plus(Duration.ofHours(1)).plusSeconds(5), "RED_LIGHT", 1);
    return camera;
  }

  private static void insertEvents(String camera, Instant at, String type, int how) {
    try (Connection db = Database.asApplication();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO vms.event (client_id, source_id, source_event_id, camera_code,"
                    + " jurisdiction_code, occurred_at, utc_offset_minutes, event_type, received_at)"
                    + " VALUES ('it-ioc', 'IT-IOC', ?, ?, 'GL.QUY_NHON', ?, 420, ?,"
                    + " now() - interval '1 minute')")) {
      for (int i = 0; i < how; i++) {
        insert.setString(1, unique("e-") + "-" + i);
        insert.setString(2, camera);
        insert.setTimestamp(3, Timestamp.from(at.plusSeconds(i)));
        insert.setString(4, type);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> sqlCounts(String camera) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_type, date_trunc('hour', occurred_at) AS hour, count(*) AS n"
                    + " FROM vms.event WHERE camera_code = ? GROUP BY 1, 2")) {
      query.setString(1, camera);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(
              rows.getString("event_type") + "@" + rows.getTimestamp("hour").toInstant(),
              rows.getLong("n"));
        }
      }
    }
    return counts;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Long> fedCounts(Object items, String camera) {
    Map<String, Long> counts = new HashMap<>();
    for (JsonObject item : (List<JsonObject>) items) {
      if (item.getString("camera").equals(camera)) {
        counts.put(
            item.getString("eventType")
                + "@"
                + OffsetDateTime.parse(item.getString("hour")).toInstant(),
            item.getJsonNumber("count").longValue());
      }
    }
    return counts;
  }

  @Test
  void event_counts_equal_a_sql_count_and_follow_the_since_token() throws SQLException {
    String token = ioc();
    Instant base = threeHoursAgo();
    String camera = policeCountsCamera(base);
    Map<String, Object> all = countsSince(token, null);
    Map<String, Long> expected = sqlCounts(camera);
    assertEquals(3, expected.size());
    assertEquals(expected, fedCounts(all.get("items"), camera));

    // Nothing new: the token gives nothing of this camera.
    String since = (String) all.get("next");
    Map<String, Object> nothing = countsSince(token, since);
    assertTrue(fedCounts(nothing.get("items"), camera).isEmpty());

    // A late event in an hour already delivered: that hour comes again with its full count.
    insertEvents(camera, base.plusSeconds(900), "RED_LIGHT", 1);
    Map<String, Object> late = countsSince(token, (String) nothing.get("next"));
    Map<String, Long> again = fedCounts(late.get("items"), camera);
    assertEquals(Map.of("RED_LIGHT@" + base, 4L), again);
    assertEquals(4L, sqlCounts(camera).get("RED_LIGHT@" + base));
  }

  @Test
  void department_cameras_import_idempotently_and_a_bad_item_is_answered_alone()
      throws SQLException {
    String first = unique("GL-QN-DP");
    String second = unique("GL-QN-DP");
    String police = policeCamera();
    String list =
        """
        {"cameras":[
          {"code":"%s","name":"Nút giao Lê Lợi (IOC)","latitude":13.7702,"longitude":109.2203,
           "commune":"GL.QUY_NHON","department":"GL-SXD","departmentName":"Sở Xây dựng",
           "vmsLinkUrl":"https://ioc.example.gov.vn/vms/cam/1"},
          {"code":"%s","name":"Cầu Thị Nại (IOC)","latitude":"13.7710","longitude":109.2210,
           "commune":"GL.QUY_NHON","department":"GL-SXD",
           "vmsLinkUrl":"rtsp://ioc.example.gov.vn/cam/2"},
          {"code":"bad code!","name":"","latitude":"north","longitude":999,
           "commune":"GL.NOWHERE","department":"GL-SXD"},
          {"code":"%s","name":"Không phải camera của sở","latitude":13.7702,"longitude":109.2203,
           "commune":"GL.QUY_NHON","department":"GL-SXD"}
        ]}
        """
            .formatted(first, second, police);
    // The IOC sends the list, then an admin sends it again: the second time changes nothing.
    List<String> firstTime = List.of("CREATED", "CREATED", "REJECTED", "REJECTED");
    List<String> secondTime = List.of("UNCHANGED", "UNCHANGED", "REJECTED", "REJECTED");
    Map<String, List<String>> expected = Map.of("ioc", firstTime, "admin", secondTime);
    for (String who : List.of("ioc", "admin")) {
      String token = who.equals("ioc") ? ioc() : Keycloak.userToken("admin");
      Api.Answer answer = Api.post("ioc/department-cameras", token, list);
      assertEquals(200, answer.status(), answer.body());
      JsonArray items = answer.json().getJsonArray("items");
      assertEquals(
          expected.get(who),
          items.stream().map(i -> i.asJsonObject().getString("outcome")).toList(),
          answer.body());
      assertFalse(items.getJsonObject(2).getJsonArray("errors").isEmpty());
      assertEquals(
          "camera.error.code.notDepartment",
          items.getJsonObject(3).getJsonArray("errors").getJsonObject(0).getString("code"));
    }
    Api.Answer again = Api.post("ioc/department-cameras", ioc(), list);
    assertEquals(0, again.json().getInt("created"));
    assertEquals(2, again.json().getInt("unchanged"));

    try (Connection db = Database.asApplication();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT c.code, o.owner_type, c.main_stream_url FROM camera.camera c"
                    + " JOIN camera.owner o ON o.id = c.owner_id WHERE c.code IN (?, ?)")) {
      query.setString(1, first);
      query.setString(2, second);
      int found = 0;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found++;
          assertEquals("DEPARTMENT", rows.getString("owner_type"));
          assertTrue(rows.getString("main_stream_url").contains("ioc.example.gov.vn"));
        }
      }
      assertEquals(2, found, "each camera once");
    }

    // A changed name is an update; the department's cameras are in the feed.
    Api.Answer renamed =
        Api.post(
            "ioc/department-cameras",
            ioc(),
            list.replace("Nút giao Lê Lợi", "Nút giao Lê Lợi mới"));
    assertEquals(
        "UPDATED", renamed.json().getJsonArray("items").getJsonObject(0).getString("outcome"));
    JsonObject fed =
        allCameras(ioc(), 500).stream()
            .filter(c -> c.getString("code").equals(first))
            .findFirst()
            .orElseThrow();
    assertEquals("DEPARTMENT", fed.getString("ownerType"));
    assertEquals("Nút giao Lê Lợi mới (IOC)", fed.getString("name"));
  }

  @Test
  void hostile_input_is_answered_4xx() {
    String token = ioc();
    String cameraCursor = Api.get("ioc/cameras?limit=1", token).json().getString("next");
    List<String> hostile =
        List.of(
            "ioc/cameras?cursor=abc",
            "ioc/cameras?cursor=a%00b",
            // a cursor whose position (GL-ZZ) was changed by hand: the signature no longer fits
            "ioc/cameras?cursor=R0wtWlo" + cameraCursor.substring(cameraCursor.indexOf('.')),
            "ioc/cameras?limit=-1",
            "ioc/cameras?limit=0",
            "ioc/cameras?limit=99999999999",
            "ioc/cameras?limit=abc",
            "ioc/event-counts?since=" + encode("+999999999-01-01T00:00:00Z"),
            "ioc/event-counts?since=999999999",
            "ioc/event-counts?since=" + encode(cameraCursor),
            "ioc/event-counts?limit=-5",
            "ioc/event-counts?since=%00");
    for (String path : hostile) {
      Api.Answer answer = Api.get(path, token);
      assertEquals(422, answer.status(), path + " " + answer.body());
      assertTrue(answer.contentType().startsWith("application/problem+json"), path);
    }
    for (String path :
        List.of(
            "ioc/cameras?cursor=" + "A".repeat(100_000),
            "ioc/event-counts?since=" + "A".repeat(100_000))) {
      int status = Api.get(path, token).status();
      assertTrue(status >= 400 && status < 500, "a 100k query is 4xx: " + status);
    }

    assertEquals(400, Api.post("ioc/department-cameras", token, "{not json").status());
    assertEquals(422, Api.post("ioc/department-cameras", token, "{\"cameras\":[]}").status());
    assertEquals(422, Api.post("ioc/department-cameras", token, "{\"cameras\":\"x\"}").status());
    Api.Answer longItem =
        Api.post(
            "ioc/department-cameras",
            token,
            "{\"cameras\":[{\"code\":\"%s\",\"name\":\"a\\u0000b\",\"latitude\":1e400,"
                    .formatted("X".repeat(100_000))
                + "\"longitude\":109.2,\"commune\":\"GL.QUY_NHON\",\"department\":\"GL-SXD\"}]}");
    assertEquals(200, longItem.status(), longItem.body());
    assertEquals(
        "REJECTED", longItem.json().getJsonArray("items").getJsonObject(0).getString("outcome"));

    String admin = Keycloak.userToken("admin");
    for (String body :
        List.of(
            "{\"active\":true,\"cameraFields\":[\"plates\"],\"eventCountFields\":[],\"version\":0,\"reason\":\"x\"}",
            "{\"active\":true,\"cameraFields\":[\"code\"],\"eventCountFields\":[\"images\"],\"version\":0,\"reason\":\"x\"}",
            "{\"active\":true,\"cameraFields\":[\"a\\u0000b\"],\"eventCountFields\":[],\"version\":0,\"reason\":\"x\"}",
            "{\"active\":true,\"cameraFields\":[],\"eventCountFields\":[],\"version\":0,\"reason\":\"\"}")) {
      assertEquals(422, Api.put("sharing/consumer-profiles/tcc-ioc", admin, body).status(), body);
    }
    assertEquals(404, Api.get("sharing/consumer-profiles/nobody-here", admin).status());
    assertEquals(
        404,
        Api.post(
                "sharing/consumer-profiles/tcc-ioc/agreements",
                admin,
                "{\"agreementId\":999999999999,\"reason\":\"x\"}")
            .status());
  }
}
