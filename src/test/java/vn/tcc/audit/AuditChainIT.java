package vn.tcc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/** The trail is append-only in the database and tampering behind TCC's back is detected. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_application_account_cannot_change_or_remove_entries() throws SQLException {
    Api.get("me", Keycloak.userToken("officer")); // makes sure there is at least one entry
    Api.get("audit/entries", Keycloak.userToken("officer"));
    try (Connection db = Database.asApplication();
        Statement sql = db.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class, () -> sql.executeUpdate("UPDATE audit.entry SET actor = 'x'"));
      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit.entry"));
      assertThrows(SQLException.class, () -> sql.executeUpdate("TRUNCATE audit.entry"));
    }
  }

  @Test
  void a_row_altered_directly_in_the_database_breaks_the_chain_at_that_row() throws SQLException {
    String auditor = Keycloak.userToken("auditor");
    Api.get(
        "audit/entries", Keycloak.userToken("officer")); // an ACCESS_DENIED entry to tamper with
    JsonObject before = Api.get("audit/chain-verification", auditor).json();
    assertTrue(before.getBoolean("intact"), before.toString());

    long victim;
    String originalActor;
    try (Connection db = Database.asSuperuser("tcc")) {
      try (Statement sql = db.createStatement();
          ResultSet row =
              sql.executeQuery(
                  "SELECT seq, actor FROM audit.entry WHERE action = 'ACCESS_DENIED'"
                      + " ORDER BY seq DESC LIMIT 1")) {
        assertTrue(row.next());
        victim = row.getLong(1);
        originalActor = row.getString(2);
      }
      // What an intruder with the superuser's password could do: switch the triggers off and edit.
      rewriteActor(db, victim, "someone-else");
      try {
        JsonObject after = Api.get("audit/chain-verification", auditor).json();
        assertFalse(after.getBoolean("intact"), after.toString());
        assertEquals(victim, after.getJsonNumber("firstBrokenSeq").longValue());
        assertEquals("CONTENT_ALTERED", after.getString("problem"));
      } finally {
        rewriteActor(db, victim, originalActor);
      }
    }
    JsonObject restored = Api.get("audit/chain-verification", auditor).json();
    assertTrue(restored.getBoolean("intact"), restored.toString());
  }

  @Test
  void each_verification_is_itself_on_the_trail() {
    String auditor = Keycloak.userToken("auditor");
    Api.get("audit/chain-verification", auditor);
    JsonObject latest =
        Api.get("audit/entries?action=AUDIT_CHAIN_VERIFIED&limit=1", auditor)
            .json()
            .getJsonArray("entries")
            .getJsonObject(0);
    assertEquals("auditor", latest.getString("actor"));
    assertTrue(latest.getString("details").startsWith("intact"), latest.toString());
  }

  private static void rewriteActor(Connection db, long seq, String actor) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("SET session_replication_role = replica");
    }
    try (PreparedStatement update =
        db.prepareStatement("UPDATE audit.entry SET actor = ? WHERE seq = ?")) {
      update.setString(1, actor);
      update.setLong(2, seq);
      assertEquals(1, update.executeUpdate());
    } finally {
      try (Statement sql = db.createStatement()) {
        sql.execute("SET session_replication_role = origin");
      }
    }
  }
}
