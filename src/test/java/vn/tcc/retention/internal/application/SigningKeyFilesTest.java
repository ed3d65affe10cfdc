package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFilesTest {
  static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

  @Test
  void a_dev_key_is_generated_on_first_use_and_kept_owner_only(@TempDir Path data)
      throws Exception {
    Path directory = data.resolve("tcc-signing");
    SigningIdentity dev = SigningKeyFiles.devKey(directory, "Công an tỉnh Gia Lai", NOW);

    assertEquals(
        "CN=TCC dev deletion-record signer,O=Công an tỉnh Gia Lai",
        dev.certificate().getSubjectX500Principal().getName());
    assertEquals(
        dev.certificate().getSubjectX500Principal(), dev.certificate().getIssuerX500Principal());
    assertEquals("EC", dev.key().getAlgorithm());
    long days = ChronoUnit.DAYS.between(NOW, dev.certificate().getNotAfter().toInstant());
    assertTrue(days >= 3650 && days <= 3653, "valid about ten years: " + days);
    assertEquals("rwx------", permissions(directory));
    assertEquals("rw-------", permissions(directory.resolve("dev-signer.p12")));
    assertEquals("rw-------", permissions(directory.resolve("dev-signer.password")));
  }

  @Test
  void the_dev_key_is_reused_after_a_restart(@TempDir Path data) {
    Path directory = data.resolve("tcc-signing");
    SigningIdentity first = SigningKeyFiles.devKey(directory, "Công an tỉnh Gia Lai", NOW);
    SigningIdentity afterRestart =
        SigningKeyFiles.devKey(directory, "Công an tỉnh Gia Lai", NOW.plusSeconds(86_400));
    assertEquals(first.fingerprint(), afterRestart.fingerprint());
    assertEquals(first.key(), afterRestart.key());
  }

  @Test
  void a_dev_keystore_without_its_password_file_is_refused_not_replaced(@TempDir Path data)
      throws Exception {
    Path directory = data.resolve("tcc-signing");
    SigningKeyFiles.devKey(directory, "Công an tỉnh Gia Lai", NOW);
    Files.delete(directory.resolve("dev-signer.password"));
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> SigningKeyFiles.devKey(directory, "Công an tỉnh Gia Lai", NOW));
    assertTrue(refused.getMessage().contains("without its password file"), refused.getMessage());
  }

  @Test
  void the_installed_keystore_is_read_by_alias_or_its_only_key(@TempDir Path data)
      throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    Path file = data.resolve("center.p12");
    char[] password = "changeit".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("center", center.key(), password, new Certificate[] {center.certificate()});
    try (var out = Files.newOutputStream(file)) {
      store.store(out, password);
    }

    assertEquals(
        center.fingerprint(), SigningKeyFiles.fromKeystore(file, password, "center").fingerprint());
    assertEquals(
        center.fingerprint(), SigningKeyFiles.fromKeystore(file, password, null).fingerprint());
    assertThrows(
        IllegalStateException.class, () -> SigningKeyFiles.fromKeystore(file, password, "other"));
    assertThrows(
        IllegalStateException.class,
        () -> SigningKeyFiles.fromKeystore(file, "wrong".toCharArray(), "center"));
  }

  @Test
  void the_configured_keystore_is_used_and_needs_its_password(@TempDir Path data) throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    Path file = data.resolve("center.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "center", center.key(), "pw".toCharArray(), new Certificate[] {center.certificate()});
    try (var out = Files.newOutputStream(file)) {
      store.store(out, "pw".toCharArray());
    }
    java.time.Clock clock = java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC);
    java.util.Map<String, String> env =
        java.util.Map.of(
            "TCC_SIGNING_KEYSTORE", file.toString(), "TCC_SIGNING_KEYSTORE_PASSWORD", "pw");
    assertEquals(center.fingerprint(), CenterSigningKey.load(env::get, clock).fingerprint());
    assertThrows(
        IllegalStateException.class,
        () ->
            CenterSigningKey.load(
                java.util.Map.of("TCC_SIGNING_KEYSTORE", file.toString())::get, clock));
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
