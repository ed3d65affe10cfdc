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
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingUnit;

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
