package vn.tcc.violation.internal.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.violation.internal.application.CaseDashboard.PeriodFigures;
import vn.tcc.violation.internal.application.CaseStatistics;

/**
 * The statistics page's charts as Chart.js models for PrimeFaces' {@code p:chart}: cases per day
 * stacked by violation type, false detections per camera, fines per day. Every day of the period
 * has its bar, a quiet day at zero, so the axis reads as a calendar.
 */
final class StatisticsCharts {
  private static final String[] PALETTE = {
    "#2f6db5", "#c0392b", "#27ae60", "#e5a04b", "#8e44ad", "#16a085", "#d35400", "#7f8c8d",
    "#2c3e50", "#c8811a"
  };

  private final PeriodFigures figures;
  private final Locale locale;
  private final DateTimeFormatter dayFormat;

  StatisticsCharts(PeriodFigures figures, Locale locale) {
    this.figures = figures;
    this.locale = locale;
    this.dayFormat =
        DateTimeFormatter.ofPattern("vi".equals(locale.getLanguage()) ? "dd/MM" : "MM-dd", locale);
  }

  List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = figures.from(); !d.isAfter(figures.to()); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  String casesPerDay() {
    List<LocalDate> days = days();
    TreeSet<String> types = new TreeSet<>();
    figures.casesPerDay().forEach(c -> types.add(c.type()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (String type : types) {
      Map<LocalDate, Long> perDay = new LinkedHashMap<>();
      figures.casesPerDay().stream()
          .filter(c -> c.type().equals(type))
          .forEach(c -> perDay.put(c.day(), c.count()));
      JsonArrayBuilder data = Json.createArrayBuilder();
      days.forEach(d -> data.add(perDay.getOrDefault(d, 0L)));
      datasets.add(
          dataset(
              Messages.text("violation.type." + type, locale),
              data,
              PALETTE[colour++ % PALETTE.length]));
    }
    return chart("bar", dayLabels(days), datasets, true, false);
  }

  String falseDetections() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (CaseStatistics.CameraRate rate : figures.falseDetections()) {
      labels.add(rate.cameraCode());
      data.add(Math.round(rate.rate() * 1000) / 10.0);
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    Messages.text("violation.statistics.falseRatePercent", locale),
                    data,
                    PALETTE[1]));
    return chart("bar", labels, datasets, false, true);
  }

  String fines() {
    List<LocalDate> days = days();
    Map<LocalDate, CaseStatistics.FineDay> byDay = new LinkedHashMap<>();
    figures.fines().forEach(f -> byDay.put(f.day(), f));
    JsonArrayBuilder assessed = Json.createArrayBuilder();
    JsonArrayBuilder paid = Json.createArrayBuilder();
    for (LocalDate day : days) {
      CaseStatistics.FineDay fine = byDay.get(day);
      assessed.add(fine == null ? 0 : millions(fine.assessedVnd()));
      paid.add(fine == null ? 0 : millions(fine.paidVnd()));
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    Messages.text("violation.statistics.assessedMillions", locale),
                    assessed,
                    PALETTE[3]))
            .add(
                dataset(
                    Messages.text("violation.statistics.paidMillions", locale), paid, PALETTE[2]));
    return chart("bar", dayLabels(days), datasets, false, false);
  }

  /** Sums over the period, for the tiles above the charts. */
  long totalCases() {
    return figures.casesPerDay().stream().mapToLong(CaseStatistics.TypeDayCount::count).sum();
  }

  long total(Function<CaseStatistics.FineDay, Long> amount) {
    return figures.fines().stream().mapToLong(amount::apply).sum();
  }

  private static double millions(long vnd) {
    return Math.round(vnd / 10_000.0) / 100.0;
  }

  private JsonArrayBuilder dayLabels(List<LocalDate> days) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    days.forEach(d -> labels.add(dayFormat.format(d)));
    return labels;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean stacked,
      boolean horizontal) {
    JsonObjectBuilder x =
        Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    JsonObjectBuilder y =
        Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder().add("x", x).add("y", y));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
