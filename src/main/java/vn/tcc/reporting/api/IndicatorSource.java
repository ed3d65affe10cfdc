package vn.tcc.reporting.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A module that can compute report figures from its own data: the violation module counts cases,
 * notices and payments, the camera registry counts cameras. Reporting pre-fills a unit's draft with
 * what every source computes for the unit's area and period, and needs none of those modules: they
 * implement this port (ArchitectureTest: violation and camera may use reporting, not the other
 * way).
 */
public interface IndicatorSource {
  /** The indicator codes this source computes (e.g. {@code VIO.DETECTED}). */
  Set<String> indicatorCodes();

  /**
   * The figures of this source's indicators for one area and period; an indicator missing from the
   * answer has no figure (it is then typed by the unit).
   */
  Map<String, BigDecimal> compute(FigureScope scope);
}
