package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.api.DashboardFigures.MonthlyFigure;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.Syntheses;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.time.TccTime;

/**
 * The dashboard's violation charts (violations by type, fines collected) over reporting months,
 * without scanning a year of raw cases on every load. Each month's figures come from, in order:
 *
 * <ol>
 *   <li>{@link Source#SYNTHESIS}: the figures a synthesis stored for a closed month, when the
 *       viewer sees the area of TCC's own figures in the synthesis (the province) and the synthesis
 *       was built after the month ended (a draft built mid-month counts part of it). They are the
 *       same counts of the same rows ({@code IndicatorSource} of the violation module), taken at
 *       the build, the freshest build first.
 *   <li>{@link Source#STORED}: computed from the data for any area and closed month without such a
 *       synthesis, and for the current month, by the first load of the day: one query over the rows
 *       up to the sources' marks (their newest ids), kept in memory for the day.
 *   <li>{@link Source#LIVE}: the current month adds, on every load, the rows added after the marks
 *       its kept figures count up to: a primary-key range, a day's rows at most, however many cases
 *       the month has.
 * </ol>
 *
 * Every load also asks the sources what rows were added since the last one (by primary key: cheap);
 * a row that counts in a closed month (a case detected late, a payment recorded late) drops the
 * figures kept from its instant on, and a synthesis built before the row was noticed is no longer
 * taken for its month. Rows whose transaction commits after a load read the marks past them, or
 * added while the server was down, are not seen that way: the next day's first load counts them (a
 * synthesis's month: its next build).
 *
 * <p>Each month says where its figures come from and as of when ({@link ChartPeriod}), so a reader
 * knows a past month is the synthesis's figure.
 */
@ApplicationScoped
public class DashboardCharts {
  static final String DETECTED = "VIO.DETECTED";
  static final String DETECTED_BY_TYPE = "VIO.DETECTED.";
  static final String COLLECTED = "VIO.FINES_COLLECTED";

  /** Areas × months kept in memory at most (a province has about a hundred communes). */
  static final int MAX_STORED = 5_000;

  /** Where a month's figures come from. */
  public enum Source {
    SYNTHESIS,
    STORED,
    LIVE
  }

  /**
   * One month of the charts: its name ({@code yyyy-MM}), reporting period and days, and where its
   * figures come from, as of when (the synthesis's build, the computation, or now).
   */
  public record ChartPeriod(
      String month,
      String periodKey,
      LocalDate firstDay,
      LocalDate lastDay,
      Source source,
      Instant asOf) {}

  /** The charts' figures, oldest month first, with each month's source. */
  public record Charts(
      List<ChartPeriod> periods, List<MonthlyFigure> violations, List<MonthlyFigure> fines) {}

  private record Figures(List<MonthlyFigure> violations, List<MonthlyFigure> fines) {
    static final Figures NONE = new Figures(List.of(), List.of());

    Figures of(String month) {
      return new Figures(
          violations.stream().filter(f -> f.month().equals(month)).toList(),
          fines.stream().filter(f -> f.month().equals(month)).toList());
    }
  }

  /**
   * A month's figures: {@code to} the end of what they count, {@code upTo} the sources' marks they
   * count up to (empty for a synthesis's).
   */
  private record Part(
      Figures figures, Source source, Instant asOf, Instant to, Map<String, List<Long>> upTo) {}

  /** What a load learned of the sources: the late rows so far and their marks now. */
  private record Check(List<Late> late, Map<String, List<Long>> marks) {}

  /** A row added late, counted at {@code at} (in a closed month), noticed at {@code noticed}. */
  private record Late(Instant at, Instant noticed) {}

  /**
   * The current month's kept figures count the rows up to this many ids before the marks, the live
   * query the rest: more than the rows written while a transaction stays open.
   */
  static final long IN_FLIGHT_MARGIN = 10_000;

  /** Late rows remembered at most; more are folded into one (the earliest, the latest noticed). */
  static final int MAX_LATE = 1_000;

  private Syntheses syntheses;
  private ReportingUnits units;
  private Supplier<List<DashboardFigures>> sources;
  private Clock clock;
  private final Map<String, Part> stored = new ConcurrentHashMap<>();
  private final Object checking = new Object();
  private Map<String, List<Long>> marks = Map.of();
  private final List<Late> late = new ArrayList<>();

  DashboardCharts() {}

  @Inject
  DashboardCharts(
      Syntheses syntheses,
      ReportingUnits units,
      @Any Instance<DashboardFigures> sources,
      Clock clock) {
    this(syntheses, units, () -> sources.stream().toList(), clock);
  }

  DashboardCharts(
      Syntheses syntheses,
      ReportingUnits units,
      Supplier<List<DashboardFigures>> sources,
      Clock clock) {
    this.syntheses = syntheses;
    this.units = units;
    this.sources = sources;
    this.clock = clock;
  }

  /** {@code 2026-11} for the reporting month 2026-M11. */
  static String month(ReportingPeriod period) {
    return String.format("%04d-%02d", period.year(), period.number());
  }

