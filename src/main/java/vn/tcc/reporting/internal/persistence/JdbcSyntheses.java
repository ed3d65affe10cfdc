package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.Synthesis;
import vn.tcc.reporting.internal.domain.SynthesisLine;
import vn.tcc.reporting.internal.domain.SynthesisRollUp;
import vn.tcc.reporting.internal.domain.SynthesisState;
import vn.tcc.reporting.internal.domain.SynthesisUnit;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.Row;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Syntheses in {@code reporting.synthesis} with their units, lines and figures. A save is one
 * {@code UPDATE … WHERE row_version = ?} (a second supervisor acting on a stale page gets a 409); a
 * draft's units and lines are replaced with it, a reviewed one's are never written again.
 */
@ApplicationScoped
public class JdbcSyntheses implements vn.tcc.reporting.internal.domain.Syntheses {
  private static final String COLUMNS =
      """
      SELECT id, form_code, form_id, period_key, version, state, row_version, prepared_by,
             prepared_name, prepared_at, reviewed_by, reviewed_name, reviewed_at, approved_by,
             approved_name, approved_at, submitted_by, submitted_name, submitted_at, number,
             document_date, signed_content, signature, signer_subject, signer_fingerprint, changes
        FROM reporting.synthesis
      """;

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  private final RowMapper<Synthesis> head = this::read;

  private Synthesis read(Row row) throws java.sql.SQLException {
    long id = row.longValue("id");
    return new Synthesis(
        id,
        row.string("form_code"),
        row.longValue("form_id"),
        row.string("period_key"),
        row.intValue("version"),
        SynthesisState.valueOf(row.string("state")),
        row.longValue("row_version"),
        step(row, "prepared"),
        step(row, "reviewed"),
        step(row, "approved"),
        step(row, "submitted"),
        row.string("number"),
        row.date("document_date"),
        row.string("signed_content"),
        row.bytes("signature"),
        row.string("signer_subject"),
        row.string("signer_fingerprint"),
        row.string("changes"),
        List.of(),
        List.of());
  }

  private static Synthesis.Step step(Row row, String prefix) throws java.sql.SQLException {
    String actor = row.string(prefix + "_by");
    return actor == null
        ? null
        : new Synthesis.Step(actor, row.string(prefix + "_name"), row.instant(prefix + "_at"));
  }

  /** The head with its units and lines. */
  private Synthesis complete(Synthesis s) {
    List<SynthesisUnit> units =
        jdbc.list(
            "read a synthesis's units",
            "SELECT unit_code, name_vi, submission_id FROM reporting.synthesis_unit"
                + " WHERE synthesis_id = ? ORDER BY position",
            row ->
                new SynthesisUnit(
                    row.string("unit_code"), row.string("name_vi"), row.longValue("submission_id")),
            s.id());
    Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
    jdbc.list(
            "read a synthesis's figures",
            "SELECT indicator_code, unit_code, value_number FROM reporting.synthesis_figure"
                + " WHERE synthesis_id = ?",
            row ->
                new Object[] {
                  row.string("indicator_code"), row.string("unit_code"), row.decimal("value_number")
                },
            s.id())
        .forEach(
            f ->
                figures
                    .computeIfAbsent((String) f[0], k -> new LinkedHashMap<>())
                    .put((String) f[1], (BigDecimal) f[2]));
    List<SynthesisLine> lines =
        jdbc.list(
            "read a synthesis's lines",
            "SELECT indicator_code, section_code, position, total, tcc_figure, previous_total,"
                + " last_year_total FROM reporting.synthesis_line WHERE synthesis_id = ?"
                + " ORDER BY position",
            row ->
                new SynthesisLine(
                    row.string("indicator_code"),
                    row.string("section_code"),
                    row.intValue("position"),
                    figures.getOrDefault(row.string("indicator_code"), Map.of()),
                    row.decimal("total"),
                    row.decimal("tcc_figure"),
                    row.decimal("previous_total"),
                    row.decimal("last_year_total")),
            s.id());
    return new Synthesis(
        s.id(),
        s.formCode(),
        s.formId(),
        s.periodKey(),
        s.version(),
        s.state(),
        s.rowVersion(),
        s.prepared(),
        s.reviewed(),
        s.approved(),
        s.submitted(),
        s.number(),
        s.documentDate(),
        s.signedContent(),
        s.signature(),
        s.signerSubject(),
        s.signerFingerprint(),
        s.changes(),
        units,
        lines);
  }

