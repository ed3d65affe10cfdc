package vn.tcc.reporting.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.reporting.internal.domain.ReportComment;
import vn.tcc.reporting.internal.domain.ReportValue;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.Submission;
import vn.tcc.reporting.internal.domain.SubmissionFilter;
import vn.tcc.reporting.internal.domain.SubmissionMove;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.SubmissionSummary;
import vn.tcc.reporting.internal.domain.Submissions;
import vn.tcc.reporting.internal.domain.ValueSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Submissions in {@code reporting.submission} and their lines. A save is one {@code UPDATE … WHERE
 * version = ?} of the submission (a second reviewer acting on a stale page gets a 409), then the
 * changed values, the new moves and comments.
 */
@ApplicationScoped
public class JdbcSubmissions implements Submissions {
  private record Head(
      long id,
      String unitCode,
      String formCode,
      long formId,
      String periodKey,
      SubmissionState state,
      long version) {}

  private static final String HEAD_COLUMNS =
      "SELECT id, unit_code, form_code, form_id, period_key, state, version FROM reporting.submission";

  private static final RowMapper<Head> HEAD =
      row ->
          new Head(
              row.longValue("id"),
              row.string("unit_code"),
              row.string("form_code"),
              row.longValue("form_id"),
              row.string("period_key"),
              SubmissionState.valueOf(row.string("state")),
              row.longValue("version"));

  private static final RowMapper<ReportValue> VALUE =
      row ->
          new ReportValue(
              row.string("indicator_code"),
              row.decimal("value_number"),
              row.string("value_text"),
              ValueSource.valueOf(row.string("source")),
              row.decimal("prefilled_number"),
              row.string("correction_reason"),
              row.string("narrative"),
              row.string("updated_by"),
              row.instant("updated_at"));

  private static final RowMapper<ReportComment> COMMENT =
      row ->
          new ReportComment(
              row.longValue("id"),
              row.string("indicator_code"),
              row.string("section_code"),
              row.string("body"),
              row.string("author"),
              row.string("author_name"),
              row.instant("at"));

  private static final RowMapper<SubmissionMove> MOVE =
      row ->
          new SubmissionMove(
              row.string("from_state") == null
                  ? null
                  : SubmissionState.valueOf(row.string("from_state")),
              SubmissionState.valueOf(row.string("to_state")),
              row.string("actor"),
              row.string("actor_name"),
              row.string("reason"),
              row.instant("at"));

