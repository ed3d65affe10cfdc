package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.ReportComment;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportValue;
import vn.tcc.reporting.internal.domain.ReportingCalendar;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.Submission;
import vn.tcc.reporting.internal.domain.SubmissionFilter;
import vn.tcc.reporting.internal.domain.SubmissionLifecycle.Party;
import vn.tcc.reporting.internal.domain.SubmissionMove;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.SubmissionSummary;
import vn.tcc.reporting.internal.domain.Submissions;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A unit's periodic report from draft to acceptance: the coordinator opens his unit's draft for a
 * period (pre-filled from TCC's data), confirms or corrects figures, submits; a provincial reviewer
 * comments, returns or accepts. Entry stops when the period locks. Every change is on the audit
 * trail, and so is every refused look at another unit's report.
 *
 * <p>A refusal keeps its audit entry (the transaction commits on a {@link ProblemException} or
 * {@link ValidationException}): every rule is checked before the first write, so a refused call has
 * written nothing else.
 */
@ApplicationScoped
public class SubmissionWorkflow {
  static final String OPENED = "REPORT_DRAFT_OPENED";
  static final String FIGURE = "REPORT_FIGURE_ENTERED";
  static final String REFILLED = "REPORT_FIGURES_REFRESHED";
  static final String SUBMITTED = "REPORT_SUBMITTED";
  static final String RETURNED = "REPORT_RETURNED";
  static final String ACCEPTED = "REPORT_ACCEPTED";
  static final String COMMENTED = "REPORT_COMMENTED";
  static final String DENIED = "REPORT_ACCESS_DENIED";
  static final String IMPORTED = "REPORT_FIGURES_IMPORTED";
  static final String OBJECT = "report_submission";

  static final int MAX_PAGE_SIZE = 200;

  private Submissions submissions;
  private ReportForms forms;
  private ReportingUnits units;
  private FigureSources figures;
  private ReportingSettings settings;
  private AuditTrail auditTrail;
  private Clock clock;

  SubmissionWorkflow() {}

  @Inject
  SubmissionWorkflow(
      Submissions submissions,
      ReportForms forms,
      ReportingUnits units,
      FigureSources figures,
      ReportingSettings settings,
      AuditTrail auditTrail,
      Clock clock) {
    this.submissions = submissions;
    this.forms = forms;
    this.units = units;
    this.figures = figures;
    this.settings = settings;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** A submission as opened: {@code created} when this call made the draft. */
  public record Opened(SubmissionView submission, boolean created) {}

  /** A page of submissions. */
  public record SubmissionPage(List<SubmissionSummary> items, long total, int page, int size) {}

  /**
   * The coordinator's report on a form for a period (the current one of the form's kind when none
   * is given): the existing one, or a new draft pre-filled with TCC's figures for his unit's area.
   *
   * @throws ReportingRuleException 403 (not a coordinator with a unit), 404 (no such form), 409
   *     (the form is not his unit's, the period has not started or is locked)
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public Opened open(ReportingActor actor, String formCode, String periodKey) {
    ReportingAccess.require(actor, Party.UNIT);
    ReportInput input = new ReportInput();
    String code = input.code("formCode", formCode, true);
    ReportingPeriod asked = input.period(calendar(), "period", periodKey, false);
    input.check();
    Instant now = clock.instant();
    ReportingUnit unit = unitOf(actor);
    ReportForm current =
        forms
            .inForce(code, today(now))
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", code));
    ReportingPeriod period =
        asked != null ? asked : calendar().containing(current.periodKind(), now);
    if (period.kind() != current.periodKind()) {
      throw new ReportingRuleException(
          422, "reporting.form.otherPeriodKind", code, current.periodKind().name());
    }
    requireOpenForEntry(period, now);
    var existing = submissions.find(unit.code(), code, period.key());
    if (existing.isPresent()) {
      return new Opened(view(actor, existing.get(), now), false);
    }
    ReportForm form =
        forms
            .inForce(code, period.lastDay())
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", code));
    Submission draft =
        Submission.draft(
            unit,
            form,
            period,
            figures.compute(unit, period, form),
            actor.username(),
            actor.displayName(),
            now);
    Submission stored = submissions.create(draft);
    audit(
        OPENED,
        stored,
        unit,
        form.code() + " " + period.key() + "; " + draft.values().size() + " figures pre-filled");
    return new Opened(view(actor, stored, now), true);
  }

  /** One report, if the caller may read it (another unit's is 404, and the look is audited). */
  public SubmissionView get(ReportingActor actor, long id) {
    ReportingAccess.requireReader(actor);
    return view(actor, readable(actor, id), clock.instant());
  }

  /**
   * The reports the caller may see: a coordinator his unit's, a reviewer or auditor every unit's.
   *
   * @param page from 0; {@code size} 1 to {@value #MAX_PAGE_SIZE} (default 50)
   */
  public SubmissionPage list(
      ReportingActor actor,
      String periodKey,
      String state,
      String unitCode,
      String formCode,
      String page,
      String size) {
    ReportingAccess.requireReader(actor);
    ReportInput input = new ReportInput();
    ReportingPeriod period = input.period(calendar(), "period", periodKey, false);
    SubmissionState wanted = input.choice("state", state, SubmissionState.class);
    String unit = input.code("unit", unitCode, false);
    String form = input.code("form", formCode, false);
    int pageNumber = input.number("page", page, 0, 0, 1_000_000);
    int pageSize = input.number("size", size, 50, 1, MAX_PAGE_SIZE);
    input.check();
    if (!ReportingAccess.isReviewer(actor) && !isProvinceReader(actor)) {
      unit = actor.unitCode(); // a coordinator sees his unit only, whatever he asked for
    }
    SubmissionFilter filter =
        new SubmissionFilter(unit, form, period == null ? null : period.key(), wanted);
    return new SubmissionPage(
        submissions.list(filter, pageNumber * pageSize, pageSize),
        submissions.count(filter),
        pageNumber,
        pageSize);
  }

  /**
   * The coordinator enters one figure: a change of TCC's figure needs a reason.
   *
   * @throws ReportingRuleException 404 (unknown indicator), 409 (not open for entry, locked)
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView enter(
      ReportingActor actor,
      long id,
      String indicatorCode,
      BigDecimal number,
      String text,
      String reason,
      String narrative) {
    ReportingAccess.require(actor, Party.UNIT);
    ReportInput input = new ReportInput();
    String code = input.code("indicatorCode", indicatorCode, true);
    String answer = input.text("text", text, 4000);
    String why = input.text("reason", reason, 1000);
    String explanation = input.text("narrative", narrative, 4000);
    input.check();
    Instant now = clock.instant();
    Submission submission = readable(actor, id);
    requireOpenForEntry(period(submission), now);
    ReportForm form = formOf(submission);
    Indicator indicator =
        form.indicator(code)
            .orElseThrow(
                () -> new ReportingRuleException(404, "reporting.indicator.unknown", code));
    ReportValue before = submission.values().get(code);
    ReportValue entered =
        submission.enter(indicator, number, answer, why, explanation, actor.username(), now);
    submissions.save(submission, List.of(entered), List.of(), List.of());
    audit(
        FIGURE,
        submission,
        unitOf(submission),
        code
            + ": "
            + (before == null ? "—" : show(before))
            + " → "
            + show(entered)
            + " ("
            + entered.source()
            + (why == null ? "" : "; reason: " + why)
            + ")");
    return get(actor, id);
  }

  /** One row of a filled template: its Excel row number and the cells as read. */
  public record ImportedFigure(
      int row, String indicatorCode, String value, String reason, String narrative) {}

  /**
   * The coordinator's figures from his form's filled Excel template, all or nothing: every row is
   * checked as if typed on the page (type, range, a reason for changing TCC's figure), every bad
   * cell is reported with its row and indicator ({@code field} "R12:VIO.DETECTED"), and only a file
   * without any error is saved, in one transaction. Empty value cells leave the figure as it is.
   *
   * @return the report as saved
   * @throws ValidationException 422 listing every bad cell; nothing is written
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView importFigures(ReportingActor actor, long id, List<ImportedFigure> rows) {
    ReportingAccess.require(actor, Party.UNIT);
    Instant now = clock.instant();
    Submission submission = readable(actor, id);
    requireOpenForEntry(period(submission), now);
    ReportForm form = formOf(submission);
    List<vn.tcc.shared.error.FieldError> errors = new java.util.ArrayList<>();
    List<ReportValue> entered = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ImportedFigure row : rows) {
      String where = "R" + row.row() + ":" + row.indicatorCode();
      Indicator indicator = form.indicator(row.indicatorCode()).orElse(null);
      if (indicator == null) {
        errors.add(vn.tcc.shared.error.FieldError.of(where, "reporting.import.unknownIndicator"));
        continue;
      }
      if (!seen.add(indicator.code())) {
        errors.add(vn.tcc.shared.error.FieldError.of(where, "reporting.import.duplicate"));
        continue;
      }
      if (hasControl(row.value()) || hasControl(row.reason()) || hasControl(row.narrative())) {
        errors.add(vn.tcc.shared.error.FieldError.of(where, "reporting.input.controlCharacter"));
        continue;
      }
      if (row.value() == null || row.value().isBlank()) {
        continue;
      }
      BigDecimal number = null;
      String text = null;
      if (indicator.type().isNumber()) {
        number =
            FigureCells.number(
                row.value(),
                indicator.type() != vn.tcc.reporting.internal.domain.IndicatorType.PERCENT);
        if (number == null) {
          errors.add(
              vn.tcc.shared.error.FieldError.of(
                  where, "reporting.value.notANumber", FigureCells.shorten(row.value())));
          continue;
        }
      } else {
        text = row.value();
      }
      ReportValue before = submission.values().get(indicator.code());
      if (before != null && unchanged(before, number, text, row)) {
        continue;
      }
      try {
        entered.add(
            submission.enter(
                indicator, number, text, row.reason(), row.narrative(), actor.username(), now));
      } catch (ValidationException invalid) {
        invalid.errors().stream()
            .map(e -> new vn.tcc.shared.error.FieldError(where, e.messageKey(), e.args()))
            .forEach(errors::add);
      }
    }
    if (!errors.isEmpty()) {
      // The submission in memory took the good rows; it is dropped unsaved.
      throw new ValidationException(errors);
    }
    submissions.save(submission, entered, List.of(), List.of());
    audit(IMPORTED, submission, unitOf(submission), entered.size() + " figures from Excel");
    return get(actor, id);
  }

  private static boolean unchanged(
      ReportValue before, BigDecimal number, String text, ImportedFigure row) {
    boolean sameFigure =
        number != null
            ? before.number() != null && before.number().compareTo(number) == 0
            : java.util.Objects.equals(before.text(), text == null ? null : text.strip());
    return sameFigure
        && java.util.Objects.equals(blank(before.narrative()), blank(row.narrative()))
        && (before.source() != vn.tcc.reporting.internal.domain.ValueSource.CORRECTED
            || java.util.Objects.equals(blank(before.correctionReason()), blank(row.reason())));
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A control character other than a line break or tab (an Excel _x0000_ escape). */
  private static boolean hasControl(String text) {
    return text != null
        && text.chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }

  /** Takes TCC's figures again into an open draft (corrections and typed figures stay). */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView refresh(ReportingActor actor, long id) {
    ReportingAccess.require(actor, Party.UNIT);
    Instant now = clock.instant();
    Submission submission = readable(actor, id);
    ReportingPeriod period = period(submission);
    requireOpenForEntry(period, now);
    ReportingUnit unit = unitOf(submission);
    List<ReportValue> changed =
        submission.refill(
            formOf(submission),
            figures.compute(unit, period, formOf(submission)),
            actor.username(),
            now);
    submissions.save(submission, changed, List.of(), List.of());
    audit(REFILLED, submission, unit, changed.size() + " figures changed");
    return get(actor, id);
  }

  /** The coordinator files his report (again, after a return). */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView submit(ReportingActor actor, long id) {
    ReportingAccess.require(actor, Party.UNIT);
    Instant now = clock.instant();
    Submission submission = readable(actor, id);
    ReportingPeriod period = period(submission);
    requireOpenForEntry(period, now);
    ReportForm form = formOf(submission);
    Map<String, BigDecimal> previous =
        submissions
            .find(submission.unitCode(), submission.formCode(), calendar().previous(period).key())
            .filter(s -> s.state() != SubmissionState.DRAFT)
            .map(Submission::figures)
            .orElse(Map.of());
    SubmissionMove move =
        submission.submit(form, previous, actor.username(), actor.displayName(), now);
    submissions.save(submission, List.of(), List.of(move), List.of());
    audit(SUBMITTED, submission, unitOf(submission), form.code() + " " + period.key());
    return get(actor, id);
  }

  /** A reviewer's comment on a cell, a section or the whole report. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView comment(
      ReportingActor actor, long id, String indicatorCode, String sectionCode, String body) {
    ReportingAccess.require(actor, Party.REVIEWER);
    ReportInput input = new ReportInput();
    String indicator = input.code("indicatorCode", indicatorCode, false);
    String section = input.code("sectionCode", sectionCode, false);
    String text = input.required("body", body, 2000);
    input.check();
    Submission submission = readable(actor, id);
    ReportComment comment =
        submission.comment(
            formOf(submission),
            indicator,
            section,
            text,
            actor.username(),
            actor.displayName(),
            clock.instant());
    submissions.save(submission, List.of(), List.of(), List.of(comment));
    audit(
        COMMENTED,
        submission,
        unitOf(submission),
        (indicator != null
                ? "cell " + indicator
                : section != null ? "section " + section : "report")
            + ": "
            + text);
    return get(actor, id);
  }

  /** A reviewer returns the report to its unit, with a reason. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView returnToUnit(ReportingActor actor, long id, String reason) {
    ReportingAccess.require(actor, Party.REVIEWER);
    ReportInput input = new ReportInput();
    String why = input.required("reason", reason, 1000);
    input.check();
    Submission submission = readable(actor, id);
    SubmissionMove move =
        submission.returnToUnit(why, actor.username(), actor.displayName(), clock.instant());
    submissions.save(submission, List.of(), List.of(move), List.of());
    audit(RETURNED, submission, unitOf(submission), why);
    return get(actor, id);
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SubmissionView accept(ReportingActor actor, long id) {
    ReportingAccess.require(actor, Party.REVIEWER);
    Submission submission = readable(actor, id);
    SubmissionMove move = submission.accept(actor.username(), actor.displayName(), clock.instant());
    submissions.save(submission, List.of(), List.of(move), List.of());
    audit(ACCEPTED, submission, unitOf(submission), null);
    return get(actor, id);
  }

  /** The submission, its form, unit and period, for the documents. */
  public record Loaded(
      Submission submission, ReportForm form, ReportingUnit unit, ReportingPeriod period) {}

  public Loaded load(ReportingActor actor, long id) {
    ReportingAccess.requireReader(actor);
    Submission submission = readable(actor, id);
    return new Loaded(submission, formOf(submission), unitOf(submission), period(submission));
  }

  private Submission readable(ReportingActor actor, long id) {
    Submission submission =
        submissions
            .find(id)
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.submission.unknown"));
    if (!ReportingAccess.mayRead(actor, submission.unitCode())) {
      auditTrail.record(
          new AuditRecord(
              DENIED,
              OBJECT,
              String.valueOf(id),
              actor.caller().jurisdiction(),
              null,
              false,
              AuditOutcome.DENIED,
              "unit " + submission.unitCode() + " asked by unit " + actor.unitCode()));
      // Another unit's report does not exist for a coordinator: the same answer as an unknown one.
      throw new ReportingRuleException(404, "reporting.submission.unknown");
    }
    return submission;
  }

  private SubmissionView view(ReportingActor actor, Submission submission, Instant now) {
    ReportingPeriod period = period(submission);
    boolean locked = period.isLockedAt(now);
    boolean editable =
        ReportingAccess.isCoordinator(actor)
            && actor.unitCode().equals(submission.unitCode())
            && submission.state().isOpenForEntry()
            && !locked;
    boolean reviewable =
        ReportingAccess.isReviewer(actor) && submission.state() == SubmissionState.SUBMITTED;
    return SubmissionView.of(
        submission,
        formOf(submission),
        unitOf(submission),
        PeriodView.of(period, now),
        editable,
        reviewable);
  }

  private void requireOpenForEntry(ReportingPeriod period, Instant now) {
    if (!period.hasStartedAt(now)) {
      throw new ReportingRuleException(409, "reporting.period.notStarted", period.key());
    }
    if (period.isLockedAt(now)) {
      throw new ReportingRuleException(
          409, "reporting.period.locked", period.key(), period.lockedFrom().toString());
    }
  }

  private ReportingUnit unitOf(ReportingActor actor) {
    return units
        .find(actor.unitCode())
        .orElseThrow(
            () -> new ReportingRuleException(403, "reporting.unit.unknown", actor.unitCode()));
  }

  private ReportingUnit unitOf(Submission submission) {
    return units
        .find(submission.unitCode())
        .orElseThrow(() -> new IllegalStateException("Unit gone: " + submission.unitCode()));
  }

  private ReportForm formOf(Submission submission) {
    return forms
        .byId(submission.formId())
        .orElseThrow(() -> new IllegalStateException("Form gone: " + submission.formId()));
  }

  private ReportingPeriod period(Submission submission) {
    return calendar().parse(submission.periodKey());
  }

  private ReportingCalendar calendar() {
    return settings.calendar();
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, vn.tcc.shared.time.TccTime.ZONE);
  }

  private static boolean isProvinceReader(ReportingActor actor) {
    return actor.caller().hasRole(vn.tcc.shared.security.Role.AUDITOR)
        && actor.caller().jurisdiction() != null
        && actor.caller().jurisdiction().isProvince();
  }

  private void audit(String action, Submission submission, ReportingUnit unit, String details) {
    JurisdictionCode where = unit.jurisdiction();
    auditTrail.record(
        new AuditRecord(
            action,
            OBJECT,
            String.valueOf(submission.id()),
            where,
            null,
            false,
            AuditOutcome.SUCCESS,
            submission.unitCode()
                + " "
                + submission.formCode()
                + " "
                + submission.periodKey()
                + (details == null ? "" : "; " + details)));
  }

  private static String show(ReportValue value) {
    if (value.number() != null) {
      return value.number().toPlainString();
    }
    return value.text() == null ? "—" : "«" + value.text().length() + " characters»";
  }
}
