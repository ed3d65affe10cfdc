package vn.tcc.violation.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.violation.internal.application.CaseDashboard;
import vn.tcc.violation.internal.application.CaseDashboard.PeriodFigures;
import vn.tcc.violation.internal.application.CaseStatistics.CameraRate;
import vn.tcc.violation.internal.application.CaseStatistics.FineDay;
import vn.tcc.violation.internal.application.CaseStatistics.TypeDayCount;

class StatisticsChartsTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

  private final PeriodFigures figures =
      new PeriodFigures(
          FIRST,
          FIRST.plusDays(2),
          List.of(
              new TypeDayCount(FIRST, "RED_LIGHT", 3),
              new TypeDayCount(FIRST.plusDays(2), "RED_LIGHT", 1),
              new TypeDayCount(FIRST.plusDays(2), "SPEEDING", 2)),
          List.of(new CameraRate("GL-QN-0001", 1, 8)),
          List.of(new FineDay(FIRST.plusDays(1), 18_000_000, 4_500_000)));

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void every_day_of_the_period_has_a_bar_and_each_type_its_series() {
    JsonObject chart =
        parse(new StatisticsCharts(figures, Locale.forLanguageTag("vi")).casesPerDay());
    JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
    assertEquals(
        List.of("01/12", "02/12", "03/12"),
        labels.getValuesAs(l -> l.toString()).stream().map(s -> s.replace("\"", "")).toList());
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals(2, datasets.size());
    assertEquals("[3,0,1]", datasets.getJsonObject(0).getJsonArray("data").toString());
    assertEquals("[0,0,2]", datasets.getJsonObject(1).getJsonArray("data").toString());
    assertEquals(
        "Chạy quá tốc độ quy định", datasets.getJsonObject(1).getString("label"), "in words");
  }

  @Test
  void fines_are_in_millions_and_false_detections_in_percent() {
    StatisticsCharts charts = new StatisticsCharts(figures, Locale.ENGLISH);
    JsonArray fines = parse(charts.fines()).getJsonObject("data").getJsonArray("datasets");
    assertEquals("[0.0,18.0,0.0]", fines.getJsonObject(0).getJsonArray("data").toString());
    assertEquals("[0.0,4.5,0.0]", fines.getJsonObject(1).getJsonArray("data").toString());
    JsonObject rates = parse(charts.falseDetections());
    assertEquals("y", rates.getJsonObject("options").getString("indexAxis"));
    assertEquals(
        "[12.5]",
        rates
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getJsonArray("data")
            .toString());
    assertEquals(6, charts.totalCases());
  }

  @Test
  void the_workbook_has_a_sheet_per_chart_with_headers_in_the_readers_language() {
    var sheets = CaseDashboardView.sheets(figures, Locale.ENGLISH);
    assertEquals(
        List.of("Per day", "False detections per camera", "Fines"),
        sheets.stream().map(s -> s.name()).toList());
    assertEquals("False-detection rate (%)", sheets.get(1).columns().get(3).header());
    List<?> first = sheets.get(0).rows().next();
    assertEquals(List.of(FIRST, "Running a red light", 3L), first);
  }

  @Test
  void an_impossible_period_is_refused_with_400() {
    LocalDate today = LocalDate.now();
    for (LocalDate[] period :
        new LocalDate[][] {
          {today, today.minusDays(1)},
          {today.minusDays(CaseDashboard.MAX_PERIOD_DAYS), today},
          {LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 5)},
          {today, LocalDate.of(999_999_999, 1, 1)},
          {null, today}
        }) {
      ProblemException refused =
          assertThrows(
              ProblemException.class, () -> CaseDashboard.checkPeriodOf(period[0], period[1]));
      assertEquals(400, refused.status());
    }
    CaseDashboard.checkPeriodOf(today.minusDays(CaseDashboard.MAX_PERIOD_DAYS - 1), today);
  }
}
