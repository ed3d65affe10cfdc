package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.tcc.reporting.internal.application.FormView;
import vn.tcc.reporting.internal.application.PeriodView;
import vn.tcc.reporting.internal.application.ReportingCatalog;
import vn.tcc.reporting.internal.application.SynthesisView;
import vn.tcc.reporting.internal.application.SynthesisWorkflow;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The province's synthesis page: for a form, who has filed for the current period and who is late,
 * the units' reporting rates; build the synthesis of a period, review, approve (another supervisor
 * than the preparer), submit to the PPC, the workbook and the Word report, the version history.
 * Auditors read it without the actions; everyone else is refused by the workflow.
 */
@Named
@ViewScoped
public class SynthesisPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SynthesisWorkflow workflow;
  @Inject transient ReportingCatalog catalog;
  @Inject transient CurrentRequest currentRequest;

  private String formCode = "VIOLATION_HANDLING";
  private String periodKey;
  private Long selectedId;
  private transient List<FormView> forms = List.of();
  private transient List<PeriodView> periods = List.of();
  private transient List<SynthesisWorkflow.SynthesisSummary> rows = List.of();
  private transient SynthesisWorkflow.TimelinessView timeliness;
  private transient SynthesisView synthesis;
  private transient List<SynthesisView> versions = List.of();

  public void load() {
    try {
      var actor = ReportPages.actor(currentRequest);
      forms = catalog.forms(actor, null);
      FormView form =
          forms.stream().filter(f -> f.code().equals(formCode)).findFirst().orElse(null);
      if (form == null && !forms.isEmpty()) {
        form = forms.get(0);
        formCode = form.code();
      }
      periods = form == null ? List.of() : catalog.periods(actor, form.periodKind(), "13");
      if (periodKey == null && periods.size() > 1) {
        periodKey = periods.get(1).key(); // the last period whose data is complete
      }
      rows = workflow.list(actor, formCode, null);
      timeliness = workflow.timeliness(actor, formCode, "6");
      if (selectedId != null) {
        synthesis = workflow.get(actor, selectedId);
        versions = workflow.versions(actor, selectedId);
      }
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      rows = List.of();
      PageMessages.refused(refused);
    }
  }

  public void changeForm() {
    periodKey = null;
    selectedId = null;
    synthesis = null;
    load();
  }

  public void select(long id) {
    selectedId = id;
    load();
  }

  public void build() {
    try {
      SynthesisWorkflow.Built built =
          workflow.build(ReportPages.actor(currentRequest), formCode, periodKey);
      selectedId = built.synthesis().id();
      PageMessages.info("reporting.synthesis.page.built", built.synthesis().version());
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void review() {
    act(
        () -> workflow.review(ReportPages.actor(currentRequest), selectedId),
        "reporting.synthesis.page.reviewed");
  }

  public void approve() {
    act(
        () -> workflow.approve(ReportPages.actor(currentRequest), selectedId),
        "reporting.synthesis.page.approved");
  }

  public void submit() {
    act(
        () -> workflow.submit(ReportPages.actor(currentRequest), selectedId),
        "reporting.synthesis.page.submitted");
  }

  private void act(java.util.function.Supplier<SynthesisView> action, String done) {
    if (selectedId == null) {
      return;
    }
    try {
      synthesis = action.get();
      PageMessages.info(done);
      load();
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public String show(String type, BigDecimal number) {
    return ReportPages.show(type, number);
  }

  /** A change or rate to one decimal, the Vietnamese way: "12,5". */
  public String showRate(BigDecimal number) {
    return ReportPages.show("PERCENT", number);
  }

  public boolean isSupervisor() {
    return currentRequest.caller().hasRole(vn.tcc.shared.security.Role.SUPERVISOR);
  }

  public String getFormCode() {
    return formCode;
  }

  public void setFormCode(String formCode) {
    this.formCode = formCode;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public void setPeriodKey(String periodKey) {
    this.periodKey = periodKey;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public List<FormView> getForms() {
    return forms == null ? List.of() : forms;
  }

  public List<PeriodView> getPeriods() {
    return periods == null ? List.of() : periods;
  }

  public List<SynthesisWorkflow.SynthesisSummary> getRows() {
    return rows == null ? List.of() : rows;
  }

  public SynthesisWorkflow.TimelinessView getTimeliness() {
    return timeliness;
  }

  public SynthesisView getSynthesis() {
    return synthesis;
  }

  public List<SynthesisView> getVersions() {
    return versions == null ? List.of() : versions;
  }
}
