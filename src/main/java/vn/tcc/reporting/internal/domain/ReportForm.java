package vn.tcc.reporting.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report form (biểu mẫu báo cáo) as data: its sections and indicators, the period kind it is
 * filed for, the kinds of unit that file it, and the day this version takes effect. A form changes
 * by a new version with a later effective day; a period is filed on the version in force on its
 * last day, and a submission keeps the version it was opened on. Its sums name totals that must
 * equal the sum of their parts.
 */
public record ReportForm(
    long id,
    String code,
    int version,
    LocalDate effectiveFrom,
    String titleVi,
    String titleEn,
    PeriodKind periodKind,
    Set<UnitKind> filedBy,
    List<FormSection> sections,
    List<SumRule> sums) {

  public ReportForm {
    filedBy = Set.copyOf(filedBy);
    sections = List.copyOf(sections);
    sums = sums == null ? List.of() : List.copyOf(sums);
  }

  /** A form without sums that must match. */
  public ReportForm(
      long id,
      String code,
      int version,
      LocalDate effectiveFrom,
      String titleVi,
      String titleEn,
      PeriodKind periodKind,
      Set<UnitKind> filedBy,
      List<FormSection> sections) {
    this(
        id,
        code,
        version,
        effectiveFrom,
        titleVi,
        titleEn,
        periodKind,
        filedBy,
        sections,
        List.of());
  }

  public String title(boolean vietnamese) {
    return vietnamese ? titleVi : titleEn;
  }

  public List<Indicator> indicators() {
    return sections.stream().flatMap(s -> s.indicators().stream()).toList();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<FormSection> section(String code) {
    return sections.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public boolean isFiledBy(UnitKind kind) {
    return filedBy.contains(kind);
  }
}
