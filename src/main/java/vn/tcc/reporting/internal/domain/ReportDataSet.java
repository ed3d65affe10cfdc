package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One report frozen for its documents: every text and figure the workbook and the Word report
 * print, taken once from a submission, so both files carry the same numbers (a test reads both back
 * and compares them). In Vietnamese: these are official documents.
 *
 * @param superior the body above the issuing unit (cơ quan chủ quản), or null
 * @param number the document number (số hiệu), e.g. {@code 42/BC-CA.QUY_NHON}
 * @param draft whether the report has not been submitted yet (the documents say so)
 */
public record ReportDataSet(
    String superior,
    String issuingBody,
    String number,
    String place,
    LocalDate date,
    String formTitle,
    String periodLabel,
    boolean draft,
    List<Section> sections,
    List<String> recipients,
    String signerTitle,
    String signerName) {

  public ReportDataSet {
    sections = List.copyOf(sections);
    recipients = List.copyOf(recipients);
  }

  public record Section(String code, String title, List<Line> lines) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One indicator's line.
   *
   * @param number the figure (null for a text answer or a figure not given)
   * @param note where it comes from and, for a correction, why
   */
  public record Line(
      String code,
      String name,
      String unit,
      IndicatorType type,
      BigDecimal number,
      String text,
      String note) {}

  /** Every line of every section, in order. */
  public List<Line> lines() {
    return sections.stream().flatMap(s -> s.lines().stream()).toList();
  }

  /**
   * The data set of a submission: its form's sections in order, each figure with its source, dated
   * the day it was last submitted (today for a draft).
   */
  public static ReportDataSet of(
      Submission submission,
      ReportForm form,
      ReportingUnit unit,
      ReportingPeriod period,
      String place,
      List<String> recipients,
      LocalDate today) {
    List<Section> sections = new ArrayList<>();
    for (FormSection section : form.sections()) {
      List<Line> lines = new ArrayList<>();
      for (Indicator indicator : section.indicators()) {
        ReportValue value = submission.values().get(indicator.code());
        lines.add(
            new Line(
                indicator.code(),
                indicator.nameVi(),
                indicator.unitVi(),
                indicator.type(),
                value == null ? null : value.number(),
                value == null ? null : value.text(),
                note(value)));
      }
      sections.add(new Section(section.code(), section.titleVi(), lines));
    }
    SubmissionMove submitted =
        submission.moves().stream()
            .filter(m -> m.to() == SubmissionState.SUBMITTED)
            .reduce((first, second) -> second)
            .orElse(null);
    boolean draft = submission.state().isOpenForEntry() || submitted == null;
    LocalDate date =
        submitted == null || draft
            ? today
            : LocalDate.ofInstant(submitted.at(), vn.tcc.shared.time.TccTime.ZONE);
    return new ReportDataSet(
        superiorOf(unit),
        unit.nameVi(),
        submission.id() + "/BC-" + unit.code(),
        place,
        date,
        form.titleVi(),
        periodLabel(period),
        draft,
        sections,
        recipients,
        "THỦ TRƯỞNG ĐƠN VỊ",
        submitted == null ? null : submitted.actorName());
  }

  private static String superiorOf(ReportingUnit unit) {
    return switch (unit.kind()) {
      case COMMUNE_POLICE, PROVINCIAL_POLICE -> "CÔNG AN TỈNH GIA LAI";
      case DEPARTMENT, IOC_OPERATOR -> "UBND TỈNH GIA LAI";
    };
  }

  private static String note(ReportValue value) {
    if (value == null) {
      return null;
    }
    String source =
        switch (value.source()) {
          case PREFILLED -> "Số liệu TCC";
          case CORRECTED ->
              "Đã điều chỉnh từ số liệu TCC "
                  + value.prefilled().stripTrailingZeros().toPlainString()
                  + ": "
                  + value.correctionReason();
          case TYPED -> "Đơn vị nhập";
        };
    return value.narrative() == null ? source : source + ". " + value.narrative();
  }

  /**
   * "Tháng 12/2026 (từ 15/11/2026 đến 14/12/2026)", "Quý IV/2026 (…)", "6 tháng đầu năm 2026 (…)".
   */
  public static String periodLabel(ReportingPeriod period) {
    String name =
        switch (period.kind()) {
          case MONTHLY -> "Tháng " + period.number() + "/" + period.year();
          case QUARTERLY ->
              "Quý "
                  + List.of("I", "II", "III", "IV").get(period.number() - 1)
                  + "/"
                  + period.year();
          case SIX_MONTHLY ->
              (period.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + period.year();
          case YEARLY -> "Năm " + period.year();
        };
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    return name
        + " (từ ngày "
        + day.format(period.firstDay())
        + " đến ngày "
        + day.format(period.lastDay())
        + ")";
  }
}
