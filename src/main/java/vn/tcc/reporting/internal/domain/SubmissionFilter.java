package vn.tcc.reporting.internal.domain;

/** Which submissions a list shows; a null field does not filter. */
public record SubmissionFilter(
    String unitCode, String formCode, String periodKey, SubmissionState state) {}
