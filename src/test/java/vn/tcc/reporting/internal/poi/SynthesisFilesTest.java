package vn.tcc.reporting.internal.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.domain.Forms;
import vn.tcc.reporting.internal.domain.Synthesis;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.domain.SynthesisRollUp;
import vn.tcc.reporting.internal.domain.SynthesisUnit;

/**
 * The synthesis workbook and Word report are written from one data set and read back with POI:
 * every figure of every line — each unit's, the total, TCC's, the comparisons — is in both, equal.
 */
public class SynthesisFilesTest {
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  /** A submitted synthesis over three units of the test form. */
  public static SynthesisDataSet submitted() {
    List<SynthesisRollUp.UnitFigures> units =
        List.of(
            new SynthesisRollUp.UnitFigures(
                new SynthesisUnit("CA.A", "Công an phường A", 1),
                Map.of(
                    "DETECTED",
                    new BigDecimal("1234"),
                    "FINES",
                    new BigDecimal("98500000"),
                    "RATE",
                    new BigDecimal("80"))),
            new SynthesisRollUp.UnitFigures(
                new SynthesisUnit("CA.B", "Công an phường B", 2),
                Map.of("DETECTED", new BigDecimal("25"), "RATE", new BigDecimal("91.5"))),
            new SynthesisRollUp.UnitFigures(
                new SynthesisUnit("CA.C", "Công an xã C", 3),
                Map.of("FINES", new BigDecimal("1600000"))));
    Synthesis s =
        Synthesis.draft(
            Forms.monthly(),
            "2026-M12",
            2,
            units.stream().map(SynthesisRollUp.UnitFigures::unit).toList(),
            SynthesisRollUp.lines(
                Forms.monthly(),
                units,
                Map.of("DETECTED", new BigDecimal("1300")),
                Map.of("DETECTED", new BigDecimal("1000"), "FINES", new BigDecimal("120000000")),
                Map.of("DETECTED", new BigDecimal("1259"))),
            "Thay thế phiên bản 1 (số 11/BC-CAT):\nDETECTED: 1257 → 1259",
            new Synthesis.Step("supervisor", "Trần Thị Bình", NOW));
    s.review(new Synthesis.Step("supervisor", "Trần Thị Bình", NOW));
    s.approve(new Synthesis.Step("supervisor2", "Nguyễn Văn Lãnh", NOW));
    s.submit(
        "12/BC-CAT",
        LocalDate.parse("2026-12-07"),
        "text",
        new byte[] {1},
        "CN=TCC",
        "ab",
        new Synthesis.Step("supervisor2", "Nguyễn Văn Lãnh", NOW));
    return SynthesisDataSet.of(
        s,
        Forms.monthly(),
        "Tháng 12/2026",
        "Gia Lai",
        List.of("Lưu: VT"),
        LocalDate.parse("2026-12-08"));
  }

