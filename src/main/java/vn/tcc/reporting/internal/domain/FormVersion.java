package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a report form as the forms admin page lists it: a draft while the administrator
 * edits it ({@code publishedAt} null), published from then on and never edited again.
 */
public record FormVersion(
    long id,
    String code,
    int version,
    LocalDate effectiveFrom,
    String titleVi,
    String titleEn,
    PeriodKind periodKind,
    String createdBy,
    Instant publishedAt,
    String publishedBy) {

  public boolean isDraft() {
    return publishedAt == null;
  }

  public String title(boolean vietnamese) {
    return vietnamese ? titleVi : titleEn;
  }
}
