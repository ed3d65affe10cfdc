package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.violation.internal.application.Payments;

/** Payments in plain JDBC; the transaction reference is unique, so a payment is kept once. */
@ApplicationScoped
public class JdbcPayments implements Payments {
  private static final String COLUMNS =
      "channel, transaction_ref, fine_vnd, late_fee_vnd, amount_vnd, paid_at, recorded_by";

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Override
  public Optional<Payment> byReference(String transactionRef) {
    List<Payment> found =
        list(
            "SELECT " + COLUMNS + " FROM violation.payment WHERE transaction_ref = ?",
            transactionRef);
    return found.stream().findFirst();
  }

  @Override
  public List<Payment> ofCase(long caseId) {
    return list(
        "SELECT " + COLUMNS + " FROM violation.payment WHERE case_id = ? ORDER BY id", caseId);
  }

  @Override
  public Optional<String> caseOfNotice(String noticeNumber) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.case_number FROM violation.notice n JOIN violation.violation_case c"
                    + " ON c.id = n.case_id WHERE n.notice_number = ?")) {
      select.setString(1, noticeNumber);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("find the case of a notice", e);
    }
  }

  @Override
  public void save(long caseId, Payment payment) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO violation.payment (case_id, "
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, caseId);
      insert.setString(2, payment.channel());
      insert.setString(3, payment.transactionRef());
      insert.setLong(4, payment.fineVnd());
      insert.setLong(5, payment.lateFeeVnd());
      insert.setLong(6, payment.amountVnd());
      insert.setTimestamp(7, Timestamp.from(payment.paidAt()));
      insert.setString(8, payment.recordedBy());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("record a payment", e);
    }
  }

  private List<Payment> list(String sql, Object parameter) {
    List<Payment> payments = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          payments.add(
              new Payment(
                  row.getString(1),
                  row.getString(2),
                  row.getLong(3),
                  row.getLong(4),
                  row.getLong(5),
                  JdbcCaseRepository.instant(row, 6),
                  row.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw JdbcCaseRepository.failure("read payments", e);
    }
    return payments;
  }
}
