package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.VietQr;

/**
 * The VietQR code that pays a fine, once there is a fine to pay. A notice does not carry one: the
 * decree sets a range (e.g. 18-20 million đồng for a car at a red light) and the amount exists only
 * when the penalty is decided. From then until it is paid, the case page and the public notice page
 * show the code for what is owed today — the fine plus the late fee so far, the amount TCC accepts
 * as payment — with the notice number as the transfer's content, which the payment gateway's
 * callback pays by.
 *
 * <p>The account is the collection account of the fines ({@code TCC_PAYMENT_BANK_BIN}, {@code
 * TCC_PAYMENT_BANK_NAME}, {@code TCC_PAYMENT_ACCOUNT}, {@code TCC_PAYMENT_BENEFICIARY}); unset, an
 * obviously fictitious demo account is used.
 */
@ApplicationScoped
public class FinePaymentCodes {
  /** Where a decided fine waits for its payment (an appeal pending suspends it here). */
  static final Set<String> PAYABLE_STATES = Set.of("NOTICE_ISSUED", "APPEAL_DECIDED");

  Clock clock = Clock.systemUTC();

  /** The code of a case as its caller sees it; empty when nothing is to be paid now. */
  public Optional<PaymentCode> forCase(CaseView view) {
    CaseView.Settlement settlement = view.settlement();
    if (view.notice() == null
        || settlement == null
        || settlement.fineVnd() == null
        || !settlement.payments().isEmpty()
        || !PAYABLE_STATES.contains(view.state())) {
      return Optional.empty();
    }
    return Optional.of(code(settlement.owedNowVnd(), view.notice().number()));
  }

  /** The code the public notice page shows to whoever holds the notice's code. */
  public Optional<PaymentCode> forNotice(Notices.PublicNotice notice) {
    if (notice.fineVnd() == null
        || notice.penaltyDecidedAt() == null
        || notice.paid()
        || !PAYABLE_STATES.contains(notice.caseState())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    long owed =
        notice.fineVnd()
            + CaseDeadlines.lateFeeVnd(notice.fineVnd(), notice.penaltyDecidedAt(), now);
    return Optional.of(code(owed, notice.number()));
  }

  static PaymentCode code(long amountVnd, String noticeNumber) {
    String bin = setting("TCC_PAYMENT_BANK_BIN", "970415");
    String account = setting("TCC_PAYMENT_ACCOUNT", "TCCDEMO000168");
    VietQr qr = new VietQr(bin, account, amountVnd, noticeNumber);
    return new PaymentCode(
        qr.payload(),
        amountVnd,
        noticeNumber,
        setting("TCC_PAYMENT_BANK_NAME", "VietinBank (tài khoản minh họa)"),
        account,
        setting("TCC_PAYMENT_BENEFICIARY", "KHO BAC NHA NUOC TINH GIA LAI (MINH HOA)"));
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /**
   * What the payer sees beside the code, to check before he confirms the transfer in his bank's
   * app: the same bank, account, beneficiary, amount and content the code carries.
   */
  public record PaymentCode(
      String payload,
      long amountVnd,
      String transferContent,
      String bankName,
      String accountNumber,
      String beneficiary) {}
}
