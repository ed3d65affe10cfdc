package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.reporting.internal.application.PeriodView;
import vn.tcc.reporting.internal.application.ReportingCatalog;
import vn.tcc.reporting.internal.application.SubmissionView;
import vn.tcc.reporting.internal.application.SubmissionWorkflow;
import vn.tcc.reporting.internal.domain.SubmissionSummary;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The provincial reviewer's page: the units' reports of a period by state; one opened with its
 * figures and where they come from; a comment on a cell, a section or the report; return with a
 * reason or accept; the workbook and the Word report. Auditors read it without the actions.
 */
@Named
@ViewScoped
public class ReportReviewView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SubmissionWorkflow workflow;
  @Inject transient ReportingCatalog catalog;
  @Inject transient CurrentRequest currentRequest;

  private transient List<SubmissionSummary> rows = List.of();
  private transient List<PeriodView> periods = List.of();
  private transient SubmissionView report;
  private String periodKey;
  private String state = "SUBMITTED";
  private Long selectedId;
  private String commentTarget;
  private String commentBody;
  private String returnReason;

  public void load() {
    try {
      List<PeriodView> recent =
          new ArrayList<>(catalog.periods(ReportPages.actor(currentRequest), "MONTHLY", "3"));
      recent.addAll(catalog.periods(ReportPages.actor(currentRequest), "QUARTERLY", "2"));
      periods = recent;
      rows =
          workflow
              .list(
                  ReportPages.actor(currentRequest),
                  blank(periodKey),
                  blank(state),
                  null,
                  null,
                  "0",
                  "200")
              .items();
      if (selectedId != null) {
        report = workflow.get(ReportPages.actor(currentRequest), selectedId);
      }
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      rows = List.of();
      PageMessages.refusedPage(refused);
    }
  }

  public void select(long id) {
    selectedId = id;
    commentTarget = null;
    commentBody = null;
    returnReason = null;
    load();
  }

  public void comment() {
    if (report == null) {
      return;
    }
    String indicator = null;
    String section = null;
    if (commentTarget != null && commentTarget.startsWith("S:")) {
      section = commentTarget.substring(2);
    } else if (commentTarget != null && !commentTarget.isBlank()) {
      indicator = commentTarget;
    }
    String cell = indicator;
    String part = section;
    act(
        () ->
            workflow.comment(
                ReportPages.actor(currentRequest), report.id(), cell, part, commentBody),
        "reporting.page.commented");
    commentBody = null;
  }

  public void returnToUnit() {
    act(
        () -> workflow.returnToUnit(ReportPages.actor(currentRequest), report.id(), returnReason),
        "reporting.page.returned");
  }

  public void accept() {
    act(
        () -> workflow.accept(ReportPages.actor(currentRequest), report.id()),
        "reporting.page.accepted");
  }

  private void act(java.util.function.Supplier<SubmissionView> action, String done) {
    if (report == null) {
      return;
    }
    try {
      report = action.get();
      PageMessages.info(done);
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public List<SubmissionView.CommentView> commentsOn(String indicatorCode) {
    return report == null
        ? List.of()
        : report.comments().stream().filter(c -> indicatorCode.equals(c.indicatorCode())).toList();
  }

  public List<SubmissionView.CommentView> generalComments() {
    return report == null
        ? List.of()
        : report.comments().stream().filter(c -> c.indicatorCode() == null).toList();
  }

  /** A form's short name in the reader's language; its code only if the bundle has none. */
  public String formName(String formCode) {
    java.util.ResourceBundle bundle =
        java.util.ResourceBundle.getBundle(
            "i18n.messages", vn.tcc.shared.web.PageMessages.locale());
    String key = "reporting.formName." + formCode;
    return bundle.containsKey(key) ? bundle.getString(key) : formCode;
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

  /** Where a comment may go: a section ({@code S:code}) or a cell (the indicator's code). */
  public record CommentTarget(String value, String label) {}

  public List<CommentTarget> getCommentTargets() {
    List<CommentTarget> targets = new ArrayList<>();
    if (report == null) {
      return targets;
    }
    for (SubmissionView.SectionLines section : report.sections()) {
      targets.add(
          new CommentTarget("S:" + section.code(), name(section.titleVi(), section.titleEn())));
      for (SubmissionView.Line line : section.lines()) {
        targets.add(new CommentTarget(line.code(), "— " + name(line.nameVi(), line.nameEn())));
      }
    }
    return targets;
  }

  public List<String> getStates() {
    return List.of("SUBMITTED", "RETURNED", "ACCEPTED", "DRAFT");
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public List<SubmissionSummary> getRows() {
    return rows == null ? List.of() : rows;
  }

  public List<PeriodView> getPeriods() {
    return periods == null ? List.of() : periods;
  }

  public SubmissionView getReport() {
    return report;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public void setPeriodKey(String periodKey) {
    this.periodKey = periodKey;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public String getCommentTarget() {
    return commentTarget;
  }

  public void setCommentTarget(String commentTarget) {
    this.commentTarget = commentTarget;
  }

  public String getCommentBody() {
    return commentBody;
  }

  public void setCommentBody(String commentBody) {
    this.commentBody = commentBody;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }
}
