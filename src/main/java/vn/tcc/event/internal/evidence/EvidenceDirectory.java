package vn.tcc.event.internal.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One directory of evidence files, named by their SHA-256 and fanned out by its first two bytes
 * ({@code ab/cd/abcd…}) so no directory holds millions of entries. The commune centers' store and
 * the provincial center's are each one.
 */
class EvidenceDirectory {
  private final Path root;

  EvidenceDirectory(Path root) {
    this.root = root;
  }

  /** The directory of the setting, else {@code fallback} in the server's data directory. */
  static EvidenceDirectory configured(String setting, String fallback) {
    String configured = System.getenv(setting);
    return new EvidenceDirectory(
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("jboss.server.data.dir", "data"), fallback));
  }

  Path root() {
    return root;
  }

  Path fileOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  boolean exists(String sha256) {
    return Files.exists(fileOf(sha256));
  }

  /** Writes the bytes beside and moves them into place, so a reader never sees half a file. */
  void write(String sha256, byte[] content) {
    Path file = fileOf(sha256);
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), sha256, ".partial");
      Files.write(partial, content);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write evidence " + sha256 + " in " + root, e);
    }
  }

  /** The bytes as they are on disk (unchecked), or empty when there is no such file. */
  Optional<byte[]> read(String sha256) {
    try {
      return Optional.of(Files.readAllBytes(fileOf(sha256)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Evidence " + sha256 + " is unreadable in " + root, e);
    }
  }

  /**
   * The SHA-256 of the file's bytes as they are on disk, read in blocks (a clip is not held in
   * memory whole), and their length; empty when there is no such file.
   */
  Optional<Hashed> hash(String sha256) {
    try (java.io.InputStream in = Files.newInputStream(fileOf(sha256))) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[64 * 1024];
      long length = 0;
      int read;
      while ((read = in.read(block)) != -1) {
        digest.update(block, 0, read);
        length += read;
      }
      return Optional.of(new Hashed(java.util.HexFormat.of().formatHex(digest.digest()), length));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Evidence " + sha256 + " is unreadable in " + root, e);
    }
  }

  /** A file's hash as found and its length in bytes. */
  record Hashed(String sha256, long bytes) {}

  /** Removes the file; true when there was one. */
  boolean delete(String sha256) {
    try {
      return Files.deleteIfExists(fileOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete evidence " + sha256 + " in " + root, e);
    }
  }
}
