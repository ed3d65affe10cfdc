package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.SumRule;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.persistence.DataAccessFailure;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/** The report forms of {@code reporting.form}, their sections and indicators. */
@ApplicationScoped
public class JdbcReportForms implements ReportForms {
  private record FormRow(
      long id,
      String code,
      int version,
      LocalDate effectiveFrom,
      String titleVi,
      String titleEn,
      PeriodKind periodKind,
      Set<UnitKind> filedBy) {}

  private record SectionRow(long id, String code, int position, String titleVi, String titleEn) {}

  private static final RowMapper<FormRow> FORM =
      row ->
          new FormRow(
              row.longValue("id"),
              row.string("code"),
              row.intValue("version"),
              row.date("effective_from"),
              row.string("title_vi"),
              row.string("title_en"),
              PeriodKind.valueOf(row.string("period_kind")),
              unitKinds(row.object("filed_by")));

  private static final RowMapper<SectionRow> SECTION =
      row ->
          new SectionRow(
              row.longValue("id"),
              row.string("code"),
              row.intValue("position"),
              row.string("title_vi"),
              row.string("title_en"));

  private static final RowMapper<Map.Entry<Long, Indicator>> INDICATOR =
      row ->
          Map.entry(
              row.longValue("section_id"),
              new Indicator(
                  row.string("code"),
                  row.string("section_code"),
                  row.intValue("position"),
                  row.string("name_vi"),
                  row.string("name_en"),
                  IndicatorType.valueOf(row.string("value_type")),
                  row.string("unit_vi"),
                  row.string("unit_en"),
                  row.decimal("min_value"),
                  row.decimal("max_value"),
                  row.decimal("narrative_above_percent"),
                  row.bool("required")));

  /**
   * The version of each form in force on a day: the latest published one that took effect by then
   * (a draft the administrator is editing is in force nowhere).
   */
  private static final String IN_FORCE =
      """
      SELECT DISTINCT ON (code) id, code, version, effective_from, title_vi, title_en, period_kind,
             filed_by
        FROM reporting.form
       WHERE effective_from <= ? AND published_at IS NOT NULL %s
       ORDER BY code, effective_from DESC
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<ReportForm> inForce(LocalDate day) {
    return jdbc.list("read the forms in force", IN_FORCE.formatted(""), FORM, day).stream()
        .map(this::complete)
        .toList();
  }

  @Override
  public Optional<ReportForm> inForce(String code, LocalDate day) {
    return jdbc.first("read a form in force", IN_FORCE.formatted("AND code = ?"), FORM, day, code)
        .map(this::complete);
  }

  @Override
  public Optional<ReportForm> byId(long id) {
    return jdbc.first(
            "read a form version",
            """
            SELECT id, code, version, effective_from, title_vi, title_en, period_kind, filed_by
              FROM reporting.form WHERE id = ?
            """,
            FORM,
            id)
        .map(this::complete);
  }

  private ReportForm complete(FormRow form) {
    List<SectionRow> sections =
        jdbc.list(
            "read a form's sections",
            """
            SELECT id, code, position, title_vi, title_en
              FROM reporting.form_section WHERE form_id = ? ORDER BY position
            """,
            SECTION,
            form.id());
    Map<Long, List<Indicator>> bySection = new LinkedHashMap<>();
    for (Map.Entry<Long, Indicator> entry :
        jdbc.list(
            "read a form's indicators",
            """
            SELECT i.section_id, s.code AS section_code, i.code, i.position, i.name_vi, i.name_en,
                   i.value_type, i.unit_vi, i.unit_en, i.min_value, i.max_value,
                   i.narrative_above_percent, i.required
              FROM reporting.indicator i
              JOIN reporting.form_section s ON s.id = i.section_id
             WHERE i.form_id = ?
             ORDER BY s.position, i.position
            """,
            INDICATOR,
            form.id())) {
      bySection.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
    }
    return new ReportForm(
        form.id(),
        form.code(),
        form.version(),
        form.effectiveFrom(),
        form.titleVi(),
        form.titleEn(),
        form.periodKind(),
        form.filedBy(),
        sections.stream()
            .map(
                s ->
                    new FormSection(
                        s.code(),
                        s.position(),
                        s.titleVi(),
                        s.titleEn(),
                        bySection.getOrDefault(s.id(), List.of())))
            .toList(),
        jdbc.list(
            "read a form's sums",
            "SELECT total_code, part_codes FROM reporting.sum_rule WHERE form_id = ?"
                + " ORDER BY total_code",
            row -> new SumRule(row.string("total_code"), strings(row.object("part_codes"))),
            form.id()));
  }

  static List<String> strings(Object array) throws SQLException {
    List<String> values = new ArrayList<>();
    if (array instanceof Array sql) {
      try {
        for (Object value : (Object[]) sql.getArray()) {
          values.add(value.toString());
        }
      } finally {
        sql.free();
      }
    }
    return values;
  }

  private static Set<UnitKind> unitKinds(Object array) throws SQLException {
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    if (array instanceof Array sql) {
      try {
        for (Object kind : (Object[]) sql.getArray()) {
          kinds.add(UnitKind.valueOf(kind.toString()));
        }
      } finally {
        sql.free();
      }
    } else if (array != null) {
      throw new DataAccessFailure(
          "read a form's units", new SQLException("filed_by is not an array: " + array));
    }
    return kinds;
  }
}
