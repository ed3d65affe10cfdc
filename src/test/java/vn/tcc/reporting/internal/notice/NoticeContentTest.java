package vn.tcc.reporting.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNotice.Fine;
import vn.tcc.reporting.api.ViolationNotice.Recipient;

class NoticeContentTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "999, 999",
    "1000, 1.000",
    "400000, 400.000",
    "1234567, 1.234.567",
    "18000000, 18.000.000",
    "-1500, -1.500"
  })
  void numbers_are_grouped_by_thousands_with_dots(long value, String expected) {
    assertEquals(expected, VietnameseFormat.grouped(value));
  }

  @Test
  void money_is_written_in_dong() {
    assertEquals("18.000.000 đồng", VietnameseFormat.money(18_000_000));
  }

  @Test
  void a_fine_is_a_range_unless_both_ends_are_equal() {
    assertEquals(
        "Từ 18.000.000 đồng đến 20.000.000 đồng",
        NoticeContent.fineRange(new Fine(18_000_000, 20_000_000, 4)));
    assertEquals("5.000.000 đồng", NoticeContent.fineRange(new Fine(5_000_000, 5_000_000, 0)));
    assertEquals("4 điểm", NoticeContent.points(new Fine(18_000_000, 20_000_000, 4)));
    assertEquals("Không", NoticeContent.points(new Fine(5_000_000, 5_000_000, 0)));
  }

  @ParameterizedTest
  @CsvSource({"78.50, '78,5'", "60, 60", "60.00, 60", "1E+2, 100", "0.5, '0,5'"})
  void decimals_take_a_comma_and_lose_trailing_zeros(String value, String expected) {
    assertEquals(expected, VietnameseFormat.decimal(new BigDecimal(value)));
  }

  @Test
  void times_are_shown_in_vietnam_whatever_the_server_zone() {
    Instant lateEveningUtc = Instant.parse("2026-11-21T17:30:45Z");
    assertEquals("22/11/2026 00:30", VietnameseFormat.dateTime(lateEveningUtc));
    assertEquals("22/11/2026 00:30:45", VietnameseFormat.dateTimeWithSeconds(lateEveningUtc));
    assertEquals(LocalDate.of(2026, 11, 22), VietnameseFormat.dayInVietnam(lateEveningUtc));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-24, 'Gia Lai, ngày 24 tháng 11 năm 2026'",
    "2026-03-05, 'Gia Lai, ngày 05 tháng 3 năm 2026'",
    "2026-02-01, 'Gia Lai, ngày 01 tháng 02 năm 2026'",
    "2026-01-15, 'Gia Lai, ngày 15 tháng 01 năm 2026'"
  })
  void the_date_line_pads_small_days_and_the_first_two_months(LocalDate day, String expected) {
    assertEquals(expected, VietnameseFormat.placeAndDate("Gia Lai", day));
  }

  @Test
  void the_content_carries_the_notice_formatted() {
    NoticeContent content = NoticeContent.of(NoticeSamples.redLight());
    assertEquals("CÔNG AN TỈNH GIA LAI", content.superior());
    assertEquals("PHÒNG CẢNH SÁT GIAO THÔNG CÔNG AN TỈNH GIA LAI", content.unit());
    assertEquals("Số: TB-2026-000123", content.number());
    assertEquals("Gia Lai, ngày 24 tháng 11 năm 2026", content.dateLine());
    assertEquals("Kính gửi: Nguyễn Thị Ánh Hồng (chủ phương tiện)", content.addressee().text());
    assertEquals("21/11/2026 08:15:30", value(content, "Thời gian vi phạm"));
    assertEquals("24/11/2026 09:40", value(content, "Thời điểm lập thông báo"));
    assertEquals(
        "Từ 18.000.000 đồng đến 20.000.000 đồng", value(content, "Mức phạt tiền theo quy định"));
    assertEquals("Camera mã GL-QN-0001", value(content, "Thiết bị phát hiện"));
    assertNull(value(content, "Tốc độ"));
    assertTrue(content.actions().get(0).text().contains("đến hết ngày 14/12/2026"));
    assertTrue(content.actions().get(0).text().contains("trực tuyến qua Cổng Dịch vụ công"));
    assertEquals(List.of("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"), content.signatoryPosition());
    assertEquals("Thông báo số TB-2026-000123", content.footer());
    assertTrue(content.hasPhoto());
    assertFalse(content.texts().contains(NoticeContent.NO_PHOTO));
  }

  @Test
  void speed_is_shown_with_limit_and_excess() {
    NoticeContent content = NoticeContent.of(NoticeSamples.speeding());
    assertEquals(
        "Tốc độ đo được 78,5 km/h; tốc độ tối đa cho phép 60 km/h; vượt quá 18,5 km/h",
        value(content, "Tốc độ"));
    assertEquals(
        "Từ 4.000.000 đồng đến 6.000.000 đồng", value(content, "Mức phạt tiền theo quy định"));
  }

  @Test
  void without_photo_the_content_says_so_and_without_signatory_has_no_signature() {
    ViolationNotice base = NoticeSamples.redLight();
    NoticeContent content =
        NoticeContent.of(NoticeSamples.redLight(base.recipient(), base.place(), null, null));
    assertFalse(content.hasPhoto());
    assertTrue(content.texts().contains(NoticeContent.NO_PHOTO));
    assertTrue(content.signatoryPosition().isEmpty());
    assertNull(content.signatoryName());
  }

  @Test
  void decomposed_vietnamese_is_composed() {
    String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Hồng", Normalizer.Form.NFD);
    ViolationNotice base = NoticeSamples.redLight();
    NoticeContent content =
        NoticeContent.of(
            NoticeSamples.redLight(
                new Recipient(decomposed, base.recipient().address()),
                base.place(),
                null,
                base.signatory()));
    assertTrue(content.addressee().text().contains("Nguyễn Thị Ánh Hồng"));
    assertTrue(Normalizer.isNormalized(String.join("", content.texts()), Normalizer.Form.NFC));
  }

  private static String value(NoticeContent content, String label) {
    return content.facts().stream()
        .filter(fact -> fact.label().equals(label))
        .map(fact -> fact.value().text())
        .findFirst()
        .orElse(null);
  }
}
