package vn.tcc.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.audit.internal.domain.AuditChain;
import vn.tcc.audit.internal.domain.AuditEntryContent;
import vn.tcc.testing.Api;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * {@code bin/tcc backup} while TCC runs and writes, then {@code bin/tcc restore} into a fresh data
 * directory (issue 21): the restored database starts, its audit chain verifies end to end with the
 * application's own hash, it holds every entry written before the backup began, and every evidence
 * file it indexes is restored with the SHA-256 it is indexed under.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_backup_taken_while_tcc_writes_restores_with_its_audit_chain_and_evidence_intact()
      throws Exception {
    String pgdata = System.getProperty("tcc.test.pgdata");
    String tccHome = System.getProperty("tcc.home");
    assertTrue(
        pgdata != null && tccHome != null, "bin/tcc test passes tcc.test.pgdata and tcc.home");
    // Something on the trail and in the evidence store before the backup.
    assertEquals(200, Api.get("me", Keycloak.userToken("auditor")).status());
    long entriesBefore = count(Database.asApplication(), "SELECT count(*) FROM audit.entry");
    long filesBefore = count(Database.asApplication(), "SELECT count(*) FROM vms.evidence");
    assertTrue(filesBefore > 0, "the demo data holds evidence files");

    Path work = Files.createTempDirectory("tcc-backup-it");
    // PostgreSQL runs as "nobody" when the tests run as root: it must reach the restored directory.
    Files.setPosixFilePermissions(
        work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    String backup =
        lastLine(
            run(
                tccHome,
                "bin/tcc",
                "backup",
                "--pgdata",
                pgdata,
                "--port",
                "5433",
                "--out",
                work.resolve("backups").toString()));
    int port = freePort();
    Path restored = work.resolve("restored-pg");
    Path evidence = work.resolve("restored-evidence");
    run(
        tccHome,
        "bin/tcc",
        "restore",
        backup,
        "--pgdata",
        restored.toString(),
        "--evidence-to",
        evidence.toString(),
        "--verify-port",
        Integer.toString(port),
        "--keep-running");
    try (Connection db =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/tcc", "tcc", "tcc")) {
      long entries = verifyChain(db);
      assertTrue(
          entries >= entriesBefore, entries + " restored entries, " + entriesBefore + " before");
      List<String[]> files = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT sha256, location FROM vms.evidence")) {
        while (rs.next()) {
          files.add(new String[] {rs.getString(1).strip(), rs.getString(2)});
        }
      }
      assertTrue(files.size() >= filesBefore, "every file indexed before the backup");
      for (String[] file : files) {
        String store =
            "PROVINCIAL_CENTER".equals(file[1]) ? "tcc-evidence-province" : "tcc-evidence";
        String sha = file[0];
        Path path =
            evidence
                .resolve(store)
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        assertTrue(Files.exists(path), "restored evidence file " + path);
        assertEquals(
            sha,
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))),
            "the restored file's bytes hash to its index entry");
      }
    } finally {
      run(tccHome, "bash", "-c", pgCtl(tccHome) + " -D '" + restored + "' -m fast -w stop");
    }
  }

  /** Walks the restored trail as the application does; answers the number of entries. */
  private static long verifyChain(Connection db) throws Exception {
    String previous = AuditChain.GENESIS;
    long expectedSeq = 1;
    try (Statement st = db.createStatement()) {
      st.setFetchSize(1_000);
      db.setAutoCommit(false);
      try (ResultSet rs =
          st.executeQuery(
              "SELECT seq, occurred_at, actor, actor_kind, action, object_type, object_id,"
                  + " jurisdiction, purpose, personal_data, outcome, client_address, request_id,"
                  + " details, prev_hash, hash FROM audit.entry ORDER BY seq")) {
        while (rs.next()) {
          long seq = rs.getLong("seq");
          assertEquals(expectedSeq, seq, "no entry missing");
          AuditEntryContent content =
              new AuditEntryContent(
                  seq,
                  rs.getTimestamp("occurred_at").toInstant(),
                  rs.getString("actor"),
                  rs.getString("actor_kind"),
                  rs.getString("action"),
                  rs.getString("object_type"),
                  rs.getString("object_id"),
                  rs.getString("jurisdiction"),
                  rs.getString("purpose"),
                  rs.getBoolean("personal_data"),
                  rs.getString("outcome"),
                  rs.getString("client_address"),
                  rs.getString("request_id"),
                  rs.getString("details"));
          assertEquals(previous, rs.getString("prev_hash"), "link of entry " + seq);
          assertEquals(
              rs.getString("hash"), AuditChain.hash(previous, content), "content of entry " + seq);
          previous = rs.getString("hash");
          expectedSeq++;
        }
      }
    }
    return expectedSeq - 1;
  }

  private static String pgCtl(String tccHome) throws IOException {
    try (var dirs = Files.list(Path.of(tccHome))) {
      Path bin =
          dirs.filter(p -> p.getFileName().toString().startsWith("postgresql-"))
              .findFirst()
              .orElseThrow()
              .resolve("bin/pg_ctl");
      boolean root = "root".equals(System.getProperty("user.name"));
      return (root ? "runuser -u nobody -- " : "") + bin;
    }
  }

  private static long count(Connection db, String sql) throws Exception {
    try (db;
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String run(String tccHome, String... command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
    builder.environment().put("TCC_HOME", tccHome);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished: " + String.join(" ", command));
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    return output;
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
