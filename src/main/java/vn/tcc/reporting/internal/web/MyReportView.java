package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import vn.tcc.reporting.internal.application.FigureWorkbook;
import vn.tcc.reporting.internal.application.FormView;
import vn.tcc.reporting.internal.application.PeriodView;
import vn.tcc.reporting.internal.application.ReportingActor;
import vn.tcc.reporting.internal.application.ReportingCatalog;
import vn.tcc.reporting.internal.application.SubmissionView;
import vn.tcc.reporting.internal.application.SubmissionWorkflow;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The coordinator's page: his unit's report on each form for the current period. Opening it makes
 * the draft TCC pre-fills; he confirms or corrects each figure (a correction with a reason),
 * explains big moves, submits, and sees the reviewer's comments when it comes back.
 */
@Named
@ViewScoped
public class MyReportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SubmissionWorkflow workflow;
  @Inject transient ReportingCatalog catalog;
  @Inject transient FigureWorkbook figureWorkbook;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient vn.tcc.reporting.internal.application.ReportReminders reminderService;

  private transient List<FormView> forms = List.of();
  private transient ReportingCatalog.UnitView unit;
  private transient PeriodView period;
  private transient SubmissionView report;
  private transient List<vn.tcc.reporting.internal.domain.Reminder> reminders = List.of();
  private String formCode;
  private final Map<String, String> figures = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> narratives = new HashMap<>();

  public void load() {
    ReportingActor actor = ReportPages.actor(currentRequest);
    try {
      List<ReportingCatalog.UnitView> units = catalog.units(actor);
      unit = units.stream().filter(u -> u.code().equals(actor.unitCode())).findFirst().orElse(null);
      if (unit == null) {
        return;
      }
      reminders = reminderService.recent(actor);
      forms =
          catalog.forms(actor, null).stream()
              .filter(f -> f.filedBy().contains(unit.kind()))
              .toList();
      if (forms.isEmpty()) {
        return;
      }
      FormView form =
          forms.stream().filter(f -> f.code().equals(formCode)).findFirst().orElse(forms.get(0));
      formCode = form.code();
      period = catalog.periods(actor, form.periodKind(), "1").get(0);
      report =
          workflow.list(actor, period.key(), null, null, formCode, "0", "1").items().stream()
              .findFirst()
              .map(s -> workflow.get(actor, s.id()))
              .orElse(null);
      fillInputs();
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private void fillInputs() {
    figures.clear();
    reasons.clear();
    narratives.clear();
    if (report == null) {
      return;
    }
    for (SubmissionView.SectionLines section : report.sections()) {
      for (SubmissionView.Line line : section.lines()) {
        figures.put(
            line.code(),
            line.value() != null ? ReportPages.show(line.type(), line.value()) : line.text());
        reasons.put(line.code(), line.correctionReason());
        narratives.put(line.code(), line.narrative());
      }
    }
  }

  public void open() {
    try {
      report = workflow.open(ReportPages.actor(currentRequest), formCode, null).submission();
      PageMessages.info("reporting.page.opened");
      fillInputs();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void save(SubmissionView.Line line) {
    if (report == null) {
      return;
    }
    try {
      String typed = figures.get(line.code());
      boolean number = !"TEXT".equals(line.type());
      report =
          workflow.enter(
              ReportPages.actor(currentRequest),
              report.id(),
              line.code(),
              number ? ReportPages.figure(line.code(), line.type(), typed) : null,
              number ? null : typed,
              reasons.get(line.code()),
              narratives.get(line.code()));
      PageMessages.info(
          "reporting.page.saved", ReportPages.vietnamese() ? line.nameVi() : line.nameEn());
      fillInputs();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void refresh() {
    act(
        () -> workflow.refresh(ReportPages.actor(currentRequest), report.id()),
        "reporting.page.refreshed");
  }

  public void submit() {
    act(
        () -> workflow.submit(ReportPages.actor(currentRequest), report.id()),
        "reporting.page.submitted");
  }

  private void act(java.util.function.Supplier<SubmissionView> action, String done) {
    if (report == null) {
      return;
    }
    try {
      report = action.get();
      PageMessages.info(done);
      fillInputs();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The form's Excel template with the figures as they stand. */
  public StreamedContent getTemplate() {
    long id = report.id();
    return ReportPages.file(
        () -> figureWorkbook.template(ReportPages.actor(currentRequest), id), ReportPages.XLSX);
  }

  /** A filled template: every figure or none; each bad cell named by row and indicator. */
  public void upload(org.primefaces.event.FileUploadEvent event) {
    if (report == null) {
      return;
    }
    var file = event.getFile();
    if (file.getSize() > FigureWorkbook.MAX_BYTES) {
      PageMessages.error("reporting.import.tooLarge", FigureWorkbook.MAX_BYTES / 1024 / 1024);
      return;
    }
    try {
      report =
          figureWorkbook.importFigures(
              ReportPages.actor(currentRequest), report.id(), file.getContent());
      PageMessages.info("reporting.import.done");
      fillInputs();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), ReportPages.cellErrors());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The reviewers' comments on one cell. */
  public List<SubmissionView.CommentView> commentsOn(String indicatorCode) {
    return report == null
        ? List.of()
        : report.comments().stream().filter(c -> indicatorCode.equals(c.indicatorCode())).toList();
  }

  /** The comments on a section or on the whole report (sectionCode null). */
  public List<SubmissionView.CommentView> generalComments() {
    return report == null
        ? List.of()
        : report.comments().stream().filter(c -> c.indicatorCode() == null).toList();
  }

  public String name(String vi, String en) {
    return ReportPages.vietnamese() || en == null ? vi : en;
  }

  public String show(SubmissionView.Line line) {
    return line.value() != null ? ReportPages.show(line.type(), line.value()) : line.text();
  }

  public String showNumber(String type, java.math.BigDecimal number) {
    return ReportPages.show(type, number);
  }

  public String periodText() {
    return period == null
        ? ""
        : ReportPages.text(
            "reporting.page.periodLine",
            period.key(),
            period.firstDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            period.lastDay().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            period.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
  }

  public boolean isHasUnit() {
    return unit != null;
  }

  public ReportingCatalog.UnitView getUnit() {
    return unit;
  }

  public List<FormView> getForms() {
    return forms == null ? List.of() : forms;
  }

  public PeriodView getPeriod() {
    return period;
  }

  public SubmissionView getReport() {
    return report;
  }

  public String getFormCode() {
    return formCode;
  }

  public void setFormCode(String formCode) {
    this.formCode = formCode;
  }

  public Map<String, String> getFigures() {
    return figures;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public Map<String, String> getNarratives() {
    return narratives;
  }

  /** His unit's reminders of reports due soon or overdue, newest first. */
  public List<vn.tcc.reporting.internal.domain.Reminder> getReminders() {
    return reminders == null ? List.of() : reminders;
  }

  /** A form's title in the page's language, for a reminder. */
  public String formTitle(String code) {
    return getForms().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .map(f -> name(f.titleVi(), f.titleEn()))
        .orElse(code);
  }
}
