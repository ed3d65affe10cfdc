package vn.tcc.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  @Test
  void a_refused_connection_deep_in_the_chain_is_an_outage() {
    // As IronJacamar reports it: no state of its own, the driver's 08001 further down.
    SQLException refused = new SQLException("Connection to localhost:5433 refused.", "08001");
    Exception pool =
        new SQLException(
            "IJ031084: Unable to create connection", null, new IllegalStateException(refused));
    assertTrue(DatabaseOutage.causedBy(new RuntimeException("Could not list cameras", pool)));
  }

  @Test
  void a_server_shutting_down_or_full_is_an_outage() {
    assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")));
    assertTrue(
        DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
    assertTrue(DatabaseOutage.causedBy(new SQLException("too many clients", "53300")));
    SQLException batch = new SQLException("Batch entry 0 was aborted", "2BP01");
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));
    assertTrue(DatabaseOutage.causedBy(batch));
  }

  @Test
  void other_failures_stay_defects() {
    assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
    assertFalse(DatabaseOutage.causedBy(null));
    RuntimeException loop = new RuntimeException("self");
    assertFalse(DatabaseOutage.causedBy(loop));
  }
}