  @Override
  public Optional<Synthesis> find(long id) {
    return jdbc.first("read a synthesis", COLUMNS + " WHERE id = ?", head, id).map(this::complete);
  }

  @Override
  public List<Synthesis> versions(String formCode, String periodKey) {
    return jdbc
        .list(
            "read a synthesis's versions",
            COLUMNS + " WHERE form_code = ? AND period_key = ? ORDER BY version",
            head,
            formCode,
            periodKey)
        .stream()
        .map(this::complete)
        .toList();
  }

  @Override
  public List<Synthesis> list(String formCode, String periodKey, int limit) {
    // Heads only: a list shows state and number, not figures.
    return jdbc.list(
        "list syntheses",
        COLUMNS
            + " WHERE (?::text IS NULL OR form_code = ?) AND (?::text IS NULL OR period_key = ?)"
            + " ORDER BY period_key DESC, form_code, version DESC LIMIT ?",
        head,
        formCode,
        formCode,
        periodKey,
        periodKey,
        limit);
  }

  @Override
  public long create(Synthesis s) {
    long id =
        jdbc.first(
                "create a synthesis",
                """
                INSERT INTO reporting.synthesis (form_code, form_id, period_key, version, state,
                            prepared_by, prepared_name, prepared_at, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (form_code, period_key, version) DO NOTHING
                RETURNING id
                """,
                row -> row.longValue("id"),
                s.formCode(),
                s.formId(),
                s.periodKey(),
                s.version(),
                s.state().name(),
                s.prepared().actor(),
                s.prepared().actorName(),
                s.prepared().at(),
                s.changes())
            .orElseThrow(
                () -> new ReportingRuleException(409, "reporting.synthesis.changedMeanwhile"));
    writeFigures(id, s);
    return id;
  }

  @Override
  public void save(Synthesis s) {
    int updated =
        jdbc.update(
            "save a synthesis",
            """
            UPDATE reporting.synthesis
               SET state = ?, row_version = row_version + 1,
                   prepared_by = ?, prepared_name = ?, prepared_at = ?,
                   reviewed_by = ?, reviewed_name = ?, reviewed_at = ?,
                   approved_by = ?, approved_name = ?, approved_at = ?,
                   submitted_by = ?, submitted_name = ?, submitted_at = ?,
                   number = ?, document_date = ?, signed_content = ?, signature = ?,
                   signer_subject = ?, signer_fingerprint = ?, changes = ?
             WHERE id = ? AND row_version = ?
            """,
            s.state().name(),
            s.prepared().actor(),
            s.prepared().actorName(),
            s.prepared().at(),
            actor(s.reviewed()),
            name(s.reviewed()),
            at(s.reviewed()),
            actor(s.approved()),
            name(s.approved()),
            at(s.approved()),
            actor(s.submitted()),
            name(s.submitted()),
            at(s.submitted()),
            s.number(),
            s.documentDate(),
            s.signedContent(),
            s.signature(),
            s.signerSubject(),
            s.signerFingerprint(),
            s.changes(),
            s.id(),
            s.rowVersion());
    if (updated != 1) {
      throw new ReportingRuleException(409, "reporting.synthesis.changedMeanwhile");
    }
    if (s.state() == SynthesisState.DRAFT) {
      for (String table : List.of("synthesis_figure", "synthesis_line", "synthesis_unit")) {
        jdbc.update(
            "clear a draft synthesis",
            "DELETE FROM reporting." + table + " WHERE synthesis_id = ?",
            s.id());
      }
      writeFigures(s.id(), s);
    }
  }

