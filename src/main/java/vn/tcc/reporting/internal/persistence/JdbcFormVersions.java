package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.FormVersion;
import vn.tcc.reporting.internal.domain.FormVersions;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.SumRule;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * The versions of {@code reporting.form} as the administrator edits them. A draft is copied from a
 * published version in SQL (sections, indicators and sums), so nothing of the form passes through
 * the application to be lost on the way.
 */
@ApplicationScoped
public class JdbcFormVersions implements FormVersions {
  private static final String COLUMNS =
      "id, code, version, effective_from, title_vi, title_en, period_kind, created_by,"
          + " published_at, published_by";

  private static final RowMapper<FormVersion> VERSION =
      row ->
          new FormVersion(
              row.longValue("id"),
              row.string("code"),
              row.intValue("version"),
              row.date("effective_from"),
              row.string("title_vi"),
              row.string("title_en"),
              PeriodKind.valueOf(row.string("period_kind")),
              row.string("created_by"),
              row.instant("published_at"),
              row.string("published_by"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<FormVersion> all() {
    return jdbc.list(
        "list the form versions",
        "SELECT " + COLUMNS + " FROM reporting.form ORDER BY code, version",
        VERSION);
  }

  @Override
  public Optional<FormVersion> find(long id) {
    return jdbc.first(
        "read a form version",
        "SELECT " + COLUMNS + " FROM reporting.form WHERE id = ?",
        VERSION,
        id);
  }

  @Override
  public Optional<FormVersion> latest(String code) {
    return jdbc.first(
        "read a form's latest version",
        "SELECT " + COLUMNS + " FROM reporting.form WHERE code = ? ORDER BY version DESC LIMIT 1",
        VERSION,
        code);
  }

  @Override
  public boolean hasSubmissions(long id) {
    return jdbc.first(
            "look for submissions on a form version",
            "SELECT 1 AS one FROM reporting.submission WHERE form_id = ?"
                + " UNION ALL SELECT 1 FROM reporting.synthesis WHERE form_id = ? LIMIT 1",
            row -> true,
            id,
            id)
        .isPresent();
  }

  @Override
  public long copyAsDraft(
      long fromId, int version, LocalDate effectiveFrom, String by, Instant at) {
    long id =
        jdbc.first(
                "copy a form version",
                """
                INSERT INTO reporting.form (code, version, effective_from, title_vi, title_en,
                                            period_kind, filed_by, created_by, created_at)
                SELECT code, ?, ?, title_vi, title_en, period_kind, filed_by, ?, ?
                  FROM reporting.form WHERE id = ?
                RETURNING id
                """,
                row -> row.longValue("id"),
                version,
                effectiveFrom,
                by,
                at,
                fromId)
            .orElseThrow(() -> new IllegalStateException("No form version " + fromId));
    jdbc.update(
        "copy a form's sections",
        """
        INSERT INTO reporting.form_section (form_id, code, position, title_vi, title_en)
        SELECT ?, code, position, title_vi, title_en FROM reporting.form_section WHERE form_id = ?
        """,
        id,
        fromId);
    jdbc.update(
        "copy a form's indicators",
        """
        INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en,
                                         value_type, unit_vi, unit_en, min_value, max_value,
                                         narrative_above_percent, required)
        SELECT ns.id, ?, i.code, i.position, i.name_vi, i.name_en, i.value_type, i.unit_vi,
               i.unit_en, i.min_value, i.max_value, i.narrative_above_percent, i.required
          FROM reporting.indicator i
          JOIN reporting.form_section os ON os.id = i.section_id
          JOIN reporting.form_section ns ON ns.form_id = ? AND ns.code = os.code
         WHERE i.form_id = ?
        """,
        id,
        id,
        fromId);
    jdbc.update(
        "copy a form's sums",
        "INSERT INTO reporting.sum_rule (form_id, total_code, part_codes)"
            + " SELECT ?, total_code, part_codes FROM reporting.sum_rule WHERE form_id = ?",
        id,
        fromId);
    return id;
  }

  @Override
  public void updateHeader(long id, String titleVi, String titleEn, LocalDate effectiveFrom) {
    jdbc.update(
        "change a draft form's header",
        "UPDATE reporting.form SET title_vi = ?, title_en = ?, effective_from = ?"
            + " WHERE id = ? AND published_at IS NULL",
        titleVi,
        titleEn,
        effectiveFrom,
        id);
  }

  @Override
  public void putSection(long formId, FormSection section) {
    int changed =
        jdbc.update(
            "change a draft form's section",
            "UPDATE reporting.form_section SET title_vi = ?, title_en = ? WHERE form_id = ?"
                + " AND code = ?",
            section.titleVi(),
            section.titleEn(),
            formId,
            section.code());
    if (changed == 0) {
      jdbc.update(
          "add a section to a draft form",
          """
          INSERT INTO reporting.form_section (form_id, code, position, title_vi, title_en)
          SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ?
            FROM reporting.form_section WHERE form_id = ?
          """,
          formId,
          section.code(),
          section.titleVi(),
          section.titleEn(),
          formId);
    }
  }

  @Override
  public void deleteSection(long formId, String sectionCode) {
    jdbc.update(
        "remove a section of a draft form",
        "DELETE FROM reporting.form_section WHERE form_id = ? AND code = ?",
        formId,
        sectionCode);
  }

  @Override
  public void putIndicator(long formId, Indicator i) {
    // Moving an indicator to another section puts it last there; positions stay unique.
    int changed =
        jdbc.update(
            "change an indicator of a draft form",
            """
            UPDATE reporting.indicator ind
               SET name_vi = ?, name_en = ?, value_type = ?, unit_vi = ?, unit_en = ?,
                   min_value = ?, max_value = ?, narrative_above_percent = ?, required = ?,
                   position = CASE WHEN ind.section_id = s.id THEN ind.position
                                   ELSE (SELECT coalesce(max(position), 0) + 1
                                           FROM reporting.indicator WHERE section_id = s.id) END,
                   section_id = s.id
              FROM reporting.form_section s
             WHERE s.form_id = ? AND s.code = ? AND ind.form_id = ? AND ind.code = ?
            """,
            i.nameVi(),
            i.nameEn(),
            i.type().name(),
            i.unitVi(),
            i.unitEn(),
            i.min(),
            i.max(),
            i.narrativeAbovePercent(),
            i.required(),
            formId,
            i.sectionCode(),
            formId,
            i.code());
    if (changed == 0) {
      jdbc.update(
          "add an indicator to a draft form",
          """
          INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en,
                                           value_type, unit_vi, unit_en, min_value, max_value,
                                           narrative_above_percent, required)
          SELECT s.id, ?, ?, (SELECT coalesce(max(position), 0) + 1
                                FROM reporting.indicator WHERE section_id = s.id),
                 ?, ?, ?, ?::varchar, ?::varchar, ?::numeric, ?::numeric, ?::numeric, ?
            FROM reporting.form_section s WHERE s.form_id = ? AND s.code = ?
          """,
          formId,
          i.code(),
          i.nameVi(),
          i.nameEn(),
          i.type().name(),
          i.unitVi(),
          i.unitEn(),
          i.min(),
          i.max(),
          i.narrativeAbovePercent(),
          i.required(),
          formId,
          i.sectionCode());
    }
  }

  @Override
  public void deleteIndicator(long formId, String indicatorCode) {
    jdbc.update(
        "remove an indicator of a draft form",
        "DELETE FROM reporting.indicator WHERE form_id = ? AND code = ?",
        formId,
        indicatorCode);
  }

  @Override
  public void putSum(long formId, SumRule sum) {
    jdbc.update(
        "set a sum of a draft form",
        """
        INSERT INTO reporting.sum_rule (form_id, total_code, part_codes) VALUES (?, ?, ?)
        ON CONFLICT (form_id, total_code) DO UPDATE SET part_codes = EXCLUDED.part_codes
        """,
        formId,
        sum.totalCode(),
        Jdbc.array("varchar", sum.partCodes()));
  }

  @Override
  public void deleteSum(long formId, String totalCode) {
    jdbc.update(
        "remove a sum of a draft form",
        "DELETE FROM reporting.sum_rule WHERE form_id = ? AND total_code = ?",
        formId,
        totalCode);
  }

  @Override
  public boolean publish(long id, String by, Instant at) {
    return jdbc.update(
            "publish a form version",
            "UPDATE reporting.form SET published_at = ?, published_by = ?"
                + " WHERE id = ? AND published_at IS NULL",
            at,
            by,
            id)
        == 1;
  }

  @Override
  public void discard(long id) {
    jdbc.update("discard a draft's sums", "DELETE FROM reporting.sum_rule WHERE form_id = ?", id);
    jdbc.update(
        "discard a draft's indicators", "DELETE FROM reporting.indicator WHERE form_id = ?", id);
    jdbc.update(
        "discard a draft's sections", "DELETE FROM reporting.form_section WHERE form_id = ?", id);
    jdbc.update(
        "discard a draft", "DELETE FROM reporting.form WHERE id = ? AND published_at IS NULL", id);
  }
}
