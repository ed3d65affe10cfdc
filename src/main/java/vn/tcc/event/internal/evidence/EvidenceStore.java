package vn.tcc.event.internal.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tcc.event.api.EvidenceTampered;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;

/**
 * Evidence files (event images, snapshots and clips fetched from a VMS), content-addressed: a file
 * is named by the SHA-256 of its bytes, taken when it is captured, and every read checks the bytes
 * still hash to that name. The directory is {@code TCC_EVIDENCE_DIR}, by default {@code
 * tcc-evidence} in the server's data directory.
 */
@ApplicationScoped
public class EvidenceStore {
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  @Inject EvidenceIndex index;
  @Inject Clock clock;
  private Path root;

  @PostConstruct
  void locate() {
    String configured = System.getenv("TCC_EVIDENCE_DIR");
    root =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("jboss.server.data.dir", "data"), "tcc-evidence");
  }

  /** Stores the bytes (once, however often they come) and records them in the index. */
  public StoredEvidence put(byte[] content, String mediaType, String capturedBy) {
    String sha256 = sha256(content);
    Path file = fileOf(sha256);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        // Written beside and moved into place, so a reader never sees half a file.
        Path partial = Files.createTempFile(file.getParent(), sha256, ".partial");
        Files.write(partial, content);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write evidence " + sha256, e);
    }
    StoredEvidence evidence =
        new StoredEvidence(sha256, mediaType, content.length, clock.instant(), capturedBy);
    index.register(evidence);
    return index.find(sha256).orElse(evidence);
  }

  /** The bytes of a piece of evidence, after checking they still hash to its name. */
  public Optional<byte[]> read(String sha256) {
    if (!SHA256.matcher(sha256).matches() || index.find(sha256).isEmpty()) {
      return Optional.empty();
    }
    byte[] content;
    try {
      content = Files.readAllBytes(fileOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("Evidence " + sha256 + " is recorded but unreadable", e);
    }
    String found = sha256(content);
    if (!found.equals(sha256)) {
      throw new EvidenceTampered(sha256, found);
    }
    return Optional.of(content);
  }

  /**
   * Removes a file for good: its ties to events, its index row (both in the caller's transaction)
   * and its bytes. Idempotent: false when there was no index row (a second call, or a file already
   * removed), and a file whose bytes are already gone is no failure. The bytes go first, at once:
   * if the transaction then rolls back, the index row stays and the next attempt finds and removes
   * it, whereas bytes left behind by a committed removal would be an orphan nobody lists.
   */
  public boolean delete(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      return false;
    }
    try {
      Files.deleteIfExists(fileOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete evidence " + sha256, e);
    }
    return index.remove(sha256);
  }

  private Path fileOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
