package vn.tcc.reporting.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tcc.reporting.api.ViolationNotice.Evidence;
import vn.tcc.reporting.api.ViolationNotice.Fine;
import vn.tcc.reporting.api.ViolationNotice.Recipient;
import vn.tcc.reporting.api.ViolationNotice.Speed;
import vn.tcc.reporting.internal.notice.NoticeSamples;

class ViolationNoticeTest {
  private static final URI URL = URI.create(NoticeSamples.URL);

  @Test
  void a_complete_notice_is_accepted_and_its_texts_are_trimmed() {
    Recipient recipient = new Recipient("  Nguyễn Văn An ", " Quy Nhơn ");
    assertEquals("Nguyễn Văn An", recipient.name());
    assertEquals("Quy Nhơn", recipient.address());
    assertEquals(NoticeSamples.PLATE, NoticeSamples.redLight().plate());
  }

  @Test
  void the_sha256_must_be_64_hex_digits_and_is_kept_in_lower_case() {
    Evidence evidence =
        new Evidence(null, NoticeSamples.SHA256.toUpperCase(), NoticeSamples.CODE, URL);
    assertEquals(NoticeSamples.SHA256, evidence.sha256());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(null, NoticeSamples.SHA256.substring(1), NoticeSamples.CODE, URL));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(null, "z" + NoticeSamples.SHA256.substring(1), NoticeSamples.CODE, URL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7kq2-m9xd-4f", "7KQ2--M9XD", "-7KQ2", "7KQ2 M9XD", ""})
  void a_verification_code_is_upper_case_groups_joined_by_dashes(String code) {
    assertThrows(
        IllegalArgumentException.class, () -> new Evidence(null, NoticeSamples.SHA256, code, URL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://tcc.example/x", "/tcc/tra-cuu-thong-bao", "mailto:a@b.vn"})
  void the_verification_url_is_an_absolute_web_address(String url) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(null, NoticeSamples.SHA256, NoticeSamples.CODE, URI.create(url)));
  }

  @Test
  void the_photo_must_be_a_jpeg_and_is_copied_in_and_out() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(png, NoticeSamples.SHA256, NoticeSamples.CODE, URL));

    byte[] jpeg = NoticeSamples.jpeg(64, 48);
    byte[] original = jpeg.clone();
    Evidence evidence = new Evidence(jpeg, NoticeSamples.SHA256, NoticeSamples.CODE, URL);
    jpeg[100] ^= 0x7f;
    evidence.photoJpeg()[101] ^= 0x7f;
    assertArrayEquals(original, evidence.photoJpeg());
    assertEquals(evidence, new Evidence(original, NoticeSamples.SHA256, NoticeSamples.CODE, URL));
    assertTrue(evidence.toString().contains(original.length + " bytes"));
  }

  @Test
  void the_fine_is_a_positive_range_and_points_are_those_of_a_licence() {
    assertEquals(0, new Fine(5_000_000, 5_000_000, 0).licencePoints());
    assertThrows(IllegalArgumentException.class, () -> new Fine(20_000_000, 18_000_000, 4));
    assertThrows(IllegalArgumentException.class, () -> new Fine(0, 1_000_000, 4));
    assertThrows(IllegalArgumentException.class, () -> new Fine(1_000_000, 2_000_000, 13));
    assertThrows(IllegalArgumentException.class, () -> new Fine(1_000_000, 2_000_000, -1));
  }

  @Test
  void a_speed_is_above_a_positive_limit() {
    assertEquals(
        new BigDecimal("18.5"),
        new Speed(new BigDecimal("78.5"), new BigDecimal("60")).excessKmh());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Speed(new BigDecimal("60"), new BigDecimal("60")));
    assertThrows(IllegalArgumentException.class, () -> new Speed(BigDecimal.TEN, BigDecimal.ZERO));
  }

  @Test
  void required_texts_and_length_limits() {
    assertThrows(IllegalArgumentException.class, () -> new Recipient(" ", "Quy Nhơn"));
    assertThrows(IllegalArgumentException.class, () -> new Recipient(null, "Quy Nhơn"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recipient("An", "x".repeat(ViolationNotice.MAX_TEXT + 1)));
    assertEquals(
        ViolationNotice.MAX_TEXT,
        new Recipient("An", "x".repeat(ViolationNotice.MAX_TEXT)).address().length());
  }

  @Test
  void dates_must_be_in_order() {
    ViolationNotice sample = NoticeSamples.redLight();
    assertThrows(
        IllegalArgumentException.class,
        () -> withDates(sample, sample.issuedAt().plusSeconds(60), sample.respondBy()));
    assertThrows(
        IllegalArgumentException.class,
        () -> withDates(sample, sample.occurredAt(), LocalDate.of(2026, 11, 23)));
    // The day of issue itself is a valid (if harsh) last day.
    assertEquals(
        LocalDate.of(2026, 11, 24),
        withDates(sample, sample.occurredAt(), LocalDate.of(2026, 11, 24)).respondBy());
  }

  @Test
  void there_is_at_least_one_way_to_pay_and_the_list_is_a_copy() {
    ViolationNotice sample = NoticeSamples.redLight();
    assertThrows(IllegalArgumentException.class, () -> withPayments(sample, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> withPayments(sample, List.of("Kho bạc", " ")));
    ArrayList<String> methods = new ArrayList<>(List.of("Kho bạc"));
    ViolationNotice notice = withPayments(sample, methods);
    methods.add("Ngân hàng");
    assertEquals(List.of("Kho bạc"), notice.paymentMethods());
    assertNotEquals(methods, notice.paymentMethods());
  }

  private static ViolationNotice withDates(
      ViolationNotice n, Instant occurredAt, LocalDate respondBy) {
    return new ViolationNotice(
        n.issuer(),
        n.noticeNumber(),
        n.caseNumber(),
        n.issuedAt(),
        n.recipient(),
        n.plate(),
        n.vehicleClass(),
        n.violation(),
        occurredAt,
        n.place(),
        n.cameraCode(),
        n.speed(),
        n.legalReference(),
        n.fine(),
        respondBy,
        n.respondAt(),
        n.onlineResponse(),
        n.paymentMethods(),
        n.evidence(),
        n.signatory());
  }

  private static ViolationNotice withPayments(ViolationNotice n, List<String> methods) {
    return new ViolationNotice(
        n.issuer(),
        n.noticeNumber(),
        n.caseNumber(),
        n.issuedAt(),
        n.recipient(),
        n.plate(),
        n.vehicleClass(),
        n.violation(),
        n.occurredAt(),
        n.place(),
        n.cameraCode(),
        n.speed(),
        n.legalReference(),
        n.fine(),
        n.respondBy(),
        n.respondAt(),
        n.onlineResponse(),
        methods,
        n.evidence(),
        n.signatory());
  }
}
