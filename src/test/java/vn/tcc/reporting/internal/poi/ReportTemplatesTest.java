package vn.tcc.reporting.internal.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;

/**
 * The synthesis files start from the templates in {@code reports/}: texts a clerk typed there (the
 * data source line, "Kính gửi"), the header style and the page setup reach the output, every
 * placeholder is filled, and a template in the configured folder wins over the packaged one.
 */
class ReportTemplatesTest {
  private static final Path PACKAGED = Path.of("reports");
  private static final String SOURCE_LINE = "Nguồn số liệu: báo cáo của các đơn vị";

  @Test
  void every_section_sheet_of_the_workbook_starts_from_the_template_sheet() throws Exception {
    SynthesisDataSet data = SynthesisFilesTest.submitted();
    byte[] xlsx = new XlsxSynthesisWriter(ReportTemplates.in(PACKAGED)).write(data);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(data.sections().size(), workbook.getNumberOfSheets(), "template sheet removed");
      for (Sheet sheet : workbook) {
        assertTrue(text(sheet, 5).startsWith(SOURCE_LINE), sheet.getSheetName());
        assertTrue(text(sheet, 1).contains(data.number()), text(sheet, 1));
        assertTrue(text(sheet, 0).contains(data.issuingBody()), text(sheet, 0));
        Cell header = sheet.getRow(XlsxSynthesisWriter.HEADER_ROW).getCell(0);
        assertEquals("STT", header.getStringCellValue());
        assertEquals(
            FillPatternType.SOLID_FOREGROUND,
            header.getCellStyle().getFillPattern(),
            "the header's style is the template's A7");
        assertTrue(sheet.getPrintSetup().getLandscape(), "page setup from the template");
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              assertFalse(cell.getStringCellValue().contains("{{"), cell.getStringCellValue());
            }
          }
        }
      }
      Sheet first = workbook.getSheetAt(0);
      Cell figure =
          first
              .getRow(XlsxSynthesisWriter.HEADER_ROW + 1)
              .getCell(XlsxSynthesisWriter.FIRST_FIGURE_COLUMN);
      assertEquals(XlsxSynthesisWriter.WHOLE, figure.getCellStyle().getDataFormatString());
    }
  }

  @Test
  void the_word_report_keeps_the_templates_heading_and_closing_around_the_tables()
      throws Exception {
    SynthesisDataSet data = SynthesisFilesTest.submitted();
    byte[] docx = new DocxSynthesisWriter(ReportTemplates.in(PACKAGED)).write(data);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertTrue(text.contains("Kính gửi: Ủy ban nhân dân tỉnh."), text);
      assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
      assertTrue(text.contains("Số: " + data.number()), text);
      assertTrue(text.contains(data.recipients().get(0)), text);
      assertFalse(text.contains("{{"), text);
      List<IBodyElement> elements = document.getBodyElements();
      int kinhGui = -1;
      int firstBodyTable = -1;
      for (int i = 0; i < elements.size(); i++) {
        IBodyElement e = elements.get(i);
        if (kinhGui < 0
            && e instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
            && p.getText().startsWith("Kính gửi")) {
          kinhGui = i;
        }
        if (firstBodyTable < 0 && i > 0 && e instanceof XWPFTable) {
          firstBodyTable = i;
        }
      }
      assertTrue(kinhGui > 0 && firstBodyTable > kinhGui, "tables come after the template's text");
      List<XWPFTable> tables = document.getTables();
      XWPFTable closing = tables.get(tables.size() - 1);
      assertTrue(closing.getText().contains("Nơi nhận:"), "the closing block stays last");
      assertTrue(
          document
              .getDocument()
              .getBody()
              .getSectPr()
              .getPgSz()
              .getOrient()
              .toString()
              .equals("landscape"));
    }
  }

  @Test
  void a_template_in_the_configured_folder_wins_over_the_packaged_one(@TempDir Path folder)
      throws Exception {
    try (InputStream in = Files.newInputStream(PACKAGED.resolve(ReportTemplates.SYNTHESIS_XLSX));
        XSSFWorkbook template = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(folder.resolve(ReportTemplates.SYNTHESIS_XLSX))) {
      template.getSheetAt(0).getRow(5).getCell(0).setCellValue("Biểu mẫu của Văn phòng UBND tỉnh");
      template.write(out);
    }
    byte[] xlsx =
        new XlsxSynthesisWriter(ReportTemplates.in(folder)).write(SynthesisFilesTest.submitted());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals("Biểu mẫu của Văn phòng UBND tỉnh", text(workbook.getSheetAt(0), 5));
    }
  }

  @Test
  void a_missing_template_is_a_deployment_error_not_a_silent_fallback(@TempDir Path folder) {
    ReportTemplates nowhere = ReportTemplates.in(folder);
    assertThrows(IllegalStateException.class, () -> nowhere.open("none.xlsx"));
  }

  @Test
  void placeholders_are_filled_and_unknown_ones_left_for_a_person_to_see() {
    assertEquals(
        "Số: 12/BC-CAT {{typo}} $1 \\",
        ReportTemplates.fill("Số: {{so}} {{typo}} {{x}}", Map.of("so", "12/BC-CAT", "x", "$1 \\")));
    assertEquals("plain", ReportTemplates.fill("plain", Map.of()));
  }

  @Test
  void the_writers_report_progress_up_to_100() {
    List<Integer> xlsx = new ArrayList<>();
    new XlsxSynthesisWriter(ReportTemplates.in(PACKAGED))
        .write(SynthesisFilesTest.submitted(), xlsx::add);
    List<Integer> docx = new ArrayList<>();
    new DocxSynthesisWriter(ReportTemplates.in(PACKAGED))
        .write(SynthesisFilesTest.submitted(), docx::add);
    for (List<Integer> seen : List.of(xlsx, docx)) {
      assertEquals(100, seen.get(seen.size() - 1));
      for (int i = 1; i < seen.size(); i++) {
        assertTrue(seen.get(i) >= seen.get(i - 1), seen.toString());
      }
    }
  }

  private static String text(Sheet sheet, int row) {
    Row r = sheet.getRow(row);
    return r == null || r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue();
  }
}
