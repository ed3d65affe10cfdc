package vn.tcc.violation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tcc.reporting.api.SpreadsheetColumn;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetWriter;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseDashboard;
import vn.tcc.violation.internal.application.CaseDashboard.PeriodFigures;
import vn.tcc.violation.internal.application.CaseStatistics;
import vn.tcc.violation.internal.application.DeadlineStore;
import vn.tcc.violation.internal.application.DeadlineWatch;
import vn.tcc.violation.internal.domain.CaseState;

/**
 * The violation statistics of the signed-in user's jurisdiction: the current standing (cases by
 * state, waiting, overdue list) and, for a period chosen in the address ({@code from}, {@code to},
 * the last 14 days by default), charts of cases per day and type, false detections per camera and
 * fines, exported to Excel as shown.
 */
@Named
@RequestScoped
public class CaseDashboardView {
  static final int DEFAULT_DAYS = 14;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CaseDashboard dashboard;
  @Inject DeadlineWatch deadlines;
  @Inject CurrentRequest currentRequest;
  @Inject SpreadsheetWriter spreadsheets;
  Clock clock = Clock.systemUTC();

  private CaseDashboard.Figures figures;
  private PeriodFigures period;
  private StatisticsCharts charts;
  private List<DeadlineStore.Breach> overdue;
  private String fromParam;
  private String toParam;
  private LocalDate fromDate;
  private LocalDate toDate;

  public void load() {
    try {
      figures = dashboard.figures(currentRequest.caller());
      overdue = deadlines.overdue(currentRequest.caller(), 100);
    } catch (ProblemException refused) {
      PageMessages.refusedPage(refused);
      return;
    }
    readPeriod();
    try {
      period = dashboard.period(currentRequest.caller(), fromDate, toDate);
      charts = new StatisticsCharts(period, PageMessages.locale());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The period of the address; a missing or unreadable date falls back to the last 14 days. */
  private void readPeriod() {
    LocalDate today = LocalDate.now(clock.withZone(TccTime.ZONE));
    toDate = parse(toParam, today);
    fromDate = parse(fromParam, toDate.minusDays(DEFAULT_DAYS - 1L));
  }

  private static LocalDate parse(String text, LocalDate otherwise) {
    if (text == null || text.isBlank() || text.length() > 10) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException unreadable) {
      return otherwise;
    }
  }

  /** Shows the chosen period: the address carries it, so the page can be bookmarked and shared. */
  public String apply() {
    try {
      CaseDashboard.checkPeriodOf(fromDate, toDate);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
      return null;
    }
    return "/violation/dashboard?faces-redirect=true&from=" + fromDate + "&to=" + toDate;
  }

  /** The period's figures as an Excel workbook: one sheet per chart. */
  public StreamedContent getExport() {
    var caller = currentRequest.caller();
    Locale locale = PageMessages.locale();
    LocalDate from = fromDate;
    LocalDate to = toDate;
    try {
      // Checked before the download starts: a refusal is a message, not a broken file.
      CaseDashboard.checkPeriodOf(from, to);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("thong-ke-vi-pham_" + from + "_" + to + ".xlsx")
        .contentType(XLSX)
        .writer(
            out -> {
              try {
                spreadsheets.write(out, sheets(dashboard.export(caller, from, to), locale));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  static List<SpreadsheetSheet> sheets(PeriodFigures figures, Locale locale) {
    List<List<?>> perDay =
        figures.casesPerDay().stream()
            .<List<?>>map(
                c ->
                    List.of(
                        c.day(), Messages.text("violation.type." + c.type(), locale), c.count()))
            .toList();
    List<List<?>> cameras =
        figures.falseDetections().stream()
            .<List<?>>map(
                r ->
                    List.of(
                        r.cameraCode(),
                        r.rejected(),
                        r.decided(),
                        Math.round(r.rate() * 1000) / 10.0))
            .toList();
    List<List<?>> fines =
        figures.fines().stream()
            .<List<?>>map(f -> List.of(f.day(), f.assessedVnd(), f.paidVnd()))
            .toList();
    return List.of(
        new SpreadsheetSheet(
            text("violation.statistics.sheet.perDay", locale),
            List.of(
                SpreadsheetColumn.of(text("violation.statistics.column.day", locale), 14),
                SpreadsheetColumn.of(text("violation.field.violationType", locale), 50),
                SpreadsheetColumn.of(text("violation.statistics.column.cases", locale), 12)),
            iterate(perDay)),
        new SpreadsheetSheet(
            text("violation.statistics.sheet.cameras", locale),
            List.of(
                SpreadsheetColumn.of(text("violation.field.camera", locale), 20),
                SpreadsheetColumn.of(text("violation.statistics.column.rejected", locale), 16),
                SpreadsheetColumn.of(text("violation.statistics.column.decided", locale), 16),
                SpreadsheetColumn.of(text("violation.statistics.falseRatePercent", locale), 22)),
            iterate(cameras)),
        new SpreadsheetSheet(
            text("violation.statistics.sheet.fines", locale),
            List.of(
                SpreadsheetColumn.of(text("violation.statistics.column.day", locale), 14),
                SpreadsheetColumn.of(text("violation.statistics.column.assessedVnd", locale), 26),
                SpreadsheetColumn.of(text("violation.statistics.column.paidVnd", locale), 22)),
            iterate(fines)));
  }

  private static Iterator<List<?>> iterate(List<List<?>> rows) {
    return rows.iterator();
  }

  private static String text(String key, Locale locale) {
    return Messages.text(key, locale);
  }

  public CaseDashboard.Figures getFigures() {
    return figures;
  }

  public PeriodFigures getPeriod() {
    return period;
  }

  public String getCasesChart() {
    return charts == null ? "{}" : charts.casesPerDay();
  }

  public String getFalseDetectionsChart() {
    return charts == null ? "{}" : charts.falseDetections();
  }

  public String getFinesChart() {
    return charts == null ? "{}" : charts.fines();
  }

  public long getPeriodCases() {
    return charts == null ? 0 : charts.totalCases();
  }

  public long getPeriodAssessedVnd() {
    return charts == null ? 0 : charts.total(CaseStatistics.FineDay::assessedVnd);
  }

  public long getPeriodPaidVnd() {
    return charts == null ? 0 : charts.total(CaseStatistics.FineDay::paidVnd);
  }

  /** A rate as a percentage the way the page's language writes decimals ("12,5 %"). */
  public String percent(CaseStatistics.CameraRate rate) {
    NumberFormat format = NumberFormat.getNumberInstance(PageMessages.locale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(rate.rate() * 100) + " %";
  }

  public List<DeadlineStore.Breach> getOverdue() {
    return overdue == null ? List.of() : overdue;
  }

  public List<CaseState> getStates() {
    return Arrays.asList(CaseState.values());
  }

  public long count(CaseState state) {
    return figures == null ? 0 : figures.byState().getOrDefault(state.name(), 0L);
  }

  /** The bar's width for a day, against the busiest day shown. */
  public long barPercent(CaseStatistics.DayCount day) {
    long max =
        figures.verifiedPerDay().stream().mapToLong(CaseStatistics.DayCount::count).max().orElse(1);
    return Math.max(2, Math.round(100.0 * day.count() / Math.max(max, 1)));
  }

  public String getFrom() {
    return fromParam;
  }

  public void setFrom(String from) {
    this.fromParam = from;
  }

  public String getTo() {
    return toParam;
  }

  public void setTo(String to) {
    this.toParam = to;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public void setFromDate(LocalDate fromDate) {
    this.fromDate = fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
  }

  public void setToDate(LocalDate toDate) {
    this.toDate = toDate;
  }
}
