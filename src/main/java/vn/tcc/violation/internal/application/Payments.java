package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payments of fines, by hand or from the payment gateway, each transaction once. */
public interface Payments {

  /** The payment with this transaction reference, if it was recorded already. */
  Optional<Payment> byReference(String transactionRef);

  void save(long caseId, Payment payment);

  List<Payment> ofCase(long caseId);

  /** The case a notice number belongs to (the gateway pays by notice number). */
  Optional<String> caseOfNotice(String noticeNumber);

  record Payment(
      String channel,
      String transactionRef,
      long fineVnd,
      long lateFeeVnd,
      long amountVnd,
      Instant paidAt,
      String recordedBy) {}
}
