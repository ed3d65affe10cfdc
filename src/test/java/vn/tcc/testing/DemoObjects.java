package vn.tcc.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values for the path parameters of every API operation, taken from the demo data of the running
 * database: an object of Quy Nhơn (the ward of {@code officer}) and, for objects bound to a ward,
 * one of Pleiku (the ward of {@code officer2}), plus a well-formed id of no object at all. A path
 * parameter without a row here fails the suites, so a new endpoint cannot go untested.
 */
public final class DemoObjects {
  public static final String OWN_AREA = "GL.QUY_NHON";
  public static final String OTHER_AREA = "GL.PLEIKU";

  /**
   * How to name an object for one path parameter, keyed by the path up to that parameter. {@code
   * sql} takes the ward as its one parameter when {@code areaBound}; {@code missing} matches the
   * parameter's pattern but names nothing.
   */
  record Row(String sql, boolean areaBound, String missing) {}

  private static final Map<String, Row> ROWS = new LinkedHashMap<>();

  static {
    area(
        "cameras/{code}",
        "SELECT code FROM camera.camera WHERE jurisdiction_code = ?",
        "ZZ-NONE-0000");
    // Only numbers the product gives (VP-<year>-<id>): some suites write cases with numbers of
    // their own, which the path's pattern refuses as 404 before any role is looked at.
    area(
        "cases/{number}",
        "SELECT case_number FROM violation.violation_case WHERE jurisdiction_code = ?"
            + " AND case_number ~ '^VP-[0-9]{4}-[0-9]+$'",
        "VP-2026-999999999");
    any(
        "cases/{number}/appeal/documents/{id}",
        "SELECT id::text FROM violation.appeal_document",
        "999999999");
    any("cases/{number}/notice.{format}", "SELECT 'pdf'", "pdf");
    area("events/{id}", "SELECT id::text FROM vms.event WHERE jurisdiction_code = ?", "999999999");
    any("events/quarantine/{id}", "SELECT id::text FROM vms.quarantine", "999999999");
    area(
        "evidence/{sha256}",
        "SELECT ee.sha256 FROM vms.event_evidence ee JOIN vms.event e ON e.id = ee.event_id"
            + " WHERE e.jurisdiction_code = ?",
        "0".repeat(64));
    area(
        "incidents/{id}",
        "SELECT id::text FROM command.incident WHERE jurisdiction_code = ?",
        "999999999");
    any("reports/forms/{code}", "SELECT code FROM reporting.form", "ZZ_NONE");
    any("reports/periods/{key}", "SELECT '2026-Q4'", "1999-Q4");
    // A published version: publishing or discarding it again is refused, whoever calls.
    any(
        "reports/forms/versions/{id}",
        "SELECT id::text FROM reporting.form WHERE published_at IS NOT NULL",
        "999999999");
    any(
        "reports/forms/versions/{id}/sections/{code}",
        "SELECT code FROM reporting.form_section",
        "ZZ");
    any(
        "reports/forms/versions/{id}/indicators/{code}",
        "SELECT code FROM reporting.indicator",
        "ZZ_NONE");
    any(
        "reports/forms/versions/{id}/sums/{total}",
        "SELECT total_code FROM reporting.sum_rule",
        "ZZ_NONE");
    any("reports/jobs/{id}", "SELECT id::text FROM reporting.report_job", "999999999");
    any("cameras/{code}/snapshots/{id}", "SELECT id::text FROM command.snapshot", "999999999");
    any("reports/submissions/{id}", "SELECT id::text FROM reporting.submission", "999999999");
    any(
        "reports/submissions/{id}/values/{indicator}",
        "SELECT code FROM reporting.indicator",
        "ZZ_NONE");
    any("reports/syntheses/{id}", "SELECT id::text FROM reporting.synthesis", "999999999");
    any("retention/holds/{id}", "SELECT id::text FROM retention.legal_hold", "999999999");
    any(
        "retention/manual-deletions/{id}",
        "SELECT id::text FROM retention.manual_deletion",
        "999999999");
    any("retention/records/{id}", "SELECT id::text FROM retention.deletion_record", "999999999");
    area(
        "retention/review/transfers/{id}",
        "SELECT id::text FROM retention.review_transfer WHERE jurisdiction_code = ?",
        "999999999");
    any("retention/runs/{id}", "SELECT id::text FROM retention.purge_run", "999999999");
    any("sharing/agreements/{id}", "SELECT id::text FROM sharing.agreement", "999999999");
    any("sharing/grants/{id}", "SELECT id::text FROM sharing.compulsory_grant", "999999999");
    any(
        "sharing/consumer-profiles/{consumer}",
        "SELECT consumer FROM sharing.consumer_profile",
        "zz-none");
    any("sharing/providers/{code}", "SELECT code FROM sharing.provider", "ZZ-NONE");
    area("sites/{code}", "SELECT code FROM camera.site WHERE jurisdiction_code = ?", "ZZ-NONE");
    any("vms/connections/{code}", "SELECT code FROM vms.connection", "ZZ-NONE");
  }

