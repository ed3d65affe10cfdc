package vn.tcc.reporting.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.Synthesis;
import vn.tcc.reporting.internal.domain.SynthesisLine;
import vn.tcc.reporting.internal.domain.SynthesisUnit;

/**
 * A provincial synthesis as the API and the page show it: its steps, number and signer, the units
 * in it, and per section the lines with the total, TCC's figure, the comparisons and each unit's
 * figure; what the caller may do next.
 */
public record SynthesisView(
    long id,
    String formCode,
    String formTitleVi,
    String periodKey,
    String periodLabel,
    int version,
    String state,
    Step prepared,
    Step reviewed,
    Step approved,
    Step submitted,
    String number,
    LocalDate documentDate,
    String signerSubject,
    String signerFingerprint,
    String changes,
    List<SynthesisUnit> units,
    List<Section> sections,
    boolean reviewable,
    boolean approvable,
    boolean submittable) {

  public record Step(String actor, String actorName, Instant at) {
    static Step of(Synthesis.Step step) {
      return step == null ? null : new Step(step.actor(), step.actorName(), step.at());
    }
  }

  public record Section(String code, String titleVi, List<Line> lines) {}

  public record Line(
      String code,
      String nameVi,
      String unitVi,
      String type,
      BigDecimal total,
      BigDecimal tccFigure,
      BigDecimal previous,
      BigDecimal deltaFromPrevious,
      BigDecimal percentFromPrevious,
      BigDecimal lastYear,
      BigDecimal deltaFromLastYear,
      BigDecimal percentFromLastYear,
      Map<String, BigDecimal> byUnit) {}

  static SynthesisView of(
      Synthesis s,
      ReportForm form,
      String periodLabel,
      boolean reviewable,
      boolean approvable,
      boolean submittable) {
    List<Section> sections = new ArrayList<>();
    for (FormSection section : form.sections()) {
      List<Line> lines = new ArrayList<>();
      for (SynthesisLine line : s.lines()) {
        if (!line.sectionCode().equals(section.code())) {
          continue;
        }
        Indicator indicator = form.indicator(line.indicatorCode()).orElse(null);
        lines.add(
            new Line(
                line.indicatorCode(),
                indicator == null ? line.indicatorCode() : indicator.nameVi(),
                indicator == null ? null : indicator.unitVi(),
                indicator == null ? null : indicator.type().name(),
                line.total(),
                line.tccFigure(),
                line.previous(),
                line.deltaFromPrevious(),
                line.percentFromPrevious(),
                line.lastYear(),
                line.deltaFromLastYear(),
                line.percentFromLastYear(),
                line.byUnit()));
      }
      if (!lines.isEmpty()) {
        sections.add(new Section(section.code(), section.titleVi(), lines));
      }
    }
    return new SynthesisView(
        s.id(),
        s.formCode(),
        form.titleVi(),
        s.periodKey(),
        periodLabel,
        s.version(),
        s.state().name(),
        Step.of(s.prepared()),
        Step.of(s.reviewed()),
        Step.of(s.approved()),
        Step.of(s.submitted()),
        s.number(),
        s.documentDate(),
        s.signerSubject(),
        s.signerFingerprint(),
        s.changes(),
        s.units(),
        sections,
        reviewable,
        approvable,
        submittable);
  }
}
