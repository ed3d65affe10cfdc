package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.Payments;

/** Payments in plain JDBC; the transaction reference is unique, so a payment is kept once. */
@ApplicationScoped
public class JdbcPayments implements Payments {
  private static final String COLUMNS =
      "channel, transaction_ref, fine_vnd, late_fee_vnd, amount_vnd, paid_at, recorded_by";

  private static final RowMapper<Payment> PAYMENT =
      row ->
          new Payment(
              row.string("channel"),
              row.string("transaction_ref"),
              row.longValue("fine_vnd"),
              row.longValue("late_fee_vnd"),
              row.longValue("amount_vnd"),
              row.instant("paid_at"),
              row.string("recorded_by"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<Payment> byReference(String transactionRef) {
    return jdbc.first(
        "read payments",
        "SELECT " + COLUMNS + " FROM violation.payment WHERE transaction_ref = ?",
        PAYMENT,
        transactionRef);
  }

  @Override
  public List<Payment> ofCase(long caseId) {
    return jdbc.list(
        "read payments",
        "SELECT " + COLUMNS + " FROM violation.payment WHERE case_id = ? ORDER BY id",
        PAYMENT,
        caseId);
  }

  @Override
  public Optional<String> caseOfNotice(String noticeNumber) {
    return jdbc.first(
        "find the case of a notice",
        "SELECT c.case_number FROM violation.notice n JOIN violation.violation_case c"
            + " ON c.id = n.case_id WHERE n.notice_number = ?",
        row -> row.string("case_number"),
        noticeNumber);
  }

  @Override
  public void save(long caseId, Payment payment) {
    jdbc.update(
        "record a payment",
        "INSERT INTO violation.payment (case_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        caseId,
        payment.channel(),
        payment.transactionRef(),
        payment.fineVnd(),
        payment.lateFeeVnd(),
        payment.amountVnd(),
        payment.paidAt(),
        payment.recordedBy());
  }
}
