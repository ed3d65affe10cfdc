package vn.tcc.camera.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;

class CameraSpreadsheetTest {
  @Test
  void headers_are_found_by_their_key_in_brackets_or_bare() {
    assertEquals("code", CameraSpreadsheet.keyOf("Mã camera (code)"));
    assertEquals("latitude", CameraSpreadsheet.keyOf("Latitude (latitude) "));
    assertEquals("ownerCode", CameraSpreadsheet.keyOf("ownercode"));
    assertNull(CameraSpreadsheet.keyOf("Ghi chú"));
    assertEquals(
        Map.of(0, "name", 2, "code"),
        CameraSpreadsheet.headerKeys(List.of("Tên camera (name)", "Ghi chú", "Mã (code)")));
  }

  @Test
  void every_template_header_reads_back_as_its_own_key() {
    for (CameraSpreadsheet.Field field : CameraSpreadsheet.FIELDS) {
      assertEquals(field.key(), CameraSpreadsheet.keyOf(field.header()));
    }
  }

  @Test
  void a_row_is_parsed_the_way_people_fill_it_in() {
    Map<String, String> cells = new HashMap<>();
    cells.put("code", "gl-qn-0200");
    cells.put("purposes", "red_light; PLATE_RECOGNITION");
    cells.put("latitude", "13,7712");
    cells.put("onvif", "Có");
    cells.put("builtInAnalytics", "không");
    cells.put("certificateIssuedOn", "1/3/2025");
    cells.put("certificateExpiresOn", "2028-03-01");
    cells.put("status", "operational");
    CameraSpreadsheet.ParsedRow row = CameraSpreadsheet.parse(cells);
    assertEquals(List.of(), row.errors());
    assertEquals("GL-QN-0200", row.details().code());
    assertEquals(
        EnumSet.of(CameraPurpose.RED_LIGHT, CameraPurpose.PLATE_RECOGNITION),
        row.details().purposes());
    assertEquals(new BigDecimal("13.771200"), row.details().latitude());
    assertTrue(row.details().onvif());
    assertEquals(false, row.details().builtInAnalytics());
    assertEquals(LocalDate.of(2025, 3, 1), row.details().certificateIssuedOn());
    assertEquals(LocalDate.of(2028, 3, 1), row.details().certificateExpiresOn());
    assertEquals(CameraStatus.OPERATIONAL, row.details().status());
  }

  @Test
  void unreadable_cells_become_errors_on_their_field() {
    Map<String, String> cells = new HashMap<>();
    cells.put("latitude", "mười ba");
    cells.put("registeredOn", "31/02/2025");
    cells.put("onvif", "maybe");
    cells.put("purposes", "RED_LIGHT, FLYING");
    cells.put("status", "BROKEN");
    List<String> errors =
        CameraSpreadsheet.parse(cells).errors().stream()
            .map(e -> e.field() + ":" + e.messageKey() + ":" + e.args())
            .toList();
    assertEquals(
        List.of(
            "purposes:camera.error.import.purpose:[FLYING]",
            "latitude:camera.error.import.number:[mười ba]",
            "onvif:camera.error.import.boolean:[maybe]",
            "registeredOn:camera.error.import.date:[31/02/2025]",
            "status:camera.error.import.status:[BROKEN]"),
        errors);
  }

  @Test
  void an_exported_row_imports_back_to_the_same_details() {
    var details = vn.tcc.camera.internal.domain.CameraRulesTest.valid();
    List<Object> cells = CameraSpreadsheet.importCells(details);
    Map<String, String> byKey = new HashMap<>();
    for (int i = 0; i < CameraSpreadsheet.FIELDS.size(); i++) {
      Object value = cells.get(i);
      byKey.put(CameraSpreadsheet.FIELDS.get(i).key(), value == null ? "" : value.toString());
    }
    CameraSpreadsheet.ParsedRow row = CameraSpreadsheet.parse(byKey);
    assertEquals(List.of(), row.errors());
    assertEquals(List.of(), details.changesTo(row.details()));
  }
}
