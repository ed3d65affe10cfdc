package vn.tcc.reporting.internal.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.domain.Forms;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportDataSet;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportingCalendar;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.Submission;

/**
 * The workbook and the Word report of one frozen data set, read back with POI: every figure in both
 * files equals the data set's, the workbook's as numbers, the document's as Vietnamese text.
 */
class ReportFilesTest {
  private static final Instant NOW = Instant.parse("2026-12-16T02:00:00Z");

  private static ReportDataSet dataSet() {
    ReportForm form = Forms.monthly();
    ReportingPeriod period = ReportingCalendar.decree09().period(PeriodKind.MONTHLY, 2026, 12);
    Submission submission =
        Submission.draft(
            Forms.commune(),
            form,
            period,
            Map.of("DETECTED", BigDecimal.valueOf(1234), "FINES", new BigDecimal("987654321000")),
            "coordinator",
            "Lê Văn Cường",
            NOW);
    Submission filed =
        new Submission(
            42L,
            submission.unitCode(),
            submission.formCode(),
            submission.formId(),
            submission.periodKey(),
            submission.state(),
            0,
            submission.values(),
            List.of(),
            submission.moves());
    filed.enter(
        form.indicator("DETECTED").orElseThrow(),
        BigDecimal.valueOf(1230),
        null,
        "Bốn vụ trùng lặp",
        null,
        "coordinator",
        NOW);
    filed.enter(
        form.indicator("RATE").orElseThrow(), new BigDecimal("87.50"), null, null, null, "c", NOW);
    filed.enter(
        form.indicator("NOTE").orElseThrow(), null, "Hệ thống ổn định.", null, null, "c", NOW);
    filed.submit(form, Map.of(), "coordinator", "Lê Văn Cường", NOW);
    return ReportDataSet.of(
        filed,
        form,
        Forms.commune(),
        period,
        "Gia Lai",
        List.of("Công an tỉnh Gia Lai", "Lưu: VT"),
        LocalDate.parse("2026-12-20"));
  }

