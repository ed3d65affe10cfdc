package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;

/**
 * One line of a report form (chỉ tiêu): what is asked, in which unit, and the rules a figure must
 * keep. A code is unique in its form and stable across the form's versions, so figures of two
 * periods compare by code.
 *
 * @param min the lowest figure accepted, or null
 * @param max the highest figure accepted, or null
 * @param narrativeAbovePercent when the figure moves by more than this percentage from the previous
 *     period's, the unit must explain it in a narrative; null: never asked
 * @param required whether a submission must carry the figure
 */
public record Indicator(
    String code,
    String sectionCode,
    int position,
    String nameVi,
    String nameEn,
    IndicatorType type,
    String unitVi,
    String unitEn,
    BigDecimal min,
    BigDecimal max,
    BigDecimal narrativeAbovePercent,
    boolean required) {

  public String name(boolean vietnamese) {
    return vietnamese ? nameVi : nameEn;
  }

  public String unit(boolean vietnamese) {
    return vietnamese ? unitVi : unitEn;
  }
}
