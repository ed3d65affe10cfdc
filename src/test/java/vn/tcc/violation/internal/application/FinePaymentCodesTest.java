package vn.tcc.violation.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.violation.internal.domain.CaseFine;

class FinePaymentCodesTest {
  static final Instant DECIDED = Instant.parse("2026-03-02T03:00:00Z");

  final FinePaymentCodes codes = new FinePaymentCodes();

  @Test
  void a_decided_unpaid_fine_is_paid_by_notice_number_for_what_is_owed_now() {
    var code = codes.forCase(caseIn("NOTICE_ISSUED", 18_000_000L, 18_090_000L, List.of()));

    assertTrue(code.isPresent());
    assertEquals(18_090_000L, code.get().amountVnd(), "the fine and the late fee so far");
    assertEquals("TB-2026-000123", code.get().transferContent());
    assertTrue(code.get().payload().contains("540818090000"), code.get().payload());
    assertTrue(code.get().payload().contains("0814TB-2026-000123"), code.get().payload());
  }

  @Test
  void no_code_before_the_penalty_after_payment_or_while_an_appeal_waits() {
    assertTrue(codes.forCase(caseIn("NOTICE_ISSUED", null, 0, List.of())).isEmpty());
    assertTrue(codes.forCase(caseIn("APPEALED", 18_000_000L, 18_000_000L, List.of())).isEmpty());
    assertTrue(codes.forCase(caseIn("CLOSED", 18_000_000L, 0, List.of())).isEmpty());
    var paid = new Payments.Payment("BANK", "FT1", 18_000_000L, 0, 18_000_000L, DECIDED, "officer");
    assertTrue(codes.forCase(caseIn("NOTICE_ISSUED", 18_000_000L, 0, List.of(paid))).isEmpty());
    assertTrue(
        codes.forCase(caseIn("APPEAL_DECIDED", 18_000_000L, 18_000_000L, List.of())).isPresent(),
        "an appeal dismissed: the fine stands");
  }

  @Test
  void the_public_page_adds_the_late_fee_from_the_day_after_the_due_date() {
    // Decided on 2 March (Vietnam), due 12 March; on 22 March it is 10 days late: 0.5 %.
    codes.clock = Clock.fixed(Instant.parse("2026-03-22T05:00:00Z"), ZoneOffset.UTC);
    var code = codes.forNotice(publicNotice("NOTICE_ISSUED", 4_000_000L, false));

    assertEquals(4_020_000L, code.orElseThrow().amountVnd());
    assertTrue(codes.forNotice(publicNotice("NOTICE_ISSUED", null, false)).isEmpty());
    assertTrue(codes.forNotice(publicNotice("PAID", 4_000_000L, true)).isEmpty());
    assertTrue(codes.forNotice(publicNotice("NOTICE_ISSUED", 4_000_000L, true)).isEmpty());
  }

  static Notices.PublicNotice publicNotice(String state, Long fine, boolean paid) {
    return new Notices.PublicNotice(
        "TB-2026-000123",
        DECIDED.minusSeconds(86_400),
        "RED_LIGHT",
        DECIDED.minusSeconds(10 * 86_400),
        "81A***45",
        "a".repeat(64),
        state,
        fine,
        fine == null ? null : DECIDED,
        paid);
  }

  static CaseView caseIn(String state, Long fine, long owedNow, List<Payments.Payment> payments) {
    return new CaseView(
        "VP-2026-0000123",
        state,
        null,
        "GL.QUY_NHON",
        "GL-QN-0001",
        "RED_LIGHT",
        "81A12345",
        null,
        "CAR",
        null,
        null,
        DECIDED,
        DECIDED,
        1,
        "81A12345",
        "RED_LIGHT",
        CaseFine.NOT_ASSESSED,
        null,
        DECIDED,
        null,
        new CaseView.NoticeSummary(
            "TB-2026-000123", "ABCD-EFGH-JK", "a".repeat(64), DECIDED, LocalDate.now(), "officer"),
        new CaseView.Settlement(
            fine, null, fine == null ? 0 : owedNow - fine, owedNow, payments, null, List.of()),
        List.of(),
        List.of(),
        List.of(),
        false,
        false,
        Set.of());
  }
}