  @Test
  void the_workbook_and_the_document_carry_every_figure_of_the_data_set() throws IOException {
    ReportDataSet data = dataSet();
    assertFalse(data.draft());
    assertEquals(LocalDate.parse("2026-12-16"), data.date(), "the day it was submitted");
    List<ReportDataSet.Line> expected = data.lines();
    assertEquals(4, expected.size());

    List<Object> fromWorkbook = new ArrayList<>();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportWriter().write(data)))) {
      assertEquals(data.sections().size(), workbook.getNumberOfSheets(), "a sheet per section");
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        Sheet sheet = workbook.getSheetAt(s);
        assertEquals(XlsxReportWriter.sheetName(data.sections().get(s)), sheet.getSheetName());
        for (int r = XlsxReportWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          Cell figure = row.getCell(XlsxReportWriter.FIGURE_COLUMN);
          if (figure.getCellType() == CellType.NUMERIC) {
            fromWorkbook.add(BigDecimal.valueOf(figure.getNumericCellValue()));
            assertTrue(
                figure.getCellStyle().getDataFormatString().startsWith("[$-42A]"),
                "a Vietnamese number format");
          } else {
            String text = figure.getStringCellValue();
            fromWorkbook.add(text.isEmpty() ? null : text);
          }
        }
      }
    }

    List<Object> fromDocument = new ArrayList<>();
    String documentText;
    try (XWPFDocument document =
        new XWPFDocument(new ByteArrayInputStream(new DocxReportWriter().write(data)))) {
      List<XWPFTable> tables = document.getTables();
      // heading, a table per section, closing
      assertEquals(data.sections().size() + 2, tables.size());
      for (int s = 0; s < data.sections().size(); s++) {
        List<XWPFTableRow> rows = tables.get(s + 1).getRows();
        for (int r = 1; r < rows.size(); r++) {
          String text = rows.get(r).getCell(DocxReportWriter.FIGURE_COLUMN).getText();
          ReportDataSet.Line line = data.sections().get(s).lines().get(r - 1);
          fromDocument.add(
              line.type() == IndicatorType.TEXT || text.isEmpty()
                  ? (text.isEmpty() ? null : text)
                  : vietnameseNumber(text));
        }
      }
      StringBuilder all = new StringBuilder();
      document.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
      tables.forEach(t -> all.append(t.getText()).append('\n'));
      documentText = all.toString();
    }

    List<Object> expectedValues = new ArrayList<>();
    for (ReportDataSet.Line line : expected) {
      expectedValues.add(line.number() != null ? line.number() : line.text());
    }
    assertEquals(expectedValues.size(), fromWorkbook.size());
    assertEquals(expectedValues.size(), fromDocument.size());
    for (int i = 0; i < expectedValues.size(); i++) {
      assertSame(expectedValues.get(i), fromWorkbook.get(i), "workbook line " + i);
      assertSame(expectedValues.get(i), fromDocument.get(i), "document line " + i);
    }
    assertEquals(new BigDecimal("1230"), expected.get(0).number(), "the corrected figure");
    assertTrue(documentText.contains("987.654.321.000"), "money with dots between thousands");
    assertTrue(documentText.contains("87,5"), "a rate with a decimal comma");

    assertTrue(documentText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assertTrue(documentText.contains("Độc lập - Tự do - Hạnh phúc"));
    assertTrue(documentText.contains("CÔNG AN TỈNH GIA LAI"));
    assertTrue(documentText.contains("CÔNG AN PHƯỜNG QUY NHƠN"), "the issuing body");
    assertTrue(documentText.contains("Số: 42/BC-CA.QUY_NHON"), "the number");
    assertTrue(documentText.contains("Gia Lai, ngày 16 tháng 12 năm 2026"), "place and date");
    assertTrue(documentText.contains("Tháng 12/2026 (từ ngày 15/11/2026 đến ngày 14/12/2026)"));
    assertTrue(documentText.contains("Nơi nhận:"));
    assertTrue(documentText.contains("- Công an tỉnh Gia Lai;"));
    assertTrue(documentText.contains("THỦ TRƯỞNG ĐƠN VỊ"));
    assertTrue(documentText.contains("Lê Văn Cường"), "the signer");
    assertTrue(documentText.contains("Đã điều chỉnh từ số liệu TCC 1234: Bốn vụ trùng lặp"));
    assertFalse(documentText.contains("DỰ THẢO"));
  }

  @Test
  void a_draft_says_so_in_both_files() throws IOException {
    ReportForm form = Forms.monthly();
    ReportingPeriod period = ReportingCalendar.decree09().period(PeriodKind.MONTHLY, 2026, 12);
    Submission draft = Submission.draft(Forms.commune(), form, period, Map.of(), "c", "C", NOW);
    Submission stored =
        new Submission(
            7L,
            draft.unitCode(),
            draft.formCode(),
            draft.formId(),
            draft.periodKey(),
            draft.state(),
            0,
            draft.values(),
            List.of(),
            draft.moves());
    ReportDataSet data =
        ReportDataSet.of(
            stored,
            form,
            Forms.commune(),
            period,
            "Gia Lai",
            List.of("Lưu: VT"),
            LocalDate.parse("2026-12-07"));
    assertTrue(data.draft());
    try (XWPFDocument document =
        new XWPFDocument(new ByteArrayInputStream(new DocxReportWriter().write(data)))) {
      StringBuilder all = new StringBuilder();
      document.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
      assertTrue(all.toString().contains("DỰ THẢO"));
    }
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportWriter().write(data)))) {
      String period2 = workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue();
      assertTrue(period2.endsWith("DỰ THẢO"), period2);
      assertNotNull(workbook.getSheetAt(1));
    }
  }

  private static void assertSame(Object expected, Object actual, String what) {
    if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
      assertEquals(0, e.compareTo(a), what + ": " + e + " ≠ " + a);
    } else {
      assertEquals(expected, actual, what);
    }
  }

  /** 1.234.567 → 1234567; 87,5 → 87.5. */
  private static BigDecimal vietnameseNumber(String text) {
    return new BigDecimal(text.replace(".", "").replace(',', '.'));
  }
}
