package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietQrTest {

  /**
   * A code issued by a live Vietnamese payment service (payOS, a MB Bank virtual account, 7,000 đ,
   * content "TL89 100"), which banking apps accept: ours must be the same, byte for byte.
   */
  static final String ISSUED_IN_PRODUCTION =
      "00020101021238570010A000000727012700069704220113VQRQADAIJ55120208QRIBFTTA"
          + "5303704540470005802VN62120808TL89 1006304E346";

  @Test
  void the_payload_is_the_one_a_live_payment_service_issues_checksum_included() {
    assertEquals(
        ISSUED_IN_PRODUCTION, new VietQr("970422", "VQRQADAIJ5512", 7_000, "TL89 100").payload());
  }

  @Test
  void the_checksum_is_crc16_ccitt_false() {
    // The standard check value of CRC-16/CCITT-FALSE.
    assertEquals("29B1", VietQr.crc16("123456789"));
    String body = ISSUED_IN_PRODUCTION.substring(0, ISSUED_IN_PRODUCTION.length() - 4);
    assertEquals("E346", VietQr.crc16(body));
  }

  @Test
  void a_fine_decodes_to_its_bank_account_amount_and_notice_number() {
    String payload = new VietQr("970415", "113000006688", 18_000_000, "TB-2026-000123").payload();

    Map<String, String> fields = decode(payload);
    assertEquals("01", fields.get("00"));
    assertEquals("12", fields.get("01"), "a dynamic code: one payment of one amount");
    assertEquals("704", fields.get("53"));
    assertEquals("18000000", fields.get("54"));
    assertEquals("VN", fields.get("58"));
    Map<String, String> account = decode(fields.get("38"));
    assertEquals("A000000727", account.get("00"));
    assertEquals("QRIBFTTA", account.get("02"));
    Map<String, String> beneficiary = decode(account.get("01"));
    assertEquals("970415", beneficiary.get("00"));
    assertEquals("113000006688", beneficiary.get("01"));
    assertEquals("TB-2026-000123", decode(fields.get("62")).get("08"));
    assertEquals(
        VietQr.crc16(payload.substring(0, payload.length() - 4)),
        fields.get("63"),
        "the checksum covers everything before it, its own id and length included");
  }

  @Test
  void what_a_banking_app_could_not_read_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new VietQr("97041", "1", 1, "x"));
    assertThrows(IllegalArgumentException.class, () -> new VietQr("970415", "12-3", 1, "x"));
    assertThrows(
        IllegalArgumentException.class, () -> new VietQr("970415", "1".repeat(20), 1, "x"));
    assertThrows(IllegalArgumentException.class, () -> new VietQr("970415", "1", 0, "x"));
    assertThrows(IllegalArgumentException.class, () -> new VietQr("970415", "1", -5, "x"));
    assertThrows(
        IllegalArgumentException.class, () -> new VietQr("970415", "1", 10_000_000_000_000L, "x"));
    assertThrows(IllegalArgumentException.class, () -> new VietQr("970415", "1", 1, "Nộp phạt"));
    assertThrows(
        IllegalArgumentException.class, () -> new VietQr("970415", "1", 1, "x".repeat(26)));
    assertThrows(IllegalArgumentException.class, () -> new VietQr("970415", "1", 1, "a\u0000"));
  }

  /** The EMVCo fields of a payload: id, then a 2-digit length, then that many characters. */
  static Map<String, String> decode(String tlv) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    while (at < tlv.length()) {
      String id = tlv.substring(at, at + 2);
      int length = Integer.parseInt(tlv.substring(at + 2, at + 4));
      fields.put(id, tlv.substring(at + 4, at + 4 + length));
      at += 4 + length;
    }
    assertEquals(tlv.length(), at, "the fields fill the text exactly");
    return fields;
  }
}