  private void writeFigures(long id, Synthesis s) {
    int position = 0;
    for (SynthesisUnit unit : s.units()) {
      jdbc.update(
          "store a synthesis's unit",
          "INSERT INTO reporting.synthesis_unit (synthesis_id, unit_code, position, name_vi,"
              + " submission_id) VALUES (?, ?, ?, ?, ?)",
          id,
          unit.code(),
          ++position,
          unit.nameVi(),
          unit.submissionId());
    }
    for (SynthesisLine line : s.lines()) {
      jdbc.update(
          "store a synthesis's line",
          "INSERT INTO reporting.synthesis_line (synthesis_id, indicator_code, section_code,"
              + " position, total, tcc_figure, previous_total, last_year_total)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          id,
          line.indicatorCode(),
          line.sectionCode(),
          line.position(),
          line.total(),
          line.tccFigure(),
          line.previous(),
          line.lastYear());
      for (Map.Entry<String, BigDecimal> figure : line.byUnit().entrySet()) {
        jdbc.update(
            "store a synthesis's figure",
            "INSERT INTO reporting.synthesis_figure (synthesis_id, indicator_code, unit_code,"
                + " value_number) VALUES (?, ?, ?, ?)",
            id,
            line.indicatorCode(),
            figure.getKey(),
            figure.getValue());
      }
    }
  }

  @Override
  public int nextNumber(int year) {
    return jdbc.first(
            "number a synthesis",
            """
            INSERT INTO reporting.synthesis_number (year, last_used) VALUES (?, 1)
            ON CONFLICT (year) DO UPDATE SET last_used = reporting.synthesis_number.last_used + 1
            RETURNING last_used
            """,
            row -> row.intValue("last_used"),
            year)
        .orElseThrow();
  }

  @Override
  public List<SynthesisRollUp.UnitFigures> accepted(String formCode, String periodKey) {
    record Figure(long submission, String unit, String name, String code, BigDecimal value) {}
    List<Figure> rows =
        jdbc.list(
            "read the accepted submissions",
            """
            SELECT s.id, s.unit_code, u.name_vi, v.indicator_code, v.value_number
              FROM reporting.submission s
              JOIN reporting.unit u ON u.code = s.unit_code
              LEFT JOIN reporting.submission_value v
                     ON v.submission_id = s.id AND v.value_number IS NOT NULL
             WHERE s.form_code = ? AND s.period_key = ? AND s.state = 'ACCEPTED'
             ORDER BY u.kind, s.unit_code
            """,
            row ->
                new Figure(
                    row.longValue("id"),
                    row.string("unit_code"),
                    row.string("name_vi"),
                    row.string("indicator_code"),
                    row.decimal("value_number")),
            formCode,
            periodKey);
    Map<String, SynthesisUnit> units = new LinkedHashMap<>();
    Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
    for (Figure f : rows) {
      units.putIfAbsent(f.unit(), new SynthesisUnit(f.unit(), f.name(), f.submission()));
      Map<String, BigDecimal> unitFigures = figures.computeIfAbsent(f.unit(), k -> new HashMap<>());
      if (f.code() != null) {
        unitFigures.put(f.code(), f.value());
      }
    }
    List<SynthesisRollUp.UnitFigures> result = new ArrayList<>();
    units.forEach(
        (code, unit) -> result.add(new SynthesisRollUp.UnitFigures(unit, figures.get(code))));
    return result;
  }

