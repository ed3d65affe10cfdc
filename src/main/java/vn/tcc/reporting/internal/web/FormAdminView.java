package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.tcc.reporting.internal.application.FormAdministration;
import vn.tcc.reporting.internal.application.FormAdministration.VersionDetail;
import vn.tcc.reporting.internal.application.FormAdministration.VersionView;
import vn.tcc.reporting.internal.application.FormView;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The forms admin page: every form's versions; a new version copied from the latest, effective from
 * a day; the draft's titles, sections, indicators (type, unit, range, narrative threshold) and sums
 * edited; then published or discarded. A published version only reads.
 */
@Named
@ViewScoped
public class FormAdminView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String LABELS = "reporting.forms.field.";

  @Inject transient FormAdministration administration;
  @Inject transient CurrentRequest currentRequest;

  private transient List<VersionView> versions = List.of();
  private transient VersionDetail selected;
  private Long selectedId;

  private String newCode;
  private LocalDate newEffectiveFrom;

  private String titleVi;
  private String titleEn;
  private LocalDate effectiveFrom;

  private String sectionCode;
  private String sectionTitleVi;
  private String sectionTitleEn;

  private String indicatorCode;
  private String indicatorSection;
  private String indicatorNameVi;
  private String indicatorNameEn;
  private String indicatorType = IndicatorType.INTEGER.name();
  private String indicatorUnitVi;
  private String indicatorUnitEn;
  private String indicatorMin;
  private String indicatorMax;
  private String indicatorNarrative;
  private boolean indicatorRequired = true;

  private String sumTotal;
  private List<String> sumParts = List.of();

  public void load() {
    try {
      versions = administration.list(ReportPages.actor(currentRequest));
      if (selectedId != null) {
        show(administration.get(ReportPages.actor(currentRequest), selectedId));
      }
    } catch (ProblemException refused) {
      versions = List.of();
      selected = null;
      PageMessages.refusedPage(refused);
    }
  }

  public void select(long id) {
    selectedId = id;
    clearSection();
    clearIndicator();
    sumTotal = null;
    sumParts = List.of();
    load();
  }

  public void createDraft() {
    act(
        () ->
            administration.createDraft(
                ReportPages.actor(currentRequest),
                new FormAdministration.DraftInput(
                    newCode, newEffectiveFrom == null ? null : newEffectiveFrom.toString())),
        "reporting.forms.page.drafted");
  }

  public void saveHeader() {
    act(
        () ->
            administration.changeHeader(
                ReportPages.actor(currentRequest),
                id(),
                new FormAdministration.HeaderInput(
                    titleVi, titleEn, effectiveFrom == null ? null : effectiveFrom.toString())),
        "reporting.forms.page.saved");
  }

  public void saveSection() {
    act(
        () ->
            administration.putSection(
                ReportPages.actor(currentRequest),
                id(),
                new FormAdministration.SectionInput(sectionCode, sectionTitleVi, sectionTitleEn)),
        "reporting.forms.page.saved");
    clearSection();
  }

  public void editSection(FormView.SectionView section) {
    sectionCode = section.code();
    sectionTitleVi = section.titleVi();
    sectionTitleEn = section.titleEn();
  }

  public void deleteSection(String code) {
    act(
        () -> administration.deleteSection(ReportPages.actor(currentRequest), id(), code),
        "reporting.forms.page.saved");
  }

  public void editIndicator(String section, FormView.IndicatorView i) {
    indicatorCode = i.code();
    indicatorSection = section;
    indicatorNameVi = i.nameVi();
    indicatorNameEn = i.nameEn();
    indicatorType = i.type();
    indicatorUnitVi = i.unitVi();
    indicatorUnitEn = i.unitEn();
    indicatorMin = plain(i.min());
    indicatorMax = plain(i.max());
    indicatorNarrative = plain(i.narrativeAbovePercent());
    indicatorRequired = i.required();
  }

  public void saveIndicator() {
    try {
      BigDecimal min = ReportPages.figure("min", "PERCENT", indicatorMin);
      BigDecimal max = ReportPages.figure("max", "PERCENT", indicatorMax);
      BigDecimal narrative =
          ReportPages.figure("narrativeAbovePercent", "PERCENT", indicatorNarrative);
      act(
          () ->
              administration.putIndicator(
                  ReportPages.actor(currentRequest),
                  id(),
                  new FormAdministration.IndicatorInput(
                      indicatorCode,
                      indicatorSection,
                      indicatorNameVi,
                      indicatorNameEn,
                      indicatorType,
                      indicatorUnitVi,
                      indicatorUnitEn,
                      min,
                      max,
                      narrative,
                      indicatorRequired)),
          "reporting.forms.page.saved");
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled(LABELS));
    }
  }

  public void deleteIndicator(String code) {
    act(
        () -> administration.deleteIndicator(ReportPages.actor(currentRequest), id(), code),
        "reporting.forms.page.saved");
  }

  public void saveSum() {
    act(
        () ->
            administration.putSum(
                ReportPages.actor(currentRequest),
                id(),
                new FormAdministration.SumInput(sumTotal, sumParts)),
        "reporting.forms.page.saved");
  }

  public void deleteSum(String total) {
    act(
        () -> administration.deleteSum(ReportPages.actor(currentRequest), id(), total),
        "reporting.forms.page.saved");
  }

  public void publish() {
    act(
        () -> administration.publish(ReportPages.actor(currentRequest), id()),
        "reporting.forms.page.published");
  }

  public void discard() {
    try {
      administration.discard(ReportPages.actor(currentRequest), id());
      PageMessages.info("reporting.forms.page.discarded");
      selectedId = null;
      selected = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled(LABELS));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private void act(Supplier<VersionDetail> action, String done) {
    try {
      VersionDetail detail = action.get();
      selectedId = detail.version().id();
      PageMessages.info(done);
      versions = administration.list(ReportPages.actor(currentRequest));
      show(detail);
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled(LABELS));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private void show(VersionDetail detail) {
    selected = detail;
    titleVi = detail.form().titleVi();
    titleEn = detail.form().titleEn();
    effectiveFrom = detail.form().effectiveFrom();
  }

  private long id() {
    if (selected == null) {
      throw new ProblemException(404, "reporting.forms.versionUnknown");
    }
    return selected.version().id();
  }

  private void clearSection() {
    sectionCode = null;
    sectionTitleVi = null;
    sectionTitleEn = null;
  }

  public void clearIndicator() {
    indicatorCode = null;
    indicatorSection = null;
    indicatorNameVi = null;
    indicatorNameEn = null;
    indicatorType = IndicatorType.INTEGER.name();
    indicatorUnitVi = null;
    indicatorUnitEn = null;
    indicatorMin = null;
    indicatorMax = null;
    indicatorNarrative = null;
    indicatorRequired = true;
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public boolean isDraft() {
    return selected != null && "DRAFT".equals(selected.version().state());
  }

  /** The codes of forms that may get a new version: those without a draft. */
  public List<String> getFormCodes() {
    return versions.stream()
        .map(VersionView::code)
        .distinct()
        .filter(
            c -> versions.stream().noneMatch(v -> v.code().equals(c) && "DRAFT".equals(v.state())))
        .toList();
  }

  public List<String> getTypes() {
    return Arrays.stream(IndicatorType.values()).map(Enum::name).toList();
  }

  /** The number indicators of the selected version, for the sums. */
  public List<FormView.IndicatorView> getNumberIndicators() {
    if (selected == null) {
      return List.of();
    }
    return selected.form().sections().stream()
        .flatMap(s -> s.indicators().stream())
        .filter(i -> !"TEXT".equals(i.type()) && !"PERCENT".equals(i.type()))
        .toList();
  }

  public String name(String vi, String en) {
    return ReportPages.vietnamese() || en == null ? vi : en;
  }

  /** A form's short name in the reader's language; its code only if the bundle has none. */
  public String formName(String code) {
    java.util.ResourceBundle bundle =
        java.util.ResourceBundle.getBundle("i18n.messages", PageMessages.locale());
    String key = "reporting.formName." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }

  public String parts(List<String> codes) {
    return String.join(" + ", codes);
  }

  public String number(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  public List<VersionView> getVersions() {
    return versions;
  }

  public VersionDetail getSelected() {
    return selected;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public LocalDate getNewEffectiveFrom() {
    return newEffectiveFrom;
  }

  public void setNewEffectiveFrom(LocalDate newEffectiveFrom) {
    this.newEffectiveFrom = newEffectiveFrom;
  }

  public String getTitleVi() {
    return titleVi;
  }

  public void setTitleVi(String titleVi) {
    this.titleVi = titleVi;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public void setSectionCode(String sectionCode) {
    this.sectionCode = sectionCode;
  }

  public String getSectionTitleVi() {
    return sectionTitleVi;
  }

  public void setSectionTitleVi(String sectionTitleVi) {
    this.sectionTitleVi = sectionTitleVi;
  }

  public String getSectionTitleEn() {
    return sectionTitleEn;
  }

  public void setSectionTitleEn(String sectionTitleEn) {
    this.sectionTitleEn = sectionTitleEn;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public void setIndicatorCode(String indicatorCode) {
    this.indicatorCode = indicatorCode;
  }

  public String getIndicatorSection() {
    return indicatorSection;
  }

  public void setIndicatorSection(String indicatorSection) {
    this.indicatorSection = indicatorSection;
  }

  public String getIndicatorNameVi() {
    return indicatorNameVi;
  }

  public void setIndicatorNameVi(String indicatorNameVi) {
    this.indicatorNameVi = indicatorNameVi;
  }

  public String getIndicatorNameEn() {
    return indicatorNameEn;
  }

  public void setIndicatorNameEn(String indicatorNameEn) {
    this.indicatorNameEn = indicatorNameEn;
  }

  public String getIndicatorType() {
    return indicatorType;
  }

  public void setIndicatorType(String indicatorType) {
    this.indicatorType = indicatorType;
  }

  public String getIndicatorUnitVi() {
    return indicatorUnitVi;
  }

  public void setIndicatorUnitVi(String indicatorUnitVi) {
    this.indicatorUnitVi = indicatorUnitVi;
  }

  public String getIndicatorUnitEn() {
    return indicatorUnitEn;
  }

  public void setIndicatorUnitEn(String indicatorUnitEn) {
    this.indicatorUnitEn = indicatorUnitEn;
  }

  public String getIndicatorMin() {
    return indicatorMin;
  }

  public void setIndicatorMin(String indicatorMin) {
    this.indicatorMin = indicatorMin;
  }

  public String getIndicatorMax() {
    return indicatorMax;
  }

  public void setIndicatorMax(String indicatorMax) {
    this.indicatorMax = indicatorMax;
  }

  public String getIndicatorNarrative() {
    return indicatorNarrative;
  }

  public void setIndicatorNarrative(String indicatorNarrative) {
    this.indicatorNarrative = indicatorNarrative;
  }

  public boolean isIndicatorRequired() {
    return indicatorRequired;
  }

  public void setIndicatorRequired(boolean indicatorRequired) {
    this.indicatorRequired = indicatorRequired;
  }

  public String getSumTotal() {
    return sumTotal;
  }

  public void setSumTotal(String sumTotal) {
    this.sumTotal = sumTotal;
  }

  public List<String> getSumParts() {
    return sumParts;
  }

  public void setSumParts(List<String> sumParts) {
    this.sumParts = sumParts == null ? List.of() : sumParts;
  }
}
