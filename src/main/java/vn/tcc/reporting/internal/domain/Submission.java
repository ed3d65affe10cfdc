package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * A unit's report for one period on one version of a form (báo cáo của đơn vị): its figures with
 * their source, the reviewers' comments and the timeline of its moves. Opened as a draft pre-filled
 * with what TCC computes for the unit's area and period; the unit confirms or corrects (a
 * correction needs a reason), submits; the province returns it with comments or accepts it ({@link
 * SubmissionLifecycle}).
 *
 * <p>The methods check the rules and change this object; the application saves what changed through
 * {@link Submissions} (one update of the state guarded by {@link #version()}, then the value, move
 * or comment lines).
 */
public final class Submission {
  private final Long id;
  private final String unitCode;
  private final String formCode;
  private final long formId;
  private final String periodKey;
  private SubmissionState state;
  private final long version;
  private final Map<String, ReportValue> values;
  private final List<ReportComment> comments;
  private final List<SubmissionMove> moves;

  public Submission(
      Long id,
      String unitCode,
      String formCode,
      long formId,
      String periodKey,
      SubmissionState state,
      long version,
      Map<String, ReportValue> values,
      List<ReportComment> comments,
      List<SubmissionMove> moves) {
    this.id = id;
    this.unitCode = unitCode;
    this.formCode = formCode;
    this.formId = formId;
    this.periodKey = periodKey;
    this.state = state;
    this.version = version;
    this.values = new LinkedHashMap<>(values);
    this.comments = new ArrayList<>(comments);
    this.moves = new ArrayList<>(moves);
  }

  /**
   * A new draft: every indicator TCC computed is PREFILLED with its figure; the rest wait to be
   * typed.
   */
  public static Submission draft(
      ReportingUnit unit,
      ReportForm form,
      ReportingPeriod period,
      Map<String, BigDecimal> figures,
      String actor,
      String actorName,
      Instant now) {
    if (!form.isFiledBy(unit.kind())) {
      throw ReportingRuleException.conflict("reporting.form.notForUnit", form.code(), unit.code());
    }
    if (form.periodKind() != period.kind()) {
      throw ReportingRuleException.invalid(
          "reporting.form.otherPeriodKind", form.code(), form.periodKind().name());
    }
    Map<String, ReportValue> values = new LinkedHashMap<>();
    for (Indicator indicator : form.indicators()) {
      BigDecimal figure = indicator.type().isNumber() ? figures.get(indicator.code()) : null;
      if (figure != null) {
        values.put(
            indicator.code(),
            new ReportValue(
                indicator.code(),
                figure,
                null,
                ValueSource.PREFILLED,
                figure,
                null,
                null,
                actor,
                now));
      }
    }
    SubmissionMove opened =
        new SubmissionMove(null, SubmissionState.DRAFT, actor, actorName, null, now);
    return new Submission(
        null,
        unit.code(),
        form.code(),
        form.id(),
        period.key(),
        SubmissionState.DRAFT,
        0,
        values,
        List.of(),
        List.of(opened));
  }

  /**
   * The unit enters a figure (or a text answer). Changing TCC's figure needs a reason and is shown
   * as CORRECTED; going back to TCC's figure makes it PREFILLED again; a figure TCC does not
   * compute is TYPED.
   *
   * @throws ReportingRuleException 409 when the submission is not the unit's to edit
   * @throws ValidationException 422 for a figure of the wrong type or range, or a correction
   *     without a reason
   */
  public ReportValue enter(
      Indicator indicator,
      BigDecimal number,
      String text,
      String reason,
      String narrative,
      String actor,
      Instant now) {
    requireOpenForEntry();
    List<FieldError> errors = new ArrayList<>(FigureRules.checkFigure(indicator, number, text));
    if (narrative != null && narrative.length() > FigureRules.MAX_TEXT) {
      errors.add(FieldError.of("narrative", "reporting.value.tooLong", FigureRules.MAX_TEXT));
    }
    ReportValue current = values.get(indicator.code());
    BigDecimal prefilled = current == null ? null : current.prefilled();
    ValueSource source;
    String why = null;
    if (prefilled == null) {
      source = ValueSource.TYPED;
    } else if (number != null && number.compareTo(prefilled) == 0) {
      source = ValueSource.PREFILLED;
    } else {
      source = ValueSource.CORRECTED;
      why = reason == null || reason.isBlank() ? null : reason.strip();
      if (why == null) {
        errors.add(FieldError.of("reason", "reporting.value.reasonRequired"));
      } else if (why.length() > 1000) {
        errors.add(FieldError.of("reason", "reporting.value.tooLong", 1000));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    ReportValue entered =
        new ReportValue(
            indicator.code(),
            number,
            indicator.type().isNumber() ? null : blankToNull(text),
            source,
            prefilled,
            why,
            blankToNull(narrative),
            actor,
            now);
    values.put(indicator.code(), entered);
    return entered;
  }

  /**
   * Takes TCC's newly computed figures: untouched PREFILLED figures follow them; corrections and
   * typed figures stay as the unit left them, with the new computed figure beside a correction.
   *
   * @return the values that changed
   */
  public List<ReportValue> refill(
      ReportForm form, Map<String, BigDecimal> figures, String actor, Instant now) {
    requireOpenForEntry();
    List<ReportValue> changed = new ArrayList<>();
    for (Indicator indicator : form.indicators()) {
      BigDecimal figure = indicator.type().isNumber() ? figures.get(indicator.code()) : null;
      ReportValue current = values.get(indicator.code());
      ReportValue next;
      if (figure == null) {
        continue;
      } else if (current == null || current.source() == ValueSource.PREFILLED) {
        next =
            new ReportValue(
                indicator.code(),
                figure,
                null,
                ValueSource.PREFILLED,
                figure,
                null,
                current == null ? null : current.narrative(),
                actor,
                now);
      } else if (current.source() == ValueSource.CORRECTED) {
        next =
            new ReportValue(
                indicator.code(),
                current.number(),
                null,
                ValueSource.CORRECTED,
                figure,
                current.correctionReason(),
                current.narrative(),
                current.updatedBy(),
                current.updatedAt());
      } else {
        continue; // typed by the unit: TCC did not compute it when it was typed; the unit decides
      }
      if (!next.equals(current)) {
        values.put(indicator.code(), next);
        changed.add(next);
      }
    }
    return changed;
  }

  /**
   * The unit files its report (first time or after a return).
   *
   * @param previous the previous period's figures of the unit on this form, for the narrative rule
   * @throws ValidationException 422 with every figure that keeps it from being filed
   */
  public SubmissionMove submit(
      ReportForm form,
      Map<String, BigDecimal> previous,
      String actor,
      String actorName,
      Instant now) {
    SubmissionLifecycle.require(state, SubmissionState.SUBMITTED, SubmissionLifecycle.Party.UNIT);
    List<FieldError> errors = FigureRules.checkSubmission(form, values, previous);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return move(SubmissionState.SUBMITTED, actor, actorName, null, now);
  }

  /** A reviewer sends the report back to the unit, saying why (and commenting cells before). */
  public SubmissionMove returnToUnit(String reason, String actor, String actorName, Instant now) {
    SubmissionLifecycle.require(
        state, SubmissionState.RETURNED, SubmissionLifecycle.Party.REVIEWER);
    if (reason == null || reason.isBlank()) {
      throw new ValidationException(
          List.of(FieldError.of("reason", "reporting.move.reasonRequired")));
    }
    return move(SubmissionState.RETURNED, actor, actorName, reason.strip(), now);
  }

  public SubmissionMove accept(String actor, String actorName, Instant now) {
    SubmissionLifecycle.require(
        state, SubmissionState.ACCEPTED, SubmissionLifecycle.Party.REVIEWER);
    return move(SubmissionState.ACCEPTED, actor, actorName, null, now);
  }

  /**
   * A comment on a cell (indicator), a section, or the whole report (both null); not on an accepted
   * report, which is closed.
   */
  public ReportComment comment(
      ReportForm form,
      String indicatorCode,
      String sectionCode,
      String body,
      String actor,
      String actorName,
      Instant now) {
    if (state == SubmissionState.ACCEPTED) {
      throw ReportingRuleException.conflict("reporting.comment.closed");
    }
    List<FieldError> errors = new ArrayList<>();
    if (indicatorCode != null && sectionCode != null) {
      errors.add(FieldError.of("target", "reporting.comment.oneTarget"));
    } else if (indicatorCode != null && form.indicator(indicatorCode).isEmpty()) {
      errors.add(
          FieldError.of("indicatorCode", "reporting.comment.unknownIndicator", indicatorCode));
    } else if (sectionCode != null && form.section(sectionCode).isEmpty()) {
      errors.add(FieldError.of("sectionCode", "reporting.comment.unknownSection", sectionCode));
    }
    if (body == null || body.isBlank()) {
      errors.add(FieldError.of("body", "reporting.comment.bodyRequired"));
    } else if (body.length() > 2000) {
      errors.add(FieldError.of("body", "reporting.value.tooLong", 2000));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    ReportComment comment =
        new ReportComment(null, indicatorCode, sectionCode, body.strip(), actor, actorName, now);
    comments.add(comment);
    return comment;
  }

  private SubmissionMove move(
      SubmissionState to, String actor, String actorName, String reason, Instant now) {
    SubmissionMove move = new SubmissionMove(state, to, actor, actorName, reason, now);
    state = to;
    moves.add(move);
    return move;
  }

  private void requireOpenForEntry() {
    if (!state.isOpenForEntry()) {
      throw ReportingRuleException.conflict("reporting.value.notOpen", state.name());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public String unitCode() {
    return unitCode;
  }

  public String formCode() {
    return formCode;
  }

  public long formId() {
    return formId;
  }

  public String periodKey() {
    return periodKey;
  }

  public SubmissionState state() {
    return state;
  }

  /** The version read; a save succeeds only if nobody saved since. */
  public long version() {
    return version;
  }

  public Map<String, ReportValue> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public List<ReportComment> comments() {
    return List.copyOf(comments);
  }

  public List<SubmissionMove> moves() {
    return List.copyOf(moves);
  }

  /** Figures only, by indicator code: what the next period compares with. */
  public Map<String, BigDecimal> figures() {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    values.forEach(
        (code, value) -> {
          if (value.number() != null) {
            figures.put(code, value.number());
          }
        });
    return figures;
  }
}
