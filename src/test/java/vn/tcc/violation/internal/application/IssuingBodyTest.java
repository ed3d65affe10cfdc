package vn.tcc.violation.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuingBodyTest {

  @Test
  void the_demo_province_is_named_in_vietnamese_and_in_english() {
    Map<String, String> none = Map.of();
    assertEquals(
        new IssuingBody("CÔNG AN TỈNH GIA LAI", "PHÒNG CẢNH SÁT GIAO THÔNG"),
        NoticeSettings.issuingBody(none::get, false));
    assertEquals(
        new IssuingBody("GIA LAI PROVINCIAL POLICE", "TRAFFIC POLICE DIVISION"),
        NoticeSettings.issuingBody(none::get, true));
  }

  @Test
  void a_province_names_itself_in_both_languages() {
    Map<String, String> environment =
        Map.of(
            "TCC_NOTICE_SUPERIOR", "CÔNG AN TỈNH ĐẮK LẮK",
            "TCC_NOTICE_UNIT", " PHÒNG CẢNH SÁT GIAO THÔNG ",
            "TCC_NOTICE_SUPERIOR_EN", "DAK LAK PROVINCIAL POLICE",
            "TCC_NOTICE_UNIT_EN", "TRAFFIC POLICE DIVISION");
    assertEquals(
        new IssuingBody("CÔNG AN TỈNH ĐẮK LẮK", "PHÒNG CẢNH SÁT GIAO THÔNG"),
        NoticeSettings.issuingBody(environment::get, false));
    assertEquals(
        new IssuingBody("DAK LAK PROVINCIAL POLICE", "TRAFFIC POLICE DIVISION"),
        NoticeSettings.issuingBody(environment::get, true));
  }

  @Test
  void without_english_names_another_province_keeps_its_official_names_not_the_demo_ones() {
    Map<String, String> environment =
        Map.of("TCC_NOTICE_SUPERIOR", "CÔNG AN TỈNH ĐẮK LẮK", "TCC_NOTICE_UNIT_EN", " ");
    assertEquals(
        new IssuingBody("CÔNG AN TỈNH ĐẮK LẮK", "PHÒNG CẢNH SÁT GIAO THÔNG"),
        NoticeSettings.issuingBody(environment::get, true));
  }
}