  @Override
  public Optional<Map<String, BigDecimal>> submittedTotals(String formCode, String periodKey) {
    Optional<Long> id =
        jdbc.first(
            "find the submitted synthesis",
            "SELECT id FROM reporting.synthesis WHERE form_code = ? AND period_key = ?"
                + " AND state = 'SUBMITTED' ORDER BY version DESC LIMIT 1",
            row -> row.longValue("id"),
            formCode,
            periodKey);
    return id.map(
        synthesis -> {
          Map<String, BigDecimal> totals = new HashMap<>();
          jdbc.list(
                  "read a submitted synthesis's totals",
                  "SELECT indicator_code, total FROM reporting.synthesis_line"
                      + " WHERE synthesis_id = ? AND total IS NOT NULL",
                  row -> Map.entry(row.string("indicator_code"), row.decimal("total")),
                  synthesis)
              .forEach(e -> totals.put(e.getKey(), e.getValue()));
          return totals;
        });
  }

  @Override
  public List<StoredTccFigures> storedTccFigures(
      List<String> periodKeys, String required, String codePrefix, List<String> others) {
    if (periodKeys.isEmpty()) {
      return List.of();
    }
    List<String> exact = new ArrayList<>(others);
    exact.add(required);
    Map<String, StoredTccFigures> byPeriod = new LinkedHashMap<>();
    // The freshest build per period: its figures are the closest to the data as it is now.
    jdbc.list(
            "read the TCC figures the syntheses stored",
            """
            SELECT s.period_key, s.prepared_at, l.indicator_code, l.tcc_figure
              FROM (SELECT DISTINCT ON (x.period_key) x.id, x.period_key, x.prepared_at
                      FROM reporting.synthesis x
                      JOIN reporting.synthesis_line r ON r.synthesis_id = x.id
                       AND r.indicator_code = ? AND r.tcc_figure IS NOT NULL
                     WHERE x.period_key = ANY (?)
                     ORDER BY x.period_key, x.prepared_at DESC, x.id DESC) s
              JOIN reporting.synthesis_line l ON l.synthesis_id = s.id
             WHERE l.tcc_figure IS NOT NULL
               AND (l.indicator_code = ANY (?) OR starts_with(l.indicator_code, ?))
            """,
            row ->
                new Object[] {
                  row.string("period_key"),
                  row.instant("prepared_at"),
                  row.string("indicator_code"),
                  row.decimal("tcc_figure")
                },
            required,
            Jdbc.array("varchar", periodKeys),
            Jdbc.array("varchar", exact),
            codePrefix)
        .forEach(
            r ->
                byPeriod
                    .computeIfAbsent(
                        (String) r[0],
                        key -> new StoredTccFigures(key, (java.time.Instant) r[1], new HashMap<>()))
                    .figures()
                    .put((String) r[2], (BigDecimal) r[3]));
    return List.copyOf(byPeriod.values());
  }

  private static String actor(Synthesis.Step step) {
    return step == null ? null : step.actor();
  }

  private static String name(Synthesis.Step step) {
    return step == null ? null : step.actorName();
  }

  private static java.time.Instant at(Synthesis.Step step) {
    return step == null ? null : step.at();
  }

  @Override
  public List<vn.tcc.reporting.internal.domain.Timeliness.Filing> filings(
      String formCode, List<String> periodKeys) {
    return jdbc.list(
        "read the units' filings",
        """
        SELECT s.unit_code, s.period_key, s.state,
               min(m.at) FILTER (WHERE m.to_state = 'SUBMITTED') AS first_submitted
          FROM reporting.submission s
          LEFT JOIN reporting.submission_move m ON m.submission_id = s.id
         WHERE s.form_code = ? AND s.period_key = ANY (?)
         GROUP BY s.unit_code, s.period_key, s.state
        """,
        row ->
            new vn.tcc.reporting.internal.domain.Timeliness.Filing(
                row.string("unit_code"),
                row.string("period_key"),
                vn.tcc.reporting.internal.domain.SubmissionState.valueOf(row.string("state")),
                row.instant("first_submitted")),
        formCode,
        Jdbc.array("varchar", periodKeys));
  }
}
