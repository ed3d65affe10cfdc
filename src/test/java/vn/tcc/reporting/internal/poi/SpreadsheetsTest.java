package vn.tcc.reporting.internal.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import vn.tcc.reporting.api.SpreadsheetColumn;
import vn.tcc.reporting.api.SpreadsheetException;
import vn.tcc.reporting.api.SpreadsheetException.Reason;
import vn.tcc.reporting.api.SpreadsheetRow;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetTable;

class SpreadsheetsTest {
  private static final String JUNCTION = "Ngã tư Lê Lợi – Trần Hưng Đạo";
  private static final Instant INSTALLED = Instant.parse("2026-11-21T01:30:15Z");

  private final PoiSpreadsheetWriter writer = new PoiSpreadsheetWriter();
  private final PoiSpreadsheetReader reader = new PoiSpreadsheetReader();

  private static final List<SpreadsheetColumn> SITE_COLUMNS =
      List.of(
          SpreadsheetColumn.of("Mã", 10),
          SpreadsheetColumn.of("Tên", 40),
          SpreadsheetColumn.of("Ngày lắp", 12),
          SpreadsheetColumn.of("Lúc", 20),
          SpreadsheetColumn.of("Số làn", 8),
          SpreadsheetColumn.of("Vĩ độ", 12),
          SpreadsheetColumn.of("Hoạt động", 10),
          SpreadsheetColumn.of("Ghi chú", 20),
          SpreadsheetColumn.of("Ngày", 10),
          SpreadsheetColumn.of("Kinh độ", 12),
          SpreadsheetColumn.of("Lượt xe", 14),
          SpreadsheetColumn.of("Số định danh", 22),
          SpreadsheetColumn.of("Khởi công", 12));