  /**
   * Every figure of the workbook, line by line, in the order of {@link
   * SynthesisDataSet.Line#figures()}.
   */
  public static List<List<BigDecimal>> workbookFigures(byte[] xlsx, SynthesisDataSet data)
      throws IOException {
    List<List<BigDecimal>> lines = new ArrayList<>();
    int columns = data.units().size() + XlsxSynthesisWriter.COMPARISON_TITLES.size();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int s = 0; s < data.sections().size(); s++) {
        Sheet sheet = workbook.getSheetAt(s);
        int rows = data.sections().get(s).lines().size();
        for (int r = 0; r < rows; r++) {
          Row row = sheet.getRow(XlsxSynthesisWriter.HEADER_ROW + 1 + r);
          List<BigDecimal> figures = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(XlsxSynthesisWriter.FIRST_FIGURE_COLUMN + c);
            figures.add(
                cell == null || cell.getCellType() == CellType.BLANK
                    ? null
                    : BigDecimal.valueOf(cell.getNumericCellValue()));
          }
          lines.add(figures);
        }
      }
    }
    return lines;
  }

  /** Every figure of the Word report, line by line, in the same order. */
  public static List<List<BigDecimal>> documentFigures(byte[] docx, SynthesisDataSet data)
      throws IOException {
    List<List<BigDecimal>> lines = new ArrayList<>();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFTable> tables = document.getTables();
      int t = 1; // after the heading
      for (SynthesisDataSet.Section section : data.sections()) {
        XWPFTable totals = tables.get(t++);
        XWPFTable byUnit = tables.get(t++);
        for (int r = 0; r < section.lines().size(); r++) {
          List<BigDecimal> figures = new ArrayList<>();
          for (int u = 0; u < data.units().size(); u++) {
            figures.add(parse(byUnit.getRow(r + 1).getCell(u + 2).getText()));
          }
          for (int c = 0; c < 8; c++) {
            figures.add(
                parse(
                    totals
                        .getRow(r + 1)
                        .getCell(DocxSynthesisWriter.FIRST_FIGURE_COLUMN + c)
                        .getText()));
          }
          lines.add(figures);
        }
      }
    }
    return lines;
  }

  /** "1.234.567" → 1234567, "87,5" → 87.5, "" → null. */
  static BigDecimal parse(String printed) {
    String text = printed.strip();
    return text.isEmpty() ? null : new BigDecimal(text.replace(".", "").replace(',', '.'));
  }

  /** Equal as numbers, both absent, line by line. */
  public static void assertSameFigures(
      List<List<BigDecimal>> expected, List<List<BigDecimal>> actual) {
    assertEquals(expected.size(), actual.size());
    for (int l = 0; l < expected.size(); l++) {
      assertEquals(expected.get(l).size(), actual.get(l).size(), "line " + l);
      for (int i = 0; i < expected.get(l).size(); i++) {
        BigDecimal a = expected.get(l).get(i);
        BigDecimal b = actual.get(l).get(i);
        if (a == null) {
          assertNull(b, "line " + l + " figure " + i);
        } else {
          assertTrue(
              b != null && a.compareTo(b) == 0,
              "line " + l + " figure " + i + ": " + a + " ≠ " + b);
        }
      }
    }
  }

  @Test
  void the_workbook_and_the_document_carry_every_figure_of_the_one_data_set() throws IOException {
    SynthesisDataSet data = submitted();
    List<List<BigDecimal>> expected =
        data.lines().stream().map(SynthesisDataSet.Line::figures).toList();
    byte[] xlsx = new XlsxSynthesisWriter().write(data);
    byte[] docx = new DocxSynthesisWriter().write(data);
    assertSameFigures(expected, workbookFigures(xlsx, data));
    assertSameFigures(expected, documentFigures(docx, data));
    // The totals are there, not just blanks: 1234 + 25 detected, the mean rate 85,75.
    assertEquals(0, new BigDecimal("1259").compareTo(data.lines().get(0).total()));
    assertEquals(0, new BigDecimal("85.75").compareTo(data.lines().get(2).total()));
  }

  @Test
  void the_workbook_has_a_sheet_per_section_vietnamese_formats_and_a_chart() throws IOException {
    SynthesisDataSet data = submitted();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxSynthesisWriter().write(data)))) {
      assertEquals(data.sections().size(), workbook.getNumberOfSheets());
      XSSFSheet first = workbook.getSheetAt(0);
      Cell total =
          first
              .getRow(XlsxSynthesisWriter.HEADER_ROW + 1)
              .getCell(XlsxSynthesisWriter.FIRST_FIGURE_COLUMN + 3);
      assertEquals("[$-42A]#,##0", total.getCellStyle().getDataFormatString());
      assertEquals(1, first.getDrawingPatriarch().getCharts().size());
      assertTrue(first.getRow(1).getCell(0).getStringCellValue().contains("12/BC-CAT"));
    }
  }

  @Test
  void the_document_has_the_official_layout() throws IOException {
    SynthesisDataSet data = submitted();
    try (XWPFDocument document =
        new XWPFDocument(new ByteArrayInputStream(new DocxSynthesisWriter().write(data)))) {
      String heading = document.getTables().get(0).getText();
      assertTrue(heading.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), heading);
      assertTrue(heading.contains("Độc lập - Tự do - Hạnh phúc"), heading);
      assertTrue(heading.contains("Số: 12/BC-CAT"), heading);
      assertTrue(heading.contains("Gia Lai, ngày 07 tháng 12 năm 2026"), heading);
      String closing = document.getTables().get(document.getTables().size() - 1).getText();
      assertTrue(closing.contains("Nơi nhận:"), closing);
      assertTrue(closing.contains("UBND tỉnh Gia Lai (để báo cáo)"), closing);
      assertTrue(closing.contains("PHÓ GIÁM ĐỐC"), closing);
      assertTrue(closing.contains("Nguyễn Văn Lãnh"), closing);
      StringBuilder body = new StringBuilder();
      document.getParagraphs().forEach(p -> body.append(p.getText()).append('\n'));
      assertTrue(body.toString().contains("DETECTED: 1257 → 1259"), body.toString());
      assertTrue(body.toString().contains("(Phiên bản 2)"), body.toString());
    }
  }
}
