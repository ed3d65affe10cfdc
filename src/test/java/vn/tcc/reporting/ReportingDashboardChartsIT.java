package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * The reporting dashboard's charts against the real server and database: whether a closed month's
 * figures come from its synthesis, from what the server computed and kept, or live, every figure
 * equals a direct count of the cases and payments of the viewer's area over the month's days
 * (Decree 09: the 15th to the 14th) — also after cases and payments are added late to a closed
 * month, on its first and last instants, and after the month's synthesis is built.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingDashboardChartsIT {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  private static JsonObject dashboard(String token) {
    Api.Answer answer = Api.get("reports/dashboard", token);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(VIETNAM).toInstant();
  }

  private record Month(String month, String key, Instant from, Instant to, String source) {}

  private static List<Month> months(JsonObject dashboard) {
    List<Month> months = new ArrayList<>();
    for (JsonValue v : dashboard.getJsonArray("periods")) {
      JsonObject p = v.asJsonObject();
      months.add(
          new Month(
              p.getString("month"),
              p.getString("periodKey"),
              start(LocalDate.parse(p.getString("firstDay"))),
              start(LocalDate.parse(p.getString("lastDay")).plusDays(1)),
              p.getString("source")));
    }
    return months;
  }

  private static Month month(JsonObject dashboard, String key) {
    return months(dashboard).stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
  }

  /** The charts' figures: "month type" → count and "month" → VND, zeros left out. */
  private static Map<String, Long> shown(JsonObject dashboard) {
    Map<String, Long> figures = new TreeMap<>();
    for (JsonValue v : dashboard.getJsonArray("violations")) {
      JsonObject f = v.asJsonObject();
      figures.merge(
          f.getString("month") + " " + f.getString("category"),
          f.getJsonNumber("value").longValue(),
          Long::sum);
    }
    for (JsonValue v : dashboard.getJsonArray("finesCollected")) {
      JsonObject f = v.asJsonObject();
      figures.merge(f.getString("month") + " VND", f.getJsonNumber("value").longValue(), Long::sum);
    }
    figures.values().removeIf(n -> n == 0);
    return figures;
  }

  /** The same figures counted here, straight from the rows, month by month. */
  private static Map<String, Long> counted(String area, List<Month> months) throws SQLException {
    Map<String, Long> figures = new TreeMap<>();
    String inArea = "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";
    String children = area.contains(".") ? "" : area.replace("_", "!_") + ".%";
    try (Connection db = Database.asApplication()) {
      for (Month m : months) {
        try (PreparedStatement byType =
            db.prepareStatement(
                "SELECT c.detected_type, count(*) FROM violation.violation_case c WHERE "
                    + inArea
                    + " AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY 1")) {
          bind(byType, area, children, m);
          try (ResultSet rows = byType.executeQuery()) {
            while (rows.next()) {
              figures.put(m.month() + " " + rows.getString(1), rows.getLong(2));
            }
          }
        }
        try (PreparedStatement fines =
            db.prepareStatement(
                "SELECT coalesce(sum(p.amount_vnd), 0) FROM violation.payment p"
                    + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
                    + inArea
                    + " AND p.paid_at >= ? AND p.paid_at < ?")) {
          bind(fines, area, children, m);
          try (ResultSet rows = fines.executeQuery()) {
            rows.next();
            figures.put(m.month() + " VND", rows.getLong(1));
          }
        }
      }
    }
    figures.values().removeIf(n -> n == 0);
    return figures;
  }

  private static void bind(PreparedStatement statement, String area, String children, Month m)
      throws SQLException {
    statement.setString(1, area);
    statement.setString(2, children);
    statement.setTimestamp(3, Timestamp.from(m.from()));
    statement.setTimestamp(4, Timestamp.from(m.to()));
  }

  private static void assertChartsEqualTheData(JsonObject dashboard) throws SQLException {
    assertEquals(
        counted(dashboard.getString("area"), months(dashboard)),
        shown(dashboard),
        "the charts of " + dashboard.getString("area") + ", month by month");
  }

  /**
   * A case of the commune occurred at {@code at}, with a payment at {@code paidAt} if not null.
   * Already verified: the charts count every state, and a DETECTED case this old would be the first
   * one the officers' review queue hands out to the other suites (ViolationCaseIT).
   */
  private static void addCase(
      Connection db, String commune, String type, Instant at, Instant paidAt, long vnd)
      throws SQLException {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    long caseId;
    try (PreparedStatement insert =
        db.prepareStatement(
            """
            INSERT INTO violation.violation_case (case_number, jurisdiction_code, camera_code,
                   detected_type, detected_plate, plate_key, first_event_id, occurred_at,
                   last_detected_at, state, identification_due)
            VALUES (?, ?, 'GL-QN-0001', ?, '77A-123.45', '77A12345', ?, ?, ?, 'VERIFIED',
                    current_date + 10)
            RETURNING id
            """)) {
      insert.setString(1, "ITD" + run);
      insert.setString(2, commune);
      insert.setString(3, type);
      insert.setLong(4, -System.nanoTime());
      insert.setTimestamp(5, Timestamp.from(at));
      insert.setTimestamp(6, Timestamp.from(at));
      try (ResultSet key = insert.executeQuery()) {
        key.next();
        caseId = key.getLong(1);
      }
    }
    if (paidAt != null) {
      try (PreparedStatement pay =
          db.prepareStatement(
              "INSERT INTO violation.payment (case_id, channel, transaction_ref, fine_vnd,"
                  + " late_fee_vnd, amount_vnd, paid_at, recorded_by)"
                  + " VALUES (?, 'COUNTER', ?, ?, 0, ?, ?, 'it')")) {
        pay.setLong(1, caseId);
        pay.setString(2, "ITD-PAY-" + run);
        pay.setLong(3, vnd);
        pay.setLong(4, vnd);
        pay.setTimestamp(5, Timestamp.from(paidAt));
        pay.executeUpdate();
      }
    }
  }

  @Test
  void the_charts_equal_a_direct_count_of_the_data_whatever_their_source() throws Exception {
    String supervisor = Keycloak.userToken("supervisor");
    String coordinator = Keycloak.userToken("coordinator");

    // Loaded once: the closed months are taken from a synthesis or computed and kept.
    JsonObject province = dashboard(supervisor);
    JsonObject unit = dashboard(coordinator);
    assertEquals("GL", province.getString("area"));
    String commune = unit.getString("area");
    assertTrue(commune.startsWith("GL."), "the coordinator's unit's commune: " + commune);
    List<Month> months = months(province);
    assertEquals(12, months.size());
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      assertEquals(province.getJsonArray("months").getString(i), m.month());
      // Decree 09: the 15th of the month before to the 14th, one month after the other.
      assertEquals(15, m.from().atZone(VIETNAM).getDayOfMonth(), m.key());
      assertEquals(15, m.to().atZone(VIETNAM).getDayOfMonth(), m.key());
      if (i > 0) {
        assertEquals(months.get(i - 1).to(), m.from());
      }
    }
    assertEquals("LIVE", months.get(11).source());
    assertChartsEqualTheData(province);
    assertChartsEqualTheData(unit);

    // Added late to a closed month (the fourth before this one), on its first and last instants,
    // with a case and a payment just outside it on each side.
    Month seeded = months.get(7);
    try (Connection db = Database.asApplication()) {
      addCase(db, commune, "RED_LIGHT", seeded.from(), seeded.from().plusSeconds(3600), 1_000_000);
      addCase(db, commune, "SPEEDING", seeded.from().plusSeconds(86_400 * 3), null, 0);
      addCase(db, commune, "NO_HELMET", seeded.to().minusMillis(1), seeded.to().minusMillis(1), 7);
      addCase(db, commune, "RED_LIGHT", seeded.to(), seeded.to(), 500_000);
      addCase(db, commune, "SPEEDING", seeded.from().minusMillis(1), null, 0);
    }
    JsonObject provinceAfter = dashboard(supervisor);
    JsonObject unitAfter = dashboard(coordinator);
    assertChartsEqualTheData(provinceAfter);
    assertChartsEqualTheData(unitAfter);
    assertNotEquals(shown(unit), shown(unitAfter), "the late rows are shown");

    // The month's synthesis built now: the province's month is read from it, still the data's.
    Api.Answer built =
        Api.post(
            "reports/syntheses",
            supervisor,
            "{\"formCode\":\"VIOLATION_HANDLING\",\"period\":\"" + seeded.key() + "\"}");
    assertTrue(built.status() == 200 || built.status() == 201, built.status() + built.body());
    JsonObject fromSynthesis = dashboard(supervisor);
    assertEquals(
        "SYNTHESIS", month(fromSynthesis, seeded.key()).source(), fromSynthesis.toString());
    assertChartsEqualTheData(fromSynthesis);
    // The commune is never shown the province's synthesis figures.
    JsonObject unitAgain = dashboard(coordinator);
    assertNotEquals("SYNTHESIS", month(unitAgain, seeded.key()).source());
    assertChartsEqualTheData(unitAgain);

    // One more case detected late: the synthesis did not count it, so the month is counted again.
    try (Connection db = Database.asApplication()) {
      addCase(
          db, commune, "WRONG_WAY", seeded.from().plusSeconds(86_400 * 5), seeded.to(), 3_000_000);
    }
    JsonObject late = dashboard(supervisor);
    assertEquals("STORED", month(late, seeded.key()).source());
    assertChartsEqualTheData(late);
    assertChartsEqualTheData(dashboard(coordinator));
  }
}
