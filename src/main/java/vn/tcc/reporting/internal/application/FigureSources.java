package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.SumRule;

/**
 * Every {@link IndicatorSource} the modules offer (violation, camera), asked for a unit's area and
 * period. A unit without a jurisdiction gets nothing: it types its figures.
 */
@ApplicationScoped
public class FigureSources {
  private List<IndicatorSource> sources;

  FigureSources() {}

  @Inject
  FigureSources(@Any Instance<IndicatorSource> sources) {
    this.sources = sources.stream().toList();
  }

  /** For tests: these sources only. */
  static FigureSources of(List<IndicatorSource> sources) {
    FigureSources figures = new FigureSources();
    figures.sources = List.copyOf(sources);
    return figures;
  }

  /**
   * The figures for a unit's report on a form: what the sources compute, and each of the form's
   * totals that no source computes but whose parts all have a figure, as their sum (so a sum that
   * must match starts matched).
   */
  public Map<String, BigDecimal> compute(
      ReportingUnit unit, ReportingPeriod period, ReportForm form) {
    return withTotals(form, compute(unit, period));
  }

  static Map<String, BigDecimal> withTotals(ReportForm form, Map<String, BigDecimal> computed) {
    Map<String, BigDecimal> figures = new HashMap<>(computed);
    for (SumRule sum : form.sums()) {
      if (figures.containsKey(sum.totalCode()) || !figures.keySet().containsAll(sum.partCodes())) {
        continue;
      }
      figures.put(
          sum.totalCode(),
          sum.partCodes().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    return figures;
  }

  public Map<String, BigDecimal> compute(ReportingUnit unit, ReportingPeriod period) {
    Map<String, BigDecimal> figures = new HashMap<>();
    if (unit.jurisdiction() == null) {
      return figures;
    }
    FigureScope scope =
        new FigureScope(unit.jurisdiction(), period.from(), period.to(), period.lastDay());
    for (IndicatorSource source : sources) {
      source
          .compute(scope)
          .forEach(
              (code, figure) -> {
                if (source.indicatorCodes().contains(code) && figure != null) {
                  figures.put(code, figure);
                }
              });
    }
    return figures;
  }
}
