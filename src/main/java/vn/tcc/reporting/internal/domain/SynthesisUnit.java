package vn.tcc.reporting.internal.domain;

/** A unit whose accepted submission is in a synthesis, and that submission. */
public record SynthesisUnit(String code, String nameVi, long submissionId) {}