  private static void area(String key, String sql, String missing) {
    ROWS.put(key, new Row(sql + " ORDER BY 1 LIMIT 1", true, missing));
  }

  private static void any(String key, String sql, String missing) {
    ROWS.put(key, new Row(sql + " ORDER BY 1 LIMIT 1", false, missing));
  }

  /** The value of each path parameter of one operation, in one of three flavours. */
  public enum Flavour {
    /** Objects of Quy Nhơn, or of anywhere when the object is not bound to a ward. */
    OWN_AREA,
    /** Objects of Pleiku where bound to a ward; null when the demo has none. */
    OTHER_AREA,
    /** Well-formed ids of nothing. */
    MISSING
  }

  private final Map<String, String> cache = new LinkedHashMap<>();

  /** The keys of the operation's path parameters: the path up to each parameter. */
  public static List<String> keys(String template) {
    List<String> keys = new java.util.ArrayList<>();
    int at = template.indexOf('{');
    while (at >= 0) {
      int end = template.indexOf('}', at);
      keys.add(template.substring(0, end + 1));
      at = template.indexOf('{', end);
    }
    return keys;
  }

  /** Path parameter keys that have no row (a new endpoint the table does not know). */
  public static List<String> unknown(List<String> templates) {
    return templates.stream()
        .flatMap(t -> keys(t).stream())
        .distinct()
        .filter(k -> !ROWS.containsKey(k))
        .toList();
  }

  /** Whether any path parameter of the template names an object bound to a ward. */
  public static boolean areaBound(String template) {
    return keys(template).stream().anyMatch(k -> ROWS.containsKey(k) && ROWS.get(k).areaBound());
  }

  /** The template with its parameters filled; null when the flavour has no object in the demo. */
  public String fill(String template, Flavour flavour) {
    String path = template;
    for (String key : keys(template)) {
      Row row = ROWS.get(key);
      String value;
      if (flavour == Flavour.MISSING) {
        value = row.missing();
      } else {
        String area = flavour == Flavour.OTHER_AREA ? OTHER_AREA : OWN_AREA;
        if (flavour == Flavour.OTHER_AREA && !row.areaBound()) {
          area = OWN_AREA;
        }
        value = lookup(key, row, area);
        if (value == null) {
          if (flavour == Flavour.OTHER_AREA) {
            return null;
          }
          value = row.missing();
        }
      }
      String param = key.substring(key.lastIndexOf('{'));
      path =
          path.replace(
              param, java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
    return path;
  }

  private String lookup(String key, Row row, String area) {
    String cacheKey = key + "@" + (row.areaBound() ? area : "");
    if (cache.containsKey(cacheKey)) {
      return cache.get(cacheKey);
    }
    String value = null;
    try (Connection db = Database.asApplication();
        PreparedStatement query = db.prepareStatement(row.sql())) {
      if (row.areaBound()) {
        query.setString(1, area);
      }
      try (ResultSet rs = query.executeQuery()) {
        if (rs.next()) {
          value = rs.getString(1).trim();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Demo object for " + key + ": " + e.getMessage(), e);
    }
    cache.put(cacheKey, value);
    return value;
  }
}
