package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.shared.persistence.Jdbc;

/**
 * The violation figures of the periodic report (form VIOLATION_HANDLING), computed from the cases,
 * notices and payments of an area and period. Each figure counts what happened in the period:
 *
 * <ul>
 *   <li>detected: cases whose violation occurred in it (by detected type for the breakdown);
 *   <li>verified, rejected: cases that moved to VERIFIED or REJECTED in it (their timeline);
 *   <li>notices: notices issued in it;
 *   <li>fines imposed: the penalty decisions made in it, by verified type;
 *   <li>fines collected: what payments received in it brought in (fine and late fee).
 * </ul>
 *
 * A case belongs to the area of its camera's commune ({@code jurisdiction_code}).
 */
@ApplicationScoped
public class JdbcViolationFigures implements IndicatorSource {
  static final List<String> TYPES =
      List.of(
          "RED_LIGHT",
          "SPEEDING",
          "WRONG_WAY",
          "NO_HELMET",
          "WRONG_LANE",
          "ILLEGAL_STOPPING",
          "NO_SEATBELT",
          "PHONE_WHILE_DRIVING");

  /** Cases of the area: the commune itself, or every commune of a province. */
  private static final String IN_AREA =
      "(c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')";

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<String> indicatorCodes() {
    Set<String> codes =
        new TreeSet<>(
            Set.of(
                "VIO.DETECTED",
                "VIO.VERIFIED",
                "VIO.REJECTED",
                "VIO.NOTICES",
                "VIO.FINES_IMPOSED",
                "VIO.FINES_COLLECTED",
                "VIO.COLLECTION_RATE"));
    for (String type : TYPES) {
      codes.add("VIO.DETECTED." + type);
      codes.add("VIO.FINES_IMPOSED." + type);
    }
    return codes;
  }

  @Override
  public Map<String, BigDecimal> compute(FigureScope scope) {
    String area = scope.jurisdiction().value();
    String inside = scope.jurisdiction().childrenLikePattern();
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (String type : TYPES) {
      figures.put("VIO.DETECTED." + type, BigDecimal.ZERO);
      figures.put("VIO.FINES_IMPOSED." + type, BigDecimal.ZERO);
    }
    long detected = 0;
    for (Map.Entry<String, Long> byType :
        jdbc.list(
            "count the violations detected in a period",
            "SELECT c.detected_type AS type, count(*) AS n FROM violation.violation_case c"
                + " WHERE "
                + IN_AREA
                + " AND c.occurred_at >= ? AND c.occurred_at < ? GROUP BY c.detected_type",
            row -> Map.entry(row.string("type"), row.longValue("n")),
            area,
            inside,
            scope.from(),
            scope.to())) {
      detected += byType.getValue();
      figures.computeIfPresent(
          "VIO.DETECTED." + byType.getKey(), (k, v) -> BigDecimal.valueOf(byType.getValue()));
    }
    figures.put("VIO.DETECTED", BigDecimal.valueOf(detected));
    figures.put("VIO.VERIFIED", BigDecimal.valueOf(movedTo("VERIFIED", area, inside, scope)));
    figures.put("VIO.REJECTED", BigDecimal.valueOf(movedTo("REJECTED", area, inside, scope)));
    figures.put(
        "VIO.NOTICES",
        BigDecimal.valueOf(
            count(
                "count the notices issued in a period",
                "SELECT count(*) AS n FROM violation.notice n"
                    + " JOIN violation.violation_case c ON c.id = n.case_id WHERE "
                    + IN_AREA
                    + " AND n.issued_at >= ? AND n.issued_at < ?",
                area,
                inside,
                scope)));
    long imposed = 0;
    for (Map.Entry<String, Long> byType :
        jdbc.list(
            "sum the fines imposed in a period",
            "SELECT coalesce(c.verified_type, c.detected_type) AS type,"
                + " coalesce(sum(c.fine_vnd), 0) AS vnd FROM violation.violation_case c WHERE "
                + IN_AREA
                + " AND c.fine_vnd IS NOT NULL"
                + " AND c.penalty_decided_at >= ? AND c.penalty_decided_at < ?"
                + " GROUP BY coalesce(c.verified_type, c.detected_type)",
            row -> Map.entry(row.string("type"), row.longValue("vnd")),
            area,
            inside,
            scope.from(),
            scope.to())) {
      imposed += byType.getValue();
      figures.computeIfPresent(
          "VIO.FINES_IMPOSED." + byType.getKey(), (k, v) -> BigDecimal.valueOf(byType.getValue()));
    }
    figures.put("VIO.FINES_IMPOSED", BigDecimal.valueOf(imposed));
    long collected =
        count(
            "sum the fines collected in a period",
            "SELECT coalesce(sum(p.amount_vnd), 0) AS n FROM violation.payment p"
                + " JOIN violation.violation_case c ON c.id = p.case_id WHERE "
                + IN_AREA
                + " AND p.paid_at >= ? AND p.paid_at < ?",
            area,
            inside,
            scope);
    figures.put("VIO.FINES_COLLECTED", BigDecimal.valueOf(collected));
    if (imposed > 0) {
      // A late fee can carry the collected sum past what was imposed in the period: capped at 100.
      BigDecimal rate =
          BigDecimal.valueOf(collected)
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(imposed), 2, RoundingMode.HALF_UP)
              .min(BigDecimal.valueOf(100));
      figures.put("VIO.COLLECTION_RATE", rate);
    }
    return figures;
  }

  private long movedTo(String state, String area, String inside, FigureScope scope) {
    return count(
        "count the cases moved to " + state + " in a period",
        "SELECT count(DISTINCT t.case_id) AS n FROM violation.case_transition t"
            + " JOIN violation.violation_case c ON c.id = t.case_id WHERE "
            + IN_AREA
            + " AND t.to_state = '"
            + state
            + "' AND t.at >= ? AND t.at < ?",
        area,
        inside,
        scope);
  }

  private long count(String what, String sql, String area, String inside, FigureScope scope) {
    return jdbc.first(what, sql, row -> row.longValue("n"), area, inside, scope.from(), scope.to())
        .orElse(0L);
  }
}
