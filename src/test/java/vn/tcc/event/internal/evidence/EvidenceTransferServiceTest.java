package vn.tcc.event.internal.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tcc.event.api.EvidenceTransfer.MovedFile;
import vn.tcc.event.internal.domain.EvidenceIndex;
import vn.tcc.event.internal.domain.StoredEvidence;
import vn.tcc.retention.api.StorageLevel;

/**
 * The move of an evidence file from the commune store to the provincial store, on real directories:
 * verified at the receiving end, recorded at the province, the commune copy removed only once the
 * transaction commits; a copy that arrives altered is refused and the commune copy kept.
 */
class EvidenceTransferServiceTest {
  static final byte[] CLIP =
      "clip of a red-light run at GL-QN-0001".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;
  final Index index = new Index();
  final Transactions transactions = new Transactions();

  /** The index in a map. */
  static final class Index implements EvidenceIndex {
    final Map<String, StoredEvidence> rows = new HashMap<>();

    @Override
    public void register(StoredEvidence evidence) {
      rows.putIfAbsent(evidence.sha256(), evidence);
    }

    @Override
    public Optional<StoredEvidence> find(String sha256) {
      return Optional.ofNullable(rows.get(sha256));
    }

    @Override
    public boolean remove(String sha256) {
      return rows.remove(sha256) != null;
    }

    @Override
    public boolean relocate(String sha256, StorageLevel location) {
      StoredEvidence e = rows.get(sha256);
      if (e == null) {
        return false;
      }
      rows.put(
          sha256,
          new StoredEvidence(
              e.sha256(), e.mediaType(), e.sizeBytes(), e.capturedAt(), e.capturedBy(), location));
      return true;
    }

    @Override
    public List<DemoFile> demoFiles() {
      return List.of();
    }
  }

  /** One transaction whose end the test decides. */
  static final class Transactions implements TransactionSynchronizationRegistry {
    final List<Synchronization> registered = new ArrayList<>();

    void end(int status) {
      registered.forEach(s -> s.afterCompletion(status));
      registered.clear();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      registered.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return "tx";
    }

    @Override
    public void putResource(Object key, Object value) {}

    @Override
    public Object getResource(Object key) {
      return null;
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }

  EvidenceStore store(EvidenceDirectory province) {
    return new EvidenceStore(
        index,
        Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC),
        new EvidenceDirectory(temp.resolve("commune")),
        province);
  }

  EvidenceDirectory province() {
    return new EvidenceDirectory(temp.resolve("province"));
  }

  @Test
  void a_verified_copy_is_the_provinces_and_the_commune_copy_goes_with_the_commit() {
    EvidenceStore store = store(province());
    String sha = store.put(CLIP, "video/mp4", "vms:ZM").sha256();
    EvidenceTransferService transfer = new EvidenceTransferService(store, index, transactions);

    MovedFile moved = transfer.toProvince(sha).orElseThrow();

    assertTrue(moved.verified());
    assertEquals(sha, moved.sha256Before());
    assertEquals(sha, moved.sha256After());
    assertEquals(CLIP.length, moved.bytes());
    assertEquals(
        temp.resolve("province")
            .resolve(sha.substring(0, 2))
            .resolve(sha.substring(2, 4))
            .resolve(sha)
            .toString(),
        moved.toPath());
    assertEquals(StorageLevel.PROVINCIAL_CENTER, index.rows.get(sha).location());
    assertTrue(Files.exists(Path.of(moved.fromPath())), "both copies until the commit");

    transactions.end(Status.STATUS_COMMITTED);

    assertFalse(Files.exists(Path.of(moved.fromPath())), "the commune copy is gone");
    assertTrue(Files.exists(Path.of(moved.toPath())));
    assertArrayEquals(CLIP, store.read(sha).orElseThrow(), "read from its new place");
    assertTrue(transfer.toProvince(sha).orElseThrow().verified(), "already there, still verified");
  }

  @Test
  void a_copy_that_arrives_altered_is_refused_removed_and_the_commune_copy_kept() {
    EvidenceDirectory altering =
        new EvidenceDirectory(temp.resolve("province")) {
          @Override
          void write(String sha256, byte[] content) {
            byte[] altered = content.clone();
            altered[0] ^= 1;
            super.write(sha256, altered);
          }
        };
    EvidenceStore store = store(altering);
    String sha = store.put(CLIP, "video/mp4", "vms:ZM").sha256();
    EvidenceTransferService transfer = new EvidenceTransferService(store, index, transactions);

    MovedFile moved = transfer.toProvince(sha).orElseThrow();

    assertFalse(moved.verified());
    assertEquals(sha, moved.sha256Before());
    assertFalse(sha.equals(moved.sha256After()));
    assertFalse(Files.exists(Path.of(moved.toPath())), "the altered copy is removed");
    assertTrue(Files.exists(Path.of(moved.fromPath())), "the commune keeps its copy");
    assertEquals(StorageLevel.COMMUNE_CENTER, index.rows.get(sha).location());
    assertTrue(transactions.registered.isEmpty(), "nothing to do at the commit");
    assertArrayEquals(CLIP, store.read(sha).orElseThrow());
  }

  @Test
  void a_transfer_rolled_back_removes_the_provincial_copy_and_keeps_the_communes() {
    EvidenceStore store = store(province());
    String sha = store.put(CLIP, "video/mp4", "vms:ZM").sha256();
    MovedFile moved =
        new EvidenceTransferService(store, index, transactions).toProvince(sha).orElseThrow();

    transactions.end(Status.STATUS_ROLLEDBACK);

    assertFalse(Files.exists(Path.of(moved.toPath())));
    assertTrue(Files.exists(Path.of(moved.fromPath())));
  }

  @Test
  void an_unknown_file_is_not_moved() {
    EvidenceTransferService transfer =
        new EvidenceTransferService(store(province()), index, transactions);
    assertTrue(transfer.toProvince("ab".repeat(32)).isEmpty());
  }
}
