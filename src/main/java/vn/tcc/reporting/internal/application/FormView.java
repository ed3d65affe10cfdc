package vn.tcc.reporting.internal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.ReportForm;

/** A report form version with its sections and indicators, in both languages. */
public record FormView(
    String code,
    int version,
    LocalDate effectiveFrom,
    String titleVi,
    String titleEn,
    String periodKind,
    List<String> filedBy,
    List<SectionView> sections,
    List<SumView> sums) {

  /** A total that must equal the sum of its parts. */
  public record SumView(String totalCode, List<String> partCodes) {}

  public record SectionView(
      String code, String titleVi, String titleEn, List<IndicatorView> indicators) {}

  public record IndicatorView(
      String code,
      String nameVi,
      String nameEn,
      String type,
      String unitVi,
      String unitEn,
      BigDecimal min,
      BigDecimal max,
      BigDecimal narrativeAbovePercent,
      boolean required) {}

  static FormView of(ReportForm form) {
    return new FormView(
        form.code(),
        form.version(),
        form.effectiveFrom(),
        form.titleVi(),
        form.titleEn(),
        form.periodKind().name(),
        form.filedBy().stream().map(Enum::name).sorted().toList(),
        form.sections().stream().map(FormView::section).toList(),
        form.sums().stream().map(s -> new SumView(s.totalCode(), s.partCodes())).toList());
  }

  private static SectionView section(FormSection section) {
    return new SectionView(
        section.code(),
        section.titleVi(),
        section.titleEn(),
        section.indicators().stream().map(FormView::indicator).toList());
  }

  private static IndicatorView indicator(Indicator i) {
    return new IndicatorView(
        i.code(),
        i.nameVi(),
        i.nameEn(),
        i.type().name(),
        i.unitVi(),
        i.unitEn(),
        i.min(),
        i.max(),
        i.narrativeAbovePercent(),
        i.required());
  }
}
