package vn.tcc.reporting.internal.notice;

/** One row of the facts table: what (label) and the notice's value for it. */
public record Fact(String label, Paragraph value) {}
