package vn.tcc.reporting.internal.domain;

import java.util.List;

/**
 * A sum that must match: the total indicator's figure equals the sum of its parts' figures (the
 * violations detected equal the violations by type). Checked when a report is submitted, once every
 * part has a figure.
 */
public record SumRule(String totalCode, List<String> partCodes) {
  public SumRule {
    partCodes = List.copyOf(partCodes);
  }
}
