package vn.tcc.command.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.command.internal.live.Snapshot;
import vn.tcc.command.internal.live.SnapshotStore;
import vn.tcc.event.api.EvidenceFiles;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource.CandidatePage;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The snapshots' retention: listed from the taking, page by page; a shared file goes last. */
class CommandSnapshotSourceTest {
  private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
  private static final String SAME = "a".repeat(64);

  private final Map<Long, Snapshot> rows = new LinkedHashMap<>();
  private final List<String> filesDeleted = new ArrayList<>();
  private final List<AuditRecord> audited = new ArrayList<>();

  private CommandSnapshotSource source() {
    CameraDirectory cameras =
        (CameraDirectory)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {CameraDirectory.class},
                (proxy, method, args) -> Map.of());
    return new CommandSnapshotSource(new Store(), new KeptFiles(), cameras, audited::add);
  }

  private void add(long id, String sha, Instant at) {
    rows.put(
        id,
        new Snapshot(
            id,
            "GL-QN-0001",
            new JurisdictionCode("GL.QUY_NHON"),
            null,
            sha,
            "image/jpeg",
            1000,
            "ZM-DEMO",
            at,
            "operator",
            "Operator",
            null));
  }

  @Test
  void snapshots_are_listed_from_their_taking_page_by_page() {
    for (long id = 1; id <= 5; id++) {
      add(id, Long.toString(id).repeat(64), T0.plusSeconds(id));
    }
    CommandSnapshotSource source = source();
    CandidatePage first = source.candidates(T0.plusSeconds(5), null, 2);
    assertEquals(List.of("1", "2"), first.items().stream().map(RetainedRecord::itemId).toList());
    assertEquals(DataClass.COMMAND_SNAPSHOT, first.items().get(0).dataClass());
    assertEquals(T0.plusSeconds(1), first.items().get(0).retentionStartsAt());
    CandidatePage second = source.candidates(T0.plusSeconds(5), first.nextCursor(), 2);
    assertEquals(List.of("3", "4"), second.items().stream().map(RetainedRecord::itemId).toList());
    CandidatePage last = source.candidates(T0.plusSeconds(5), second.nextCursor(), 2);
    assertEquals(List.of(), last.items());
    assertNull(last.nextCursor());
    assertThrows(IllegalArgumentException.class, () -> source.candidates(T0, "not a cursor", 2));
  }

  @Test
  void a_file_another_snapshot_names_stays_until_the_last_one_goes() {
    add(1, SAME, T0);
    add(2, SAME, T0.plusSeconds(1));
    CommandSnapshotSource source = source();
    List<RetainedRecord> items = source.candidates(T0.plusSeconds(10), null, 10).items();
    DeletionContext run = new DeletionContext(1L, false, DeletionContext.SCHEDULE, null);

    assertEquals(
        DeletionOutcome.Result.DELETED, source.delete(List.of(items.get(0)), run).get(0).result());
    assertEquals(List.of(), filesDeleted, "snapshot 2 still names the bytes");
    assertEquals(
        DeletionOutcome.Result.DELETED, source.delete(List.of(items.get(1)), run).get(0).result());
    assertEquals(List.of(SAME), filesDeleted);
    assertEquals(
        DeletionOutcome.Result.ALREADY_GONE,
        source.delete(List.of(items.get(1)), run).get(0).result());
    assertEquals(2, audited.size(), "one entry per call that deleted something");
  }

  private final class Store implements SnapshotStore {
    @Override
    public Snapshot add(Snapshot snapshot) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Snapshot> byId(long id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Snapshot> ofCamera(String cameraCode, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Snapshot> ofIncident(long incidentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Snapshot> takenBefore(Instant before, Instant afterAt, long afterId, int limit) {
      return rows.values().stream()
          .filter(s -> s.takenAt().isBefore(before))
          .filter(
              s ->
                  s.takenAt().isAfter(afterAt) || (s.takenAt().equals(afterAt) && s.id() > afterId))
          .sorted(Comparator.comparing(Snapshot::takenAt).thenComparing(Snapshot::id))
          .limit(limit)
          .toList();
    }

    @Override
    public boolean remove(long id) {
      return rows.remove(id) != null;
    }

    @Override
    public boolean namesFile(String sha256) {
      return rows.values().stream().anyMatch(s -> s.sha256().equals(sha256));
    }

    @Override
    public List<CameraVolume> volumes() {
      return List.of();
    }
  }

  private final class KeptFiles implements EvidenceFiles {
    @Override
    public StoredFile store(byte[] content, String mediaType, String capturedBy) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<byte[]> read(String sha256) {
      return Optional.empty();
    }

    @Override
    public boolean deleteUnlessTied(String sha256) {
      filesDeleted.add(sha256);
      return true;
    }
  }
}