  /**
   * The charts of an area over consecutive monthly periods, oldest first, the last one the current.
   */
  public Charts charts(JurisdictionCode area, List<ReportingPeriod> periods) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, TccTime.ZONE);
    ReportingPeriod current = periods.get(periods.size() - 1);
    Check check = checkForLateRows(now, current.from());
    Map<String, Part> parts = new HashMap<>();
    fromSyntheses(area, periods, current.from(), check.late(), parts);

    // Months nobody stored today (the closed ones and the current one): one query over the rows
    // up to the sources' marks, kept for the day.
    List<ReportingPeriod> missing = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      if (parts.containsKey(p.key())) {
        continue;
      }
      Part kept = stored.get(storeKey(area, p, day));
      if (kept != null) {
        parts.put(p.key(), kept);
      } else {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      if (stored.size() > MAX_STORED) {
        stored.clear();
      }
      stored.keySet().removeIf(key -> !key.endsWith("|" + day));
    }
    List<ReportingPeriod> closedMissing = missing.stream().filter(p -> p != current).toList();
    if (!closedMissing.isEmpty()) {
      // Closed months: every row there is (one query from the oldest missing to the newest).
      int first = periods.indexOf(closedMissing.get(0));
      int last = periods.indexOf(closedMissing.get(closedMissing.size() - 1));
      List<DashboardFigures.Period> run = new ArrayList<>();
      for (ReportingPeriod p : periods.subList(first, last + 1)) {
        run.add(new DashboardFigures.Period(month(p), p.from(), p.to()));
      }
      Figures computed = ask(area, run, name -> DashboardFigures.Rows.ALL);
      for (ReportingPeriod p : closedMissing) {
        Part part = new Part(computed.of(month(p)), Source.STORED, now, p.to(), Map.of());
        keep(area, p, day, part);
        parts.put(p.key(), part);
      }
    }
    if (missing.contains(current)) {
      // The current month: the rows up to a little before the marks; the rest is counted live,
      // so a row whose transaction was still open when the marks were read is not lost.
      Map<String, List<Long>> upTo = new HashMap<>();
      check
          .marks()
          .forEach(
              (name, m) ->
                  upTo.put(name, m.stream().map(v -> Math.max(0, v - IN_FLIGHT_MARGIN)).toList()));
      Figures computed =
          ask(
              area,
              List.of(new DashboardFigures.Period(month(current), current.from(), current.to())),
              name -> new DashboardFigures.Rows(null, upTo.get(name)));
      Part part = new Part(computed, Source.STORED, now, current.to(), Map.copyOf(upTo));
      keep(area, current, day, part);
      parts.put(current.key(), part);
    }

    // Live: the current month's rows added after the marks its kept figures count up to, a
    // primary-key range (a day's rows at most).
    Part kept = parts.get(current.key());
    Figures live =
        ask(
            area,
            List.of(new DashboardFigures.Period(month(current), current.from(), current.to())),
            name -> new DashboardFigures.Rows(kept.upTo().get(name), null));

    Map<List<String>, Long> violations = new LinkedHashMap<>();
    Map<String, Long> fines = new LinkedHashMap<>();
    List<ChartPeriod> shown = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      Part part = parts.get(p.key());
      boolean isCurrent = p == current;
      add(part.figures(), violations, fines);
      if (isCurrent) {
        add(live, violations, fines);
      }
      shown.add(
          new ChartPeriod(
              month(p),
              p.key(),
              p.firstDay(),
              p.lastDay(),
              isCurrent ? Source.LIVE : part.source(),
              isCurrent ? now : part.asOf()));
    }
    return new Charts(
        List.copyOf(shown),
        violations.entrySet().stream()
            .map(e -> new MonthlyFigure(e.getKey().get(0), e.getKey().get(1), e.getValue()))
            .toList(),
        fines.entrySet().stream()
            .map(e -> new MonthlyFigure(e.getKey(), null, e.getValue()))
            .toList());
  }

  private void keep(JurisdictionCode area, ReportingPeriod p, LocalDate day, Part part) {
    stored.put(storeKey(area, p, day), part);
  }

  /**
   * Asks the sources what rows were added since the last load: one that counts in a closed month (a
   * case detected late, a payment recorded late) drops the kept figures from its instant on, and is
   * remembered so that a synthesis built before it was noticed is not taken for its month. Rows
   * added while the server was down are not seen: those months show what their synthesis or the
   * day's first computation counted.
   */
  private Check checkForLateRows(Instant now, Instant currentFrom) {
    synchronized (checking) {
      Map<String, List<Long>> current = new HashMap<>();
      Instant earliest = null;
      for (DashboardFigures source : sources.get()) {
        String name = source.getClass().getName();
        List<Long> sourceMarks = source.marks();
        if (sourceMarks.isEmpty()) {
          continue;
        }
        current.put(name, sourceMarks);
        List<Long> before = marks.get(name);
        if (before != null && !before.equals(sourceMarks)) {
          Instant added = source.earliestAddedSince(before);
          if (added != null && (earliest == null || added.isBefore(earliest))) {
            earliest = added;
          }
        }
      }
      marks = Map.copyOf(current);
      if (earliest != null && earliest.isBefore(currentFrom)) {
        Instant from = earliest;
        stored.values().removeIf(part -> part.to().isAfter(from));
        if (late.size() >= MAX_LATE) {
          Instant first = late.stream().map(Late::at).min(Instant::compareTo).orElse(from);
          late.clear();
          late.add(new Late(first, now));
        }
        late.add(new Late(from, now));
      }
      return new Check(List.copyOf(late), marks);
    }
  }

  /** For the province's viewers: the closed months whose synthesis was built after they ended. */
  private void fromSyntheses(
      JurisdictionCode area,
      List<ReportingPeriod> periods,
      Instant currentFrom,
      List<Late> lateRows,
      Map<String, Part> parts) {
    if (!area.equals(tccFiguresArea())) {
      return;
    }
    Map<String, ReportingPeriod> closed = new LinkedHashMap<>();
    periods.stream().filter(p -> !p.to().isAfter(currentFrom)).forEach(p -> closed.put(p.key(), p));
    if (closed.isEmpty()) {
      return;
    }
    for (Syntheses.StoredTccFigures s :
        syntheses.storedTccFigures(
            List.copyOf(closed.keySet()), DETECTED, DETECTED_BY_TYPE, List.of(COLLECTED))) {
      ReportingPeriod p = closed.get(s.periodKey());
      Figures figures = p == null ? null : fromSynthesis(p, s);
      if (figures == null) {
        continue;
      }
      // A row of the month noticed after the build: the synthesis did not count it.
      boolean missesLateRow =
          lateRows.stream()
              .anyMatch(l -> l.at().isBefore(p.to()) && l.noticed().isAfter(s.takenAt()));
      if (!missesLateRow) {
        parts.put(p.key(), new Part(figures, Source.SYNTHESIS, s.takenAt(), p.to(), Map.of()));
      }
    }
  }

  /**
   * A synthesis's figures as the charts', or null when they may not be the month's: built before
   * the month ended, a figure missing or not whole, or the types not adding up to the total (a type
   * the form does not break down).
   */
  static Figures fromSynthesis(ReportingPeriod period, Syntheses.StoredTccFigures s) {
    if (s.takenAt() == null || s.takenAt().isBefore(period.to())) {
      return null;
    }
    Long total = whole(s.figures().get(DETECTED));
    Long collected = whole(s.figures().get(COLLECTED));
    if (total == null || collected == null) {
      return null;
    }
    String month = month(period);
    List<MonthlyFigure> violations = new ArrayList<>();
    long sum = 0;
    for (Map.Entry<String, BigDecimal> e :
        s.figures().entrySet().stream()
            .filter(e -> e.getKey().startsWith(DETECTED_BY_TYPE))
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      Long value = whole(e.getValue());
      if (value == null || value < 0) {
        return null;
      }
      sum += value;
      if (value > 0) {
        violations.add(
            new MonthlyFigure(month, e.getKey().substring(DETECTED_BY_TYPE.length()), value));
      }
    }
    if (sum != total) {
      return null;
    }
    return new Figures(
        violations, collected > 0 ? List.of(new MonthlyFigure(month, null, collected)) : List.of());
  }

  private static Long whole(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18
        ? stripped.longValueExact()
        : null;
  }

  /** The area TCC's figures in a synthesis cover: the provincial police unit's (the province). */
  private JurisdictionCode tccFiguresArea() {
    return units.all().stream()
        .filter(u -> u.kind() == UnitKind.PROVINCIAL_POLICE && u.jurisdiction() != null)
        .map(ReportingUnit::jurisdiction)
        .filter(JurisdictionCode::isProvince)
        .findFirst()
        .orElse(null);
  }

  private Figures ask(
      JurisdictionCode area,
      List<DashboardFigures.Period> run,
      java.util.function.Function<String, DashboardFigures.Rows> rows) {
    List<MonthlyFigure> violations = new ArrayList<>();
    List<MonthlyFigure> fines = new ArrayList<>();
    for (DashboardFigures source : sources.get()) {
      DashboardFigures.Rows sourceRows = rows.apply(source.getClass().getName());
      violations.addAll(source.violationsByTypeAndPeriod(area, run, sourceRows));
      fines.addAll(source.finesCollectedByPeriod(area, run, sourceRows));
    }
    return new Figures(violations, fines);
  }

  private static void add(
      Figures figures, Map<List<String>, Long> violations, Map<String, Long> fines) {
    for (MonthlyFigure f : figures.violations()) {
      violations.merge(java.util.Arrays.asList(f.month(), f.category()), f.value(), Long::sum);
    }
    for (MonthlyFigure f : figures.fines()) {
      fines.merge(f.month(), f.value(), Long::sum);
    }
  }

  private static String storeKey(JurisdictionCode area, ReportingPeriod p, LocalDate day) {
    return area.value() + "|" + p.key() + "|" + day;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
