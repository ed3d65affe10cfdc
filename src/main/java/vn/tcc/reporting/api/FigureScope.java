package vn.tcc.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What a figure is computed over: an area (a commune, or the province and all inside it) and a
 * reporting period's data range, {@code from} inclusive to {@code to} exclusive, with the period's
 * last day for figures that are a state at the cut-off (cameras operational, certificates valid).
 */
public record FigureScope(
    JurisdictionCode jurisdiction, Instant from, Instant to, LocalDate lastDay) {
  public FigureScope {
    if (jurisdiction == null || from == null || to == null || lastDay == null) {
      throw new IllegalArgumentException("A figure scope needs an area, a range and a last day");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("A figure scope's range is empty: " + from + ".." + to);
    }
  }
}
