package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of a form's accepted submissions into the province's figures: per number indicator
 * (text answers stay in the units' reports), each unit's figure and the total — the sum for counts
 * and money, the mean of the units that gave one for a percentage (a sum of rates means nothing) —
 * with the comparison totals given.
 */
public final class SynthesisRollUp {
  private SynthesisRollUp() {}

  /** One unit's accepted figures. */
  public record UnitFigures(SynthesisUnit unit, Map<String, BigDecimal> figures) {}

  /**
   * @param units the accepted submissions, in the order the synthesis lists them
   * @param tcc TCC's own figures for the province, by indicator code (may be empty)
   * @param previous the previous period's totals by indicator code (may be empty)
   * @param lastYear the same period's totals a year before by indicator code (may be empty)
   */
  public static List<SynthesisLine> lines(
      ReportForm form,
      List<UnitFigures> units,
      Map<String, BigDecimal> tcc,
      Map<String, BigDecimal> previous,
      Map<String, BigDecimal> lastYear) {
    List<SynthesisLine> lines = new ArrayList<>();
    int position = 0;
    for (FormSection section : form.sections()) {
      for (Indicator indicator : section.indicators()) {
        if (indicator.type() == IndicatorType.TEXT) {
          continue;
        }
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        for (UnitFigures unit : units) {
          BigDecimal figure = unit.figures().get(indicator.code());
          if (figure != null) {
            byUnit.put(unit.unit().code(), figure);
          }
        }
        lines.add(
            new SynthesisLine(
                indicator.code(),
                section.code(),
                ++position,
                byUnit,
                total(indicator.type(), byUnit.values().stream().toList()),
                tcc.get(indicator.code()),
                previous.get(indicator.code()),
                lastYear.get(indicator.code())));
      }
    }
    return lines;
  }

  /** The province's total of the units' figures; null when there is none. */
  public static BigDecimal total(IndicatorType type, List<BigDecimal> figures) {
    if (figures.isEmpty()) {
      return null;
    }
    BigDecimal sum = figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (type == IndicatorType.PERCENT) {
      return sum.divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP);
    }
    return sum;
  }

  /**
   * What changed from one version's figures to the next, a line per change in the order of the new
   * lines: "VIO.DETECTED: 120 → 118", a unit's figure "VIO.DETECTED [CA.PLEIKU]: 60 → 58", a unit
   * added or dropped; empty when nothing changed.
   */
  public static List<String> changes(List<SynthesisLine> before, List<SynthesisLine> after) {
    Map<String, SynthesisLine> old = new LinkedHashMap<>();
    before.forEach(l -> old.put(l.indicatorCode(), l));
    List<String> changes = new ArrayList<>();
    for (SynthesisLine line : after) {
      SynthesisLine was = old.get(line.indicatorCode());
      BigDecimal oldTotal = was == null ? null : was.total();
      if (!same(oldTotal, line.total())) {
        changes.add(line.indicatorCode() + ": " + show(oldTotal) + " → " + show(line.total()));
      }
      Map<String, BigDecimal> oldUnits = was == null ? Map.of() : was.byUnit();
      java.util.Set<String> unitCodes = new java.util.TreeSet<>(oldUnits.keySet());
      unitCodes.addAll(line.byUnit().keySet());
      for (String unit : unitCodes) {
        BigDecimal a = oldUnits.get(unit);
        BigDecimal b = line.byUnit().get(unit);
        if (!same(a, b)) {
          changes.add(line.indicatorCode() + " [" + unit + "]: " + show(a) + " → " + show(b));
        }
      }
    }
    return changes;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String show(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
