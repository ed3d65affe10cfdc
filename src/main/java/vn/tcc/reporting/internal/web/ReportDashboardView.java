package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.reporting.api.DashboardFigures;
import vn.tcc.reporting.internal.application.DashboardCharts;
import vn.tcc.reporting.internal.application.FormView;
import vn.tcc.reporting.internal.application.ReportingCatalog;
import vn.tcc.reporting.internal.application.ReportingDashboard;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The reporting dashboard page: filings of the current period and late units with their DHIS2
 * rates, and three Chart.js charts for PrimeFaces' {@code p:chart} — violations by type and month
 * (stacked bars), fines collected per month (VND) and cameras operational by commune. Charts carry
 * Chart.js's {@code locale} so axes and tooltips write numbers the viewer's way (1.234.567 in
 * Vietnamese).
 */
@Named
@ViewScoped
public class ReportDashboardView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> PALETTE =
      List.of(
          "#2f6db5", "#c0392b", "#27ae60", "#c8811a", "#8e44ad", "#16a085", "#7f8c8d", "#d35400",
          "#2c3e50", "#f1c40f");

  @Inject transient ReportingDashboard dashboard;
  @Inject transient ReportingCatalog catalog;
  @Inject transient CurrentRequest currentRequest;

  private String formCode = "VIOLATION_HANDLING";
  private transient List<FormView> forms = List.of();
  private transient ReportingDashboard.Dashboard data;

  public void load() {
    try {
      var actor = ReportPages.actor(currentRequest);
      data = dashboard.load(actor, formCode);
      try {
        forms = catalog.forms(actor, null);
      } catch (ProblemException notAReportReader) {
        // A commune's supervisor reads no report: the default form's filings only, no choice.
        forms = List.of();
      }
    } catch (ValidationException invalid) {
      data = null;
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      data = null;
      PageMessages.refused(refused);
    }
  }

  public ReportingDashboard.Dashboard getData() {
    return data;
  }

  /** The units that have not filed for the current period though its due day has passed. */
  public long getLateCount() {
    return data == null || data.timeliness() == null
        ? 0
        : data.timeliness().current().stream().filter(c -> c.late()).count();
  }

  /** The units that have submitted (or had accepted) their report for the current period. */
  public long getFiledCount() {
    return data == null || data.timeliness() == null
        ? 0
        : data.timeliness().current().stream()
            .filter(c -> "SUBMITTED".equals(c.state()) || "ACCEPTED".equals(c.state()))
            .count();
  }

  /** Stacked bars: a series per violation type over the twelve months. */
  public String getViolationChart() {
    if (data == null) {
      return "{}";
    }
    Set<String> types = new LinkedHashSet<>();
    data.violations().forEach(v -> types.add(v.category()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (String type : types) {
      Map<String, Long> byMonth =
          data.violations().stream()
              .filter(v -> type.equals(v.category()))
              .collect(
                  Collectors.toMap(
                      DashboardFigures.MonthlyFigure::month,
                      DashboardFigures.MonthlyFigure::value,
                      Long::sum));
      JsonArrayBuilder values = Json.createArrayBuilder();
      data.months().forEach(m -> values.add(byMonth.getOrDefault(m, 0L)));
      datasets.add(
          dataset(typeName(type), values, PALETTE.get(colour++ % PALETTE.size()))
              .add("stack", "types"));
    }
    return chart(
        "bar", monthLabels(), datasets, text("reporting.dashboard.chart.violations"), true);
  }

  /** Bars of the VND collected per month. */
  public String getFinesChart() {
    if (data == null) {
      return "{}";
    }
    Map<String, Long> byMonth =
        data.finesCollected().stream()
            .collect(
                Collectors.toMap(
                    DashboardFigures.MonthlyFigure::month,
                    DashboardFigures.MonthlyFigure::value,
                    Long::sum));
    JsonArrayBuilder values = Json.createArrayBuilder();
    data.months().forEach(m -> values.add(byMonth.getOrDefault(m, 0L)));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(text("reporting.dashboard.chart.finesSeries"), values, PALETTE.get(2)));
    return chart("bar", monthLabels(), datasets, text("reporting.dashboard.chart.fines"), false);
  }

  /** Per commune: cameras installed beside those operational. */
  public String getCameraChart() {
    if (data == null) {
      return "{}";
    }
    boolean vietnamese = ReportPages.vietnamese();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder installed = Json.createArrayBuilder();
    JsonArrayBuilder operational = Json.createArrayBuilder();
    for (DashboardFigures.CommuneCameras c : data.cameras()) {
      labels.add(vietnamese ? c.nameVi() : c.nameEn());
      installed.add(c.installed());
      operational.add(c.operational());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(text("reporting.dashboard.chart.installed"), installed, PALETTE.get(6)))
            .add(
                dataset(
                    text("reporting.dashboard.chart.operational"), operational, PALETTE.get(0)));
    return chart("bar", labels, datasets, text("reporting.dashboard.chart.cameras"), false);
  }

  /** The total collected over the twelve months, the viewer's way (1.234.567 ₫). */
  public String getFinesTotal() {
    long total =
        data == null
            ? 0
            : data.finesCollected().stream().mapToLong(DashboardFigures.MonthlyFigure::value).sum();
    return NumberFormat.getIntegerInstance(PageMessages.locale()).format(total);
  }

  public String getViolationsTotal() {
    long total =
        data == null
            ? 0
            : data.violations().stream().mapToLong(DashboardFigures.MonthlyFigure::value).sum();
    return NumberFormat.getIntegerInstance(PageMessages.locale()).format(total);
  }

  /**
   * Which days the charts' months are (reporting months, not calendar months) and where their
   * figures come from: how many closed months show what their synthesis stored.
   */
  public String getPeriodNote() {
    if (data == null || data.periods().isEmpty()) {
      return "";
    }
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    long fromSyntheses =
        data.periods().stream().filter(p -> p.source() == DashboardCharts.Source.SYNTHESIS).count();
    return text(
        "reporting.dashboard.periods",
        data.periods().get(0).firstDay().format(day),
        data.periods().get(data.periods().size() - 1).lastDay().format(day),
        fromSyntheses);
  }

  public String showRate(BigDecimal number) {
    return ReportPages.show("PERCENT", number);
  }

  public void changeForm() {
    load();
  }

  private JsonArrayBuilder monthLabels() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    // 03/2026 in both languages: the month first, as Vietnamese readers write it.
    data.months()
        .forEach(
            m -> {
              YearMonth month = YearMonth.parse(m);
              labels.add(String.format("%02d/%d", month.getMonthValue(), month.getYear()));
            });
    return labels;
  }

  private String typeName(String type) {
    String key = "reporting.dashboard.type." + type;
    String name = text(key);
    return name.startsWith("???") || name.equals(key)
        ? text("reporting.dashboard.type.OTHER")
        : name;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      String title,
      boolean stacked) {
    JsonObjectBuilder x = Json.createObjectBuilder();
    JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
    if (stacked) {
      x.add("stacked", true);
      y.add("stacked", true);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                // Chart.js formats ticks and tooltips with Intl.NumberFormat in this locale.
                .add("locale", ReportPages.vietnamese() ? "vi-VN" : "en-GB")
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title)))
                .add("scales", Json.createObjectBuilder().add("x", x).add("y", y)))
        .build()
        .toString();
  }

  private static String text(String key, Object... args) {
    return ReportPages.text(key, args);
  }

  public String getFormCode() {
    return formCode;
  }

  public void setFormCode(String formCode) {
    this.formCode = formCode;
  }

  public List<FormView> getForms() {
    return forms == null ? List.of() : forms;
  }

  public boolean isProvinceStaff() {
    return data != null && !data.coordinator();
  }
}
