package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.application.RetentionDashboard;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;

/**
 * The retention dashboard: storage per class and level and what falls due, as tables and as bar
 * charts (Chart.js models for PrimeFaces' {@code p:chart}), the holds in force, the review queue
 * and the last runs.
 */
@Named
@RequestScoped
public class RetentionDashboardView {
  private static final String COMMUNE_COLOR = "#2f6db5";
  private static final String PROVINCE_COLOR = "#c8811a";
  private static final String WEEK_COLOR = "#c0392b";
  private static final String MONTH_COLOR = "#e5a04b";

  @Inject RetentionDashboard dashboard;
  @Inject CurrentRequest currentRequest;

  private RetentionDashboard.Figures figures;

  public void load() {
    try {
      figures = dashboard.figures(currentRequest.caller());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public RetentionDashboard.Figures getFigures() {
    return figures;
  }

  /** The due counts that are not all zero, or whose source failed. */
  public List<RetentionDashboard.Due> getDue() {
    if (figures == null) {
      return List.of();
    }
    return figures.due().stream()
        .filter(d -> d.unknown() || d.within30Days() > 0 || d.dueNow() > 0)
        .toList();
  }

  /** "1.234" or "hơn 20.000" when the count stopped at the cap. */
  public String count(long value, boolean complete) {
    String number = java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    return complete ? number : Messages.text("retention.dashboard.moreThan", locale(), number);
  }

  /** How far the due counts go, in a sentence. */
  public String getCapText() {
    return figures == null
        ? ""
        : Messages.text(
            "retention.dashboard.cap",
            locale(),
            java.text.NumberFormat.getIntegerInstance(locale()).format(figures.forecastCap()));
  }

  /** Bars of megabytes per class, one series per storage level. */
  public String getBytesChart() {
    if (figures == null) {
      return "{}";
    }
    List<DataClass> classes = new ArrayList<>(classesWithVolumes());
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (StorageLevel level : StorageLevel.values()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (DataClass dataClass : classes) {
        long bytes =
            figures.volumes().stream()
                .filter(v -> v.dataClass() == dataClass && v.level() == level)
                .mapToLong(RetentionDashboard.Volume::bytes)
                .sum();
        data.add(Math.round(bytes / 10_485.76) / 100.0);
      }
      datasets.add(
          dataset(
              text("retention.level." + level.name()),
              data,
              level == StorageLevel.COMMUNE_CENTER ? COMMUNE_COLOR : PROVINCE_COLOR));
    }
    return chart(labels(classes), datasets, text("retention.dashboard.chartBytes"));
  }

  /** Bars of items due within 7 and within 30 days per class. */
  public String getDueChart() {
    List<RetentionDashboard.Due> due = getDue();
    JsonArrayBuilder week = Json.createArrayBuilder();
    JsonArrayBuilder month = Json.createArrayBuilder();
    List<DataClass> classes = new ArrayList<>();
    for (RetentionDashboard.Due d : due) {
      classes.add(d.dataClass());
      week.add(d.within7Days());
      month.add(d.within30Days());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(text("retention.dashboard.due7"), week, WEEK_COLOR))
            .add(dataset(text("retention.dashboard.due30"), month, MONTH_COLOR));
    return chart(labels(classes), datasets, text("retention.dashboard.chartDue"));
  }

  private Set<DataClass> classesWithVolumes() {
    Set<DataClass> classes = new LinkedHashSet<>();
    figures.volumes().forEach(v -> classes.add(v.dataClass()));
    return classes;
  }

  private JsonArrayBuilder labels(List<DataClass> classes) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    classes.forEach(c -> labels.add(text("retention.class." + c.name())));
    return labels;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", color);
  }

  private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, String title) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private String text(String key) {
    return Messages.text(key, locale());
  }

  private Locale locale() {
    return PageMessages.locale();
  }
}
