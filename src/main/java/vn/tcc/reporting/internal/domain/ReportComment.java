package vn.tcc.reporting.internal.domain;

import java.time.Instant;

/**
 * A remark on a submission: on one cell (an indicator), on a section, or on the whole report when
 * both are null. Reviewers write them when they return a report; they stay with it.
 */
public record ReportComment(
    Long id,
    String indicatorCode,
    String sectionCode,
    String body,
    String author,
    String authorName,
    Instant at) {}