  @Test
  void every_value_type_reads_back_as_the_text_a_person_sees() throws Exception {
    byte[] bytes =
        write(
            new SpreadsheetSheet(
                "Điểm giao thông",
                SITE_COLUMNS,
                List.of(
                        Arrays.asList(
                            "GL-001",
                            JUNCTION,
                            LocalDate.of(2026, 11, 21),
                            INSTALLED,
                            1920,
                            14.123456,
                            true,
                            null,
                            DayOfWeek.MONDAY,
                            new BigDecimal("108.220000"),
                            3_000_000_000L,
                            1_234_567_890_123_456_789L,
                            LocalDate.of(1890, 1, 1)),
                        Arrays.asList("GL-002", null, null, null, 0, -0.5, false))
                    .iterator()),
            new SpreadsheetSheet(
                "Thống kê",
                List.of(SpreadsheetColumn.of("Ngày", 12), SpreadsheetColumn.of("Lúc", 20)),
                List.of(List.of(LocalDate.of(2026, 1, 2), INSTALLED)).iterator()));

    SpreadsheetTable table = reader.read(new ByteArrayInputStream(bytes), 10);

    assertEquals(SITE_COLUMNS.stream().map(SpreadsheetColumn::header).toList(), table.headers());
    assertEquals(
        List.of(
            new SpreadsheetRow(
                2,
                List.of(
                    "GL-001",
                    JUNCTION,
                    "2026-11-21",
                    "2026-11-21T08:30:15", // 01:30:15Z in Vietnam (+07:00)
                    "1920",
                    "14.123456",
                    "true",
                    "",
                    "MONDAY",
                    "108.22",
                    "3000000000",
                    "1234567890123456789", // as text: a number would keep only 15 digits
                    "1890-01-01")), // before Excel's first date: as text
            new SpreadsheetRow(
                3, List.of("GL-002", "", "", "", "0", "-0.5", "false", "", "", "", "", "", ""))),
        table.rows());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(2, workbook.getNumberOfSheets());
      XSSFRow site = workbook.getSheetAt(0).getRow(1);
      assertDateCell(site.getCell(2), "dd/mm/yyyy", LocalDateTime.of(2026, 11, 21, 0, 0));
      assertDateCell(
          site.getCell(3), "dd/mm/yyyy hh:mm:ss", LocalDateTime.of(2026, 11, 21, 8, 30, 15));
      assertEquals(CellType.NUMERIC, site.getCell(4).getCellType());
      assertEquals(CellType.BOOLEAN, site.getCell(6).getCellType());
      assertEquals(null, site.getCell(7), "null leaves the cell empty");
      assertEquals(CellType.STRING, site.getCell(11).getCellType());

      XSSFSheet stats = workbook.getSheetAt(1);
      assertEquals("Thống kê", stats.getSheetName());
      assertEquals("Lúc", stats.getRow(0).getCell(1).getStringCellValue());
      assertDateCell(stats.getRow(1).getCell(0), "dd/mm/yyyy", LocalDateTime.of(2026, 1, 2, 0, 0));
      assertDateCell(
          stats.getRow(1).getCell(1),
          "dd/mm/yyyy hh:mm:ss",
          LocalDateTime.of(2026, 11, 21, 8, 30, 15));
    }
  }

  @Test
  void the_header_row_is_bold_frozen_and_filtered_with_the_given_widths() throws Exception {
    byte[] bytes = write(sheet("Cameras", SITE_COLUMNS.subList(0, 3), List.of()));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      PaneInformation pane = sheet.getPaneInformation();
      assertNotNull(pane, "a frozen pane");
      assertTrue(pane.isFreezePane());
      assertEquals(1, pane.getHorizontalSplitPosition());
      assertEquals(0, pane.getVerticalSplitPosition());
      assertEquals("A1:C1", sheet.getCTWorksheet().getAutoFilter().getRef());
      XSSFCell header = sheet.getRow(0).getCell(1);
      assertEquals("Tên", header.getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold());
      assertEquals(40 * 256, sheet.getColumnWidth(1));
    }
  }

  @Test
  void columns_with_allowed_values_get_a_drop_down_for_rows_2_to_1000() throws Exception {
    List<String> kinds = List.of("Camera", "Trung tâm xã", "Trung tâm tỉnh");
    // Far beyond the 255 characters Excel takes in a validation itself.
    List<String> communes =
        IntStream.rangeClosed(1, 150).mapToObj(i -> "Phường Quy Nhơn " + i).toList();
    byte[] bytes =
        write(
            sheet(
                "Mẫu nhập",
                List.of(
                    SpreadsheetColumn.of("Mã", 10),
                    new SpreadsheetColumn("Loại", 20, kinds),
                    new SpreadsheetColumn("Xã/phường", 30, communes)),
                List.of()));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<XSSFDataValidation> validations = sheet.getDataValidations();
      assertEquals(2, validations.size(), "none on the free column");

      DataValidation kind = validationOn(validations, "B2:B1000");
      assertEquals(ValidationType.LIST, kind.getValidationConstraint().getValidationType());
      assertArrayEquals(kinds.toArray(), kind.getValidationConstraint().getExplicitListValues());
      assertTrue(kind.getShowErrorBox());

      DataValidation commune = validationOn(validations, "C2:C1000");
      assertEquals(ValidationType.LIST, commune.getValidationConstraint().getValidationType());
      String listName = commune.getValidationConstraint().getFormula1();
      assertEquals("'Lists'!$A$1:$A$150", workbook.getName(listName).getRefersToFormula());
      XSSFSheet lists = workbook.getSheet("Lists");
      assertEquals(1, workbook.getSheetIndex(lists), "after the data sheet");
      assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(1));
      for (int i = 0; i < communes.size(); i++) {
        assertEquals(communes.get(i), lists.getRow(i).getCell(0).getStringCellValue());
      }

      // In OOXML showDropDown="1" hides the arrow, whatever the attribute's name says.
      for (CTDataValidation ct :
          sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
        assertFalse(ct.getShowDropDown());
      }
    }

    // The reader still reads the template's data sheet, not the lists.
    SpreadsheetTable table = reader.read(new ByteArrayInputStream(bytes), 10);
    assertEquals(List.of("Mã", "Loại", "Xã/phường"), table.headers());
    assertEquals(List.of(), table.rows());
  }

  @Test
  void fifty_thousand_rows_are_pulled_one_by_one_and_read_back() throws Exception {
    int total = 50_000;
    CountingRows rows = new CountingRows(total);

    byte[] bytes =
        write(
            new SpreadsheetSheet(
                "Lượt xe",
                List.of(
                    SpreadsheetColumn.of("STT", 8),
                    SpreadsheetColumn.of("Điểm", 30),
                    SpreadsheetColumn.of("Ngày", 12)),
                rows));

    assertEquals(total, rows.pulled);
    assertFalse(rows.hasNext());
    SpreadsheetTable table = reader.read(new ByteArrayInputStream(bytes), total);
    assertEquals(total, table.rows().size());
    assertEquals(
        new SpreadsheetRow(2, List.of("1", JUNCTION + " 1", "2026-01-02")), table.rows().get(0));
    assertEquals(
        new SpreadsheetRow(total + 1, List.of("50000", JUNCTION + " 50000", "2026-01-02")),
        table.rows().get(total - 1));
  }

  @Test
  void empty_rows_are_skipped_and_the_others_keep_their_excel_row_numbers() throws Exception {
    byte[] bytes =
        poi(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Nhập");
              cells(sheet.createRow(0), " Mã ", "Tên", "Ghi chú");
              cells(sheet.createRow(1), "GL-001", "  " + JUNCTION + "\u00A0");
              // Row 3 does not exist; row 4 has a styled blank and spaces only.
              Row blank = sheet.createRow(3);
              CellStyle bold = workbook.createCellStyle();
              blank.createCell(0).setCellStyle(bold);
              blank.createCell(1).setCellValue("   ");
              cells(sheet.createRow(4), "GL-002");
              // Row 6 has a value only in a column without a header.
              sheet.createRow(5).createCell(5).setCellValue("lạc chỗ");
              cells(sheet.createRow(6), "", "", "cuối");
            });

    SpreadsheetTable table = reader.read(new ByteArrayInputStream(bytes), 10);

    assertEquals(List.of("Mã", "Tên", "Ghi chú"), table.headers());
    assertEquals(
        List.of(
            new SpreadsheetRow(2, List.of("GL-001", JUNCTION, "")),
            new SpreadsheetRow(5, List.of("GL-002", "", "")),
            new SpreadsheetRow(7, List.of("", "", "cuối"))),
        table.rows());
  }

  @Test
  void numbers_dates_and_formulas_are_normalised() throws Exception {
    byte[] bytes =
        poi(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Số");
              cells(sheet.createRow(0), "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue(0.1 + 0.2);
              row.createCell(1).setCellValue(1.0e-5);
              row.createCell(2).setCellValue(12_345_678_901.0);
              row.createCell(3).setCellFormula("C2*2");
              row.createCell(4).setCellFormula("\"Lê \"&\"Lợi\"");
              row.createCell(5).setCellFormula("A2>0");
              row.createCell(6).setCellFormula("1/0");
              CellStyle date = workbook.createCellStyle();
              date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
              row.createCell(7).setCellFormula("DATE(2026,11,21)");
              row.getCell(7).setCellStyle(date);
              CellStyle time = workbook.createCellStyle();
              time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
              row.createCell(8).setCellValue(0.5);
              row.getCell(8).setCellStyle(time);
              CellStyle percent = workbook.createCellStyle();
              percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
              row.createCell(9).setCellValue(0.15);
              row.getCell(9).setCellStyle(percent);
              workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });

    SpreadsheetTable table = reader.read(new ByteArrayInputStream(bytes), 10);

    assertEquals(
        List.of(
            "0.3",
            "0.00001",
            "12345678901",
            "24691357802",
            "Lê Lợi",
            "true",
            "#DIV/0!",
            "2026-11-21",
            "12:00:00",
            "0.15"),
        table.rows().get(0).cells());
  }

  @Test
  void text_longer_than_an_excel_cell_is_cut_to_its_limit() throws Exception {
    String longText = "đ".repeat(40_000);
    byte[] bytes =
        write(sheet("Dài", List.of(SpreadsheetColumn.of("Nội dung", 50)), List.of(longText)));

    String read = reader.read(new ByteArrayInputStream(bytes), 1).rows().get(0).cells().get(0);
    assertEquals("đ".repeat(32_767), read);
  }

  @Test
  void a_row_with_more_values_than_columns_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> write(sheet("X", List.of(SpreadsheetColumn.of("Mã", 10)), List.of("a", "b"))));
  }

  @Test
  void the_callers_stream_is_left_open() throws Exception {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    writer.write(out, List.of(sheet("X", List.of(SpreadsheetColumn.of("Mã", 10)), List.of("a"))));
    assertFalse(closed[0]);
    assertTrue(out.size() > 0);
  }

  @Test
  void more_rows_than_allowed_are_refused_with_the_limit() throws Exception {
    List<List<?>> rows = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      rows.add(List.of("GL-" + i));
    }
    byte[] bytes =
        write(
            new SpreadsheetSheet("Nhập", List.of(SpreadsheetColumn.of("Mã", 10)), rows.iterator()));

    assertEquals(11, reader.read(new ByteArrayInputStream(bytes), 11).rows().size());
    SpreadsheetException e =
        assertThrows(
            SpreadsheetException.class, () -> reader.read(new ByteArrayInputStream(bytes), 10));
    assertEquals(Reason.TOO_MANY_ROWS, e.reason());
    assertEquals(10, e.limit());
  }

  static Stream<Arguments> notWorkbooks() throws IOException {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Cũ").createRow(0).createCell(0).setCellValue("Mã");
      workbook.write(xls);
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream entries = new ZipOutputStream(zip)) {
      entries.putNextEntry(new ZipEntry("ghi-chu.txt"));
      entries.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
    }
    return Stream.of(
        Arguments.of("random bytes", random),
        Arguments.of("CSV", ("Mã,Tên\nGL-001," + JUNCTION + "\n").getBytes(StandardCharsets.UTF_8)),
        Arguments.of(".xls", xls.toByteArray()),
        Arguments.of("a zip of text", zip.toByteArray()),
        Arguments.of("nothing", new byte[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notWorkbooks")
  void what_is_not_an_xlsx_workbook_is_refused(String what, byte[] bytes) {
    SpreadsheetException e =
        assertThrows(
            SpreadsheetException.class, () -> reader.read(new ByteArrayInputStream(bytes), 10));
    assertEquals(Reason.NOT_A_WORKBOOK, e.reason());
    assertEquals(-1, e.limit());
  }

  @Test
  void an_empty_first_sheet_has_no_header_even_if_the_second_has_data() throws Exception {
    byte[] bytes =
        poi(
            workbook -> {
              workbook.createSheet("Trống");
              cells(workbook.createSheet("Dữ liệu").createRow(0), "Mã");
            });

    SpreadsheetException e =
        assertThrows(
            SpreadsheetException.class, () -> reader.read(new ByteArrayInputStream(bytes), 10));
    assertEquals(Reason.NO_HEADER, e.reason());
  }

  @Test
  void headers_below_row_1_are_not_headers() throws Exception {
    byte[] bytes =
        poi(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Nhập");
              cells(sheet.createRow(2), "Mã", "Tên");
              cells(sheet.createRow(3), "GL-001", JUNCTION);
            });

    SpreadsheetException e =
        assertThrows(
            SpreadsheetException.class, () -> reader.read(new ByteArrayInputStream(bytes), 10));
    assertEquals(Reason.NO_HEADER, e.reason());
  }

  private static void assertDateCell(XSSFCell cell, String format, LocalDateTime expected) {
    assertEquals(CellType.NUMERIC, cell.getCellType());
    assertEquals(format, cell.getCellStyle().getDataFormatString());
    assertEquals(expected, cell.getLocalDateTimeCellValue());
  }

  private static DataValidation validationOn(List<XSSFDataValidation> validations, String range) {
    return validations.stream()
        .filter(v -> v.getRegions().getCellRangeAddresses()[0].formatAsString().equals(range))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no validation on " + range));
  }

  private static SpreadsheetSheet sheet(
      String name, List<SpreadsheetColumn> columns, List<?> singleRow) {
    Iterator<List<?>> rows =
        singleRow.isEmpty() ? Collections.emptyIterator() : List.<List<?>>of(singleRow).iterator();
    return new SpreadsheetSheet(name, columns, rows);
  }

  private byte[] write(SpreadsheetSheet... sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out, List.of(sheets));
    return out.toByteArray();
  }

  private static byte[] poi(Consumer<XSSFWorkbook> build) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      build.accept(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void cells(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  /** Rows made on demand, as a database cursor would give them; counts what the writer pulls. */
  private static final class CountingRows implements Iterator<List<?>> {
    private final int total;
    int pulled;

    CountingRows(int total) {
      this.total = total;
    }

    @Override
    public boolean hasNext() {
      return pulled < total;
    }

    @Override
    public List<?> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      pulled++;
      return List.of(pulled, JUNCTION + " " + pulled, LocalDate.of(2026, 1, 2));
    }
  }
}
