package vn.tcc.reporting.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.ReportComment;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportValue;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.Submission;
import vn.tcc.reporting.internal.domain.SubmissionMove;

/**
 * A unit's report as the API and pages show it: the form's sections with each figure, its source
 * (PREFILLED, CORRECTED with TCC's figure and the reason, TYPED), the comments and the timeline.
 *
 * @param editable whether the caller may enter figures now (his unit's, open, period not locked)
 * @param reviewable whether the caller may return or accept it now
 */
public record SubmissionView(
    long id,
    String unitCode,
    String unitNameVi,
    String unitNameEn,
    String formCode,
    int formVersion,
    String formTitleVi,
    String formTitleEn,
    PeriodView period,
    String state,
    long version,
    boolean editable,
    boolean reviewable,
    List<SectionLines> sections,
    List<CommentView> comments,
    List<MoveView> timeline) {

  public record SectionLines(String code, String titleVi, String titleEn, List<Line> lines) {}

  public record Line(
      String code,
      String nameVi,
      String nameEn,
      String type,
      String unitVi,
      String unitEn,
      boolean required,
      BigDecimal value,
      String text,
      String source,
      BigDecimal prefilled,
      String correctionReason,
      String narrative,
      String updatedBy,
      Instant updatedAt) {}

  public record CommentView(
      String indicatorCode,
      String sectionCode,
      String body,
      String author,
      String authorName,
      Instant at) {}

  public record MoveView(
      String from, String to, String actor, String actorName, String reason, Instant at) {}

  static SubmissionView of(
      Submission submission,
      ReportForm form,
      ReportingUnit unit,
      PeriodView period,
      boolean editable,
      boolean reviewable) {
    return new SubmissionView(
        submission.id(),
        unit.code(),
        unit.nameVi(),
        unit.nameEn(),
        form.code(),
        form.version(),
        form.titleVi(),
        form.titleEn(),
        period,
        submission.state().name(),
        submission.version(),
        editable,
        reviewable,
        form.sections().stream().map(s -> section(s, submission)).toList(),
        submission.comments().stream().map(SubmissionView::comment).toList(),
        submission.moves().stream().map(SubmissionView::move).toList());
  }

  private static SectionLines section(FormSection section, Submission submission) {
    return new SectionLines(
        section.code(),
        section.titleVi(),
        section.titleEn(),
        section.indicators().stream()
            .map(i -> line(i, submission.values().get(i.code())))
            .toList());
  }

  private static Line line(Indicator i, ReportValue value) {
    return new Line(
        i.code(),
        i.nameVi(),
        i.nameEn(),
        i.type().name(),
        i.unitVi(),
        i.unitEn(),
        i.required(),
        value == null ? null : value.number(),
        value == null ? null : value.text(),
        value == null ? null : value.source().name(),
        value == null ? null : value.prefilled(),
        value == null ? null : value.correctionReason(),
        value == null ? null : value.narrative(),
        value == null ? null : value.updatedBy(),
        value == null ? null : value.updatedAt());
  }

  private static CommentView comment(ReportComment c) {
    return new CommentView(
        c.indicatorCode(), c.sectionCode(), c.body(), c.author(), c.authorName(), c.at());
  }

  private static MoveView move(SubmissionMove m) {
    return new MoveView(
        m.from() == null ? null : m.from().name(),
        m.to().name(),
        m.actor(),
        m.actorName(),
        m.reason(),
        m.at());
  }
}