  private static final RowMapper<SubmissionSummary> SUMMARY =
      row ->
          new SubmissionSummary(
              row.longValue("id"),
              row.string("unit_code"),
              row.string("name_vi"),
              row.string("name_en"),
              row.string("form_code"),
              row.intValue("form_version"),
              row.string("period_key"),
              SubmissionState.valueOf(row.string("state")),
              row.instant("updated_at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Submission> find(long id) {
    return jdbc.first("read a submission", HEAD_COLUMNS + " WHERE id = ?", HEAD, id)
        .map(this::complete);
  }

  @Override
  public Optional<Submission> find(String unitCode, String formCode, String periodKey) {
    return jdbc.first(
            "read a unit's submission",
            HEAD_COLUMNS + " WHERE unit_code = ? AND form_code = ? AND period_key = ?",
            HEAD,
            unitCode,
            formCode,
            periodKey)
        .map(this::complete);
  }

  private Submission complete(Head head) {
    Map<String, ReportValue> values = new LinkedHashMap<>();
    for (ReportValue value :
        jdbc.list(
            "read a submission's values",
            """
            SELECT indicator_code, value_number, value_text, source, prefilled_number,
                   correction_reason, narrative, updated_by, updated_at
              FROM reporting.submission_value WHERE submission_id = ?
            """,
            VALUE,
            head.id())) {
      values.put(value.indicatorCode(), value);
    }
    List<ReportComment> comments =
        jdbc.list(
            "read a submission's comments",
            """
            SELECT id, indicator_code, section_code, body, author, author_name, at
              FROM reporting.submission_comment WHERE submission_id = ? ORDER BY id
            """,
            COMMENT,
            head.id());
    List<SubmissionMove> moves =
        jdbc.list(
            "read a submission's timeline",
            """
            SELECT from_state, to_state, actor, actor_name, reason, at
              FROM reporting.submission_move WHERE submission_id = ? ORDER BY id
            """,
            MOVE,
            head.id());
    return new Submission(
        head.id(),
        head.unitCode(),
        head.formCode(),
        head.formId(),
        head.periodKey(),
        head.state(),
        head.version(),
        values,
        comments,
        moves);
  }

  @Override
  public Submission create(Submission draft) {
    SubmissionMove opened = draft.moves().get(0);
    long id =
        jdbc.first(
                "open a report draft",
                """
                INSERT INTO reporting.submission (unit_code, form_code, form_id, period_key, state,
                            created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_code, form_code, period_key) DO NOTHING
                RETURNING id
                """,
                row -> row.longValue("id"),
                draft.unitCode(),
                draft.formCode(),
                draft.formId(),
                draft.periodKey(),
                draft.state().name(),
                opened.at(),
                opened.at())
            // Two clicks at once: the other one opened it first; the caller reads that one.
            .orElseThrow(
                () -> new ReportingRuleException(409, "reporting.submission.openedMeanwhile"));
    for (ReportValue value : draft.values().values()) {
      upsertValue(id, value);
    }
    insertMove(id, opened);
    return find(id).orElseThrow();
  }

  @Override
  public void save(
      Submission submission,
      List<ReportValue> changedValues,
      List<SubmissionMove> newMoves,
      List<ReportComment> newComments) {
    java.time.Instant at =
        !newMoves.isEmpty()
            ? newMoves.get(newMoves.size() - 1).at()
            : !changedValues.isEmpty()
                ? changedValues.get(0).updatedAt()
                : newComments.isEmpty() ? java.time.Instant.now() : newComments.get(0).at();
    int updated =
        jdbc.update(
            "save a submission",
            """
            UPDATE reporting.submission SET state = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?
            """,
            submission.state().name(),
            at,
            submission.id(),
            submission.version());
    if (updated != 1) {
      throw new ReportingRuleException(409, "reporting.submission.changedMeanwhile");
    }
    for (ReportValue value : changedValues) {
      upsertValue(submission.id(), value);
    }
    for (SubmissionMove move : newMoves) {
      insertMove(submission.id(), move);
    }
    for (ReportComment comment : newComments) {
      jdbc.update(
          "comment a submission",
          """
          INSERT INTO reporting.submission_comment (submission_id, indicator_code, section_code,
                      body, author, author_name, at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
          submission.id(),
          comment.indicatorCode(),
          comment.sectionCode(),
          comment.body(),
          comment.author(),
          comment.authorName(),
          comment.at());
    }
  }

  private void upsertValue(long submissionId, ReportValue value) {
    jdbc.update(
        "save a report figure",
        """
        INSERT INTO reporting.submission_value (submission_id, indicator_code, value_number,
                    value_text, source, prefilled_number, correction_reason, narrative, updated_by,
                    updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (submission_id, indicator_code) DO UPDATE
           SET value_number = excluded.value_number, value_text = excluded.value_text,
               source = excluded.source, prefilled_number = excluded.prefilled_number,
               correction_reason = excluded.correction_reason, narrative = excluded.narrative,
               updated_by = excluded.updated_by, updated_at = excluded.updated_at
        """,
        submissionId,
        value.indicatorCode(),
        value.number(),
        value.text(),
        value.source().name(),
        value.prefilled(),
        value.correctionReason(),
        value.narrative(),
        value.updatedBy(),
        value.updatedAt());
  }

  private void insertMove(long submissionId, SubmissionMove move) {
    jdbc.update(
        "record a submission's move",
        """
        INSERT INTO reporting.submission_move (submission_id, from_state, to_state, actor,
                    actor_name, reason, at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        submissionId,
        move.from() == null ? null : move.from().name(),
        move.to().name(),
        move.actor(),
        move.actorName(),
        move.reason(),
        move.at());
  }

  @Override
  public List<SubmissionSummary> list(SubmissionFilter filter, int offset, int limit) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    parameters.add(limit);
    parameters.add(offset);
    return jdbc.list(
        "list submissions",
        """
        SELECT s.id, s.unit_code, u.name_vi, u.name_en, s.form_code, f.version AS form_version,
               s.period_key, s.state, s.updated_at
          FROM reporting.submission s
          JOIN reporting.unit u ON u.code = s.unit_code
          JOIN reporting.form f ON f.id = s.form_id
        """
            + where
            + " ORDER BY s.period_key DESC, s.unit_code, s.form_code LIMIT ? OFFSET ?",
        SUMMARY,
        parameters.toArray());
  }

  @Override
  public long count(SubmissionFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String where = where(filter, parameters);
    return jdbc.first(
            "count submissions",
            "SELECT count(*) AS n FROM reporting.submission s " + where,
            row -> row.longValue("n"),
            parameters.toArray())
        .orElse(0L);
  }

  /** The WHERE clause of a filter; only its fixed conditions are SQL, its values are parameters. */
  private static String where(SubmissionFilter filter, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.unitCode() != null) {
      conditions.add("s.unit_code = ?");
      parameters.add(filter.unitCode());
    }
    if (filter.formCode() != null) {
      conditions.add("s.form_code = ?");
      parameters.add(filter.formCode());
    }
    if (filter.periodKey() != null) {
      conditions.add("s.period_key = ?");
      parameters.add(filter.periodKey());
    }
    if (filter.state() != null) {
      conditions.add("s.state = ?");
      parameters.add(filter.state().name());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
