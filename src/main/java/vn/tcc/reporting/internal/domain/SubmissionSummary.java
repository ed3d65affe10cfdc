package vn.tcc.reporting.internal.domain;

import java.time.Instant;

/** A line of a list of submissions. */
public record SubmissionSummary(
    long id,
    String unitCode,
    String unitNameVi,
    String unitNameEn,
    String formCode,
    int formVersion,
    String periodKey,
    SubmissionState state,
    Instant updatedAt) {}
