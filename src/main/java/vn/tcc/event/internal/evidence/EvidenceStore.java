package vn.tcc.event.internal.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tcc.event.api.EvidenceTampered;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;
import vn.tcc.retention.api.StorageLevel;

/**
 * Evidence files (event images, snapshots and clips fetched from a VMS), content-addressed: a file
 * is named by the SHA-256 of its bytes, taken when it is captured, and every read checks the bytes
 * still hash to that name.
 *
 * <p>Two stores, two real places (Decision 502/QD-TTg): every file enters the commune centers'
 * store, {@code TCC_EVIDENCE_DIR} (by default {@code tcc-evidence} in the server's data directory);
 * what a commune's reviewer sends up after review is copied to the provincial center's, {@code
 * TCC_PROVINCE_EVIDENCE_DIR} (by default {@code tcc-evidence-province}). The index says which store
 * holds each file, and reads go there.
 */
@ApplicationScoped
public class EvidenceStore {
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  @Inject EvidenceIndex index;
  @Inject Clock clock;
  private EvidenceDirectory commune;
  private EvidenceDirectory province;

  EvidenceStore() {}

  /** A store over two given directories (tests). */
  EvidenceStore(
      EvidenceIndex index, Clock clock, EvidenceDirectory commune, EvidenceDirectory province) {
    this.index = index;
    this.clock = clock;
    this.commune = commune;
    this.province = province;
  }

  @PostConstruct
  void locate() {
    commune = EvidenceDirectory.configured("TCC_EVIDENCE_DIR", "tcc-evidence");
    province = EvidenceDirectory.configured("TCC_PROVINCE_EVIDENCE_DIR", "tcc-evidence-province");
  }

  /**
   * Stores the bytes (once, however often they come) in the commune centers' store and records them
   * in the index. Bytes already sent up to the province are not written again below.
   */
  public StoredEvidence put(byte[] content, String mediaType, String capturedBy) {
    String sha256 = sha256(content);
    Optional<StoredEvidence> known = index.find(sha256);
    boolean atProvince =
        known.map(k -> k.location() == StorageLevel.PROVINCIAL_CENTER).orElse(false);
    if (!atProvince && !commune.exists(sha256)) {
      commune.write(sha256, content);
    }
    if (known.isPresent()) {
      return known.get();
    }
    StoredEvidence evidence =
        new StoredEvidence(
            sha256,
            mediaType,
            content.length,
            clock.instant(),
            capturedBy,
            StorageLevel.COMMUNE_CENTER);
    index.register(evidence);
    return index.find(sha256).orElse(evidence);
  }

  /** The bytes of a piece of evidence, from the store that holds it, checked against its name. */
  public Optional<byte[]> read(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      return Optional.empty();
    }
    Optional<StoredEvidence> known = index.find(sha256);
    if (known.isEmpty()) {
      return Optional.empty();
    }
    byte[] content =
        directoryOf(known.get().location())
            .read(sha256)
            .orElseThrow(
                () ->
                    new UncheckedIOException(
                        new IOException("Evidence " + sha256 + " is recorded but missing")));
    String found = sha256(content);
    if (!found.equals(sha256)) {
      throw new EvidenceTampered(sha256, found);
    }
    return Optional.of(content);
  }

  /**
   * Reads a file back from the store the index names and hashes it (the full verification): empty
   * when the file is not there, else its hash as found, which differs from its name when altered.
   */
  Optional<EvidenceDirectory.Hashed> hashAsStored(String sha256, StorageLevel location) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not an evidence file's name: " + sha256);
    }
    return directoryOf(location).hash(sha256);
  }

  /**
   * Removes a file for good: its ties to events, its index row (both in the caller's transaction)
   * and its bytes, in whichever store. Idempotent: false when there was no index row (a second
   * call, or a file already removed), and a file whose bytes are already gone is no failure. The
   * bytes go first, at once: if the transaction then rolls back, the index row stays and the next
   * attempt finds and removes it, whereas bytes left behind by a committed removal would be an
   * orphan nobody lists.
   */
  public boolean delete(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      return false;
    }
    commune.delete(sha256);
    province.delete(sha256);
    return index.remove(sha256);
  }

  /**
   * {@link #delete} for many files: each file from both stores, then their index records in two
   * statements instead of two per file (a purge chunk has hundreds). Returns how many were indexed.
   */
  public int deleteAll(java.util.Collection<String> sha256s) {
    java.util.List<String> valid =
        sha256s.stream().filter(s -> s != null && SHA256.matcher(s).matches()).toList();
    for (String sha256 : valid) {
      commune.delete(sha256);
      province.delete(sha256);
    }
    return index.removeAll(valid);
  }

  /** What a copy to the provincial store found. */
  record ProvincialCopy(
      boolean verified,
      String sha256Before,
      String sha256After,
      long bytes,
      Path fromPath,
      Path toPath,
      String detail) {}

  /**
   * Copies a file of the commune store to the provincial store and verifies it at the receiving
   * end: the bytes are read back from the provincial store and hashed there. A copy whose hash
   * differs from the commune's is removed again; so is nothing else: the commune copy and the index
   * stay as they were. The index is not changed here (the transfer does it).
   */
  ProvincialCopy copyToProvince(String sha256) {
    Path from = commune.fileOf(sha256);
    Path to = province.fileOf(sha256);
    Optional<byte[]> read = commune.read(sha256);
    if (read.isEmpty()) {
      return new ProvincialCopy(false, null, null, 0, from, to, "no file at the commune center");
    }
    byte[] content = read.get();
    String before = sha256(content);
    if (!before.equals(sha256)) {
      // A commune copy that no longer matches its capture hash is tampered evidence: not sent up.
      return new ProvincialCopy(
          false, before, null, content.length, from, to, "the commune copy hashes to " + before);
    }
    province.write(sha256, content);
    Optional<byte[]> arrived = province.read(sha256);
    String after = arrived.map(EvidenceStore::sha256).orElse(null);
    if (!before.equals(after)) {
      province.delete(sha256);
      return new ProvincialCopy(
          false,
          before,
          after,
          content.length,
          from,
          to,
          "the provincial copy hashes to " + after + ", not " + before);
    }
    return new ProvincialCopy(true, before, after, content.length, from, to, null);
  }

  /** The SHA-256 of the file as the provincial store holds it now, or null when it has none. */
  String hashAtProvince(String sha256) {
    return province.read(sha256).map(EvidenceStore::sha256).orElse(null);
  }

  Path provincialPath(String sha256) {
    return province.fileOf(sha256);
  }

  Path communePath(String sha256) {
    return commune.fileOf(sha256);
  }

  /** The commune copy of a file the province now holds ("lets the commune copy expire"). */
  void removeCommuneCopy(String sha256) {
    commune.delete(sha256);
  }

  /** A provincial copy whose transfer did not commit. */
  void removeProvincialCopy(String sha256) {
    province.delete(sha256);
  }

  /** Writes bytes the index already knows into the commune store when they are missing (demo). */
  boolean restoreAtCommune(String sha256, byte[] content) {
    if (!sha256(content).equals(sha256) || commune.exists(sha256)) {
      return false;
    }
    commune.write(sha256, content);
    return true;
  }

  private EvidenceDirectory directoryOf(StorageLevel location) {
    return location == StorageLevel.PROVINCIAL_CENTER ? province : commune;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
