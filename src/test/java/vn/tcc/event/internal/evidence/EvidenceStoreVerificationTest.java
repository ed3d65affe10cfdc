package vn.tcc.event.internal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tcc.event.internal.domain.EvidenceVerification;
import vn.tcc.event.internal.domain.EvidenceVerifications;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;

/**
 * The full verification reads every indexed file back from the store the index names and finds the
 * missing and the altered ones; a run whose node died is taken over after its cursor.
 */
class EvidenceStoreVerificationTest {
  private static final Instant NOW = Instant.parse("2026-12-08T18:30:00Z");

  @TempDir Path temp;
  private final InMemoryRuns runs = new InMemoryRuns();
  private final List<AuditRecord> audit = new ArrayList<>();

  private EvidenceStoreVerification verification(
      EvidenceDirectory commune, EvidenceDirectory province) {
    EvidenceStore store =
        new EvidenceStore(null, Clock.fixed(NOW, ZoneOffset.UTC), commune, province);
    return new EvidenceStoreVerification(runs, store, audit::add, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void every_file_is_hashed_in_its_own_store_and_the_missing_and_altered_are_reported() {
    EvidenceDirectory commune = new EvidenceDirectory(temp.resolve("commune"));
    EvidenceDirectory province = new EvidenceDirectory(temp.resolve("province"));
    String good = EvidenceStore.sha256(bytes("ảnh vi phạm 1"));
    commune.write(good, bytes("ảnh vi phạm 1"));
    String sentUp = EvidenceStore.sha256(bytes("clip gửi lên tỉnh"));
    province.write(sentUp, bytes("clip gửi lên tỉnh"));
    String altered = EvidenceStore.sha256(bytes("ảnh gốc"));
    commune.write(altered, bytes("ảnh đã bị sửa"));
    String missing = EvidenceStore.sha256(bytes("không còn tệp"));
    runs.files.put(good, "COMMUNE_CENTER");
    runs.files.put(sentUp, "PROVINCIAL_CENTER");
    runs.files.put(altered, "COMMUNE_CENTER");
    runs.files.put(missing, "COMMUNE_CENTER");

    EvidenceStoreVerification verification = verification(commune, province);
    EvidenceVerification asked = verification.request("auditor");
    assertEquals(asked.id(), verification.request("admin").id(), "one run at a time");
    EvidenceVerification done = verification.runNext().orElseThrow();

    assertEquals(EvidenceVerification.State.DONE, done.state());
    assertEquals(4, done.filesChecked());
    assertEquals(1, done.filesMissing());
    assertEquals(1, done.filesAltered());
    assertFalse(done.clean());
    Map<String, EvidenceVerification.Finding> found = new TreeMap<>();
    runs.findings.forEach(f -> found.put(f.sha256(), f));
    assertEquals(EvidenceVerification.Problem.MISSING, found.get(missing).problem());
    assertEquals(EvidenceVerification.Problem.ALTERED, found.get(altered).problem());
    assertEquals(EvidenceStore.sha256(bytes("ảnh đã bị sửa")), found.get(altered).foundSha256());
    assertEquals(2, found.size(), "the good files and the one sent up are not reported");

    List<String> actions = audit.stream().map(AuditRecord::action).toList();
    assertEquals(
        List.of(EvidenceStoreVerification.REQUESTED, EvidenceStoreVerification.VERIFIED), actions);
    assertEquals(AuditOutcome.FAILED, audit.get(1).outcome(), "a store with problems is a failure");
    assertTrue(audit.get(1).details().contains("missing 1, altered 1"), audit.get(1).details());
    assertTrue(verification.runNext().isEmpty(), "nothing more to do");
  }

  @Test
  void a_run_whose_node_died_is_taken_over_after_its_cursor() {
    EvidenceDirectory commune = new EvidenceDirectory(temp.resolve("commune"));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < EvidenceStoreVerification.PAGE + 10; i++) {
      byte[] content = bytes("tệp " + i);
      String name = EvidenceStore.sha256(content);
      commune.write(name, content);
      runs.files.put(name, StorageLevel.COMMUNE_CENTER.name());
      names.add(name);
    }
    names.sort(Comparator.naturalOrder());
    EvidenceStoreVerification verification =
        verification(commune, new EvidenceDirectory(temp.resolve("province")));
    long id = verification.request("auditor").id();
    // A node took it, did the first page and died: its run was last touched 10 minutes ago.
    runs.take(NOW, NOW.minus(Duration.ofMinutes(10)));
    String cursor = names.get(EvidenceStoreVerification.PAGE - 1);
    runs.pageDone(
        id,
        cursor,
        EvidenceStoreVerification.PAGE,
        0,
        List.of(),
        NOW.minus(Duration.ofMinutes(10)));

    EvidenceVerification done = verification.runNext().orElseThrow();
    assertEquals(EvidenceVerification.State.DONE, done.state());
    assertEquals(EvidenceStoreVerification.PAGE + 10, done.filesChecked(), "no file twice");
    assertTrue(done.clean());
  }

  /** The runs table in memory; the index as a sorted map of file → store. */
  private static final class InMemoryRuns implements EvidenceVerifications {
    final TreeMap<String, String> files = new TreeMap<>();
    final List<EvidenceVerification.Finding> findings = new ArrayList<>();
    EvidenceVerification run;

    @Override
    public Requested request(String requestedBy, Instant at) {
      if (run != null
          && (run.state() == EvidenceVerification.State.REQUESTED
              || run.state() == EvidenceVerification.State.RUNNING)) {
        return new Requested(run, false);
      }
      run =
          new EvidenceVerification(
              run == null ? 1 : run.id() + 1,
              requestedBy,
              at,
              EvidenceVerification.State.REQUESTED,
              null,
              0,
              0,
              0,
              0,
              0,
              null,
              at,
              null);
      return new Requested(run, true);
    }

    @Override
    public Optional<EvidenceVerification> take(Instant staleBefore, Instant at) {
      if (run == null
          || !(run.state() == EvidenceVerification.State.REQUESTED
              || (run.state() == EvidenceVerification.State.RUNNING
                  && run.updatedAt().isBefore(staleBefore)))) {
        return Optional.empty();
      }
      run = with(EvidenceVerification.State.RUNNING, run.cursorSha256(), 0, 0, 0, 0, at, null);
      return Optional.of(run);
    }

    @Override
    public List<IndexedFile> filesAfter(String afterSha256, int limit) {
      return (afterSha256 == null ? files : files.tailMap(afterSha256, false))
          .entrySet().stream()
              .limit(limit)
              .map(e -> new IndexedFile(e.getKey(), e.getValue()))
              .toList();
    }

    @Override
    public void pageDone(
        long id,
        String cursorSha256,
        long checked,
        long bytes,
        List<EvidenceVerification.Finding> found,
        Instant at) {
      findings.addAll(found);
      long missing =
          found.stream().filter(f -> f.problem() == EvidenceVerification.Problem.MISSING).count();
      run =
          with(
              run.state(), cursorSha256, checked, bytes, missing, found.size() - missing, at, null);
    }

    @Override
    public void finish(long id, EvidenceVerification.State state, String failure, Instant at) {
      run = with(state, run.cursorSha256(), 0, 0, 0, 0, at, at);
    }

    @Override
    public Optional<EvidenceVerification> find(long id) {
      return Optional.ofNullable(run).filter(r -> r.id() == id);
    }

    @Override
    public List<EvidenceVerification> recent(int limit) {
      return run == null ? List.of() : List.of(run);
    }

    @Override
    public List<EvidenceVerification.Finding> findings(long id, int limit) {
      return findings.stream().limit(limit).toList();
    }

    private EvidenceVerification with(
        EvidenceVerification.State state,
        String cursor,
        long checked,
        long bytes,
        long missing,
        long altered,
        Instant at,
        Instant finished) {
      return new EvidenceVerification(
          run.id(),
          run.requestedBy(),
          run.requestedAt(),
          state,
          cursor,
          files.size(),
          run.filesChecked() + checked,
          run.bytesChecked() + bytes,
          run.filesMissing() + missing,
          run.filesAltered() + altered,
          run.startedAt() == null ? at : run.startedAt(),
          at,
          finished);
    }
  }
}
