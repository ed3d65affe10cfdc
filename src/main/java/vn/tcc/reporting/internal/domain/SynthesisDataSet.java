package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A provincial synthesis frozen for its documents: every text and figure the workbook and the Word
 * report print, taken once from the stored synthesis (never recomputed), so both files carry the
 * same numbers. In Vietnamese: these are official documents.
 *
 * @param number the số hiệu, or null before submission (the documents then say DỰ THẢO)
 * @param date the document's date (the submission's; today for one not yet submitted)
 */
public record SynthesisDataSet(
    String superior,
    String issuingBody,
    String number,
    String place,
    LocalDate date,
    String title,
    String formTitle,
    String periodLabel,
    int version,
    boolean draft,
    List<SynthesisUnit> units,
    List<Section> sections,
    String changes,
    List<String> recipients,
    String signerTitle,
    String signerName,
    String signatureNote) {

  public SynthesisDataSet {
    units = List.copyOf(units);
    sections = List.copyOf(sections);
    recipients = List.copyOf(recipients);
  }

  public record Section(String code, String title, List<Line> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One indicator: the units' figures in the order of {@link #units} (null where a unit gave none),
   * the total, TCC's figure and the comparisons.
   */
  public record Line(
      String code,
      String name,
      String unit,
      IndicatorType type,
      List<BigDecimal> byUnit,
      BigDecimal total,
      BigDecimal tccFigure,
      BigDecimal previous,
      BigDecimal deltaFromPrevious,
      BigDecimal percentFromPrevious,
      BigDecimal lastYear,
      BigDecimal deltaFromLastYear,
      BigDecimal percentFromLastYear) {
    public Line {
      byUnit = java.util.Collections.unmodifiableList(new ArrayList<>(byUnit));
    }

    /** Every figure of the line in print order: units, total, TCC, then the comparisons. */
    public List<BigDecimal> figures() {
      List<BigDecimal> all = new ArrayList<>(byUnit);
      all.add(total);
      all.add(tccFigure);
      all.add(previous);
      all.add(deltaFromPrevious);
      all.add(percentFromPrevious);
      all.add(lastYear);
      all.add(deltaFromLastYear);
      all.add(percentFromLastYear);
      return all;
    }
  }

  public List<Line> lines() {
    return sections.stream().flatMap(s -> s.lines().stream()).toList();
  }

  public static SynthesisDataSet of(
      Synthesis s,
      ReportForm form,
      String periodLabel,
      String place,
      List<String> recipients,
      LocalDate today) {
    return of(s, form, periodLabel, place, recipients, today, Letterhead.DEFAULT);
  }

  /** The data set with the deployment's sender, signer's title and number suffix. */
  public static SynthesisDataSet of(
      Synthesis s,
      ReportForm form,
      String periodLabel,
      String place,
      List<String> recipients,
      LocalDate today,
      Letterhead letterhead) {
    List<Section> sections = new ArrayList<>();
    for (FormSection section : form.sections()) {
      List<Line> lines = new ArrayList<>();
      for (SynthesisLine line : s.lines()) {
        if (!line.sectionCode().equals(section.code())) {
          continue;
        }
        Indicator indicator = form.indicator(line.indicatorCode()).orElse(null);
        List<BigDecimal> byUnit = new ArrayList<>();
        for (SynthesisUnit unit : s.units()) {
          byUnit.add(line.byUnit().get(unit.code()));
        }
        lines.add(
            new Line(
                line.indicatorCode(),
                indicator == null ? line.indicatorCode() : indicator.nameVi(),
                indicator == null ? null : indicator.unitVi(),
                indicator == null ? IndicatorType.INTEGER : indicator.type(),
                byUnit,
                line.total(),
                line.tccFigure(),
                line.previous(),
                line.deltaFromPrevious(),
                line.percentFromPrevious(),
                line.lastYear(),
                line.deltaFromLastYear(),
                line.percentFromLastYear()));
      }
      if (!lines.isEmpty()) {
        sections.add(new Section(section.code(), section.titleVi(), lines));
      }
    }
    boolean submitted = s.state() == SynthesisState.SUBMITTED;
    return new SynthesisDataSet(
        letterhead.superior(),
        letterhead.issuingBody(),
        submitted ? s.number() : "…/" + letterhead.numberSuffix(),
        place,
        submitted ? s.documentDate() : today,
        "BÁO CÁO TỔNG HỢP",
        form.titleVi(),
        periodLabel,
        s.version(),
        !submitted,
        s.units(),
        sections,
        s.changes(),
        toThePpc(recipients),
        letterhead.signerTitle(),
        s.approved() == null ? null : s.approved().actorName(),
        submitted
            ? "Đã ký số: " + s.signerSubject() + " (SHA-256 " + s.signerFingerprint() + ")"
            : null);
  }

  /** The synthesis goes to the Provincial People's Committee first, then the usual recipients. */
  private static List<String> toThePpc(List<String> recipients) {
    List<String> all = new ArrayList<>();
    all.add("UBND tỉnh Gia Lai (để báo cáo)");
    all.addAll(recipients);
    return all;
  }
}
