package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.SampleRecordContent;

/**
 * A record verifies outside TCC exactly as the README tells a user to check it, with the openssl
 * command line (installed on the build machines and in CI: Debian's openssl package).
 */
class OpensslVerifiesRecordTest {

  @Test
  void openssl_cms_verifies_a_record_and_refuses_an_altered_one(@TempDir Path dir)
      throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", Instant.now());
    byte[] document = DeletionRecordDocument.canonical(SampleRecordContent.content());
    Files.write(dir.resolve("record.json"), document);
    Files.write(dir.resolve("record.p7s"), CmsDetachedSignature.sign(document, center));
    Files.writeString(dir.resolve("center.pem"), Digests.pem(Digests.der(center.certificate())));

    Result valid = openssl(dir, "record.json");
    assertEquals(0, valid.exit(), valid.output());
    assertTrue(valid.output().contains("Verification successful"), valid.output());

    Files.writeString(
        dir.resolve("altered.json"),
        new String(document, StandardCharsets.UTF_8)
            .replace("\"sizeBytes\":123456", "\"sizeBytes\":123"));
    Result altered = openssl(dir, "altered.json");
    assertNotEquals(0, altered.exit(), altered.output());
    assertTrue(altered.output().contains("Verification failure"), altered.output());
  }

  record Result(int exit, String output) {}

  private static Result openssl(Path dir, String content) throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    "openssl",
                    "cms",
                    "-verify",
                    "-binary",
                    "-inform",
                    "DER",
                    "-in",
                    "record.p7s",
                    "-content",
                    content,
                    "-CAfile",
                    "center.pem",
                    "-purpose",
                    "any",
                    "-out",
                    "/dev/null"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "openssl answers within a minute");
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
