package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.retention.internal.domain.DeletedItem;
import vn.tcc.retention.internal.domain.DueRule;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PlannedItemState;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** In-memory stand-ins for the purge's ports, with transactions that roll back what they wrote. */
final class PurgeFakes {
  private PurgeFakes() {}

  static final String BASIS = "Chính sách của tỉnh (thử).";

  static RetentionPolicy policy(DataClass c, StorageLevel l, Period p, EndAction a) {
    return new RetentionPolicy(
        c, l, null, p, a, BASIS, LocalDate.of(2026, 1, 1), 1, "test", "admin.a");
  }

  static RetainedRecord record(DataClass c, StorageLevel l, String id, Instant start) {
    return new RetainedRecord(
        c,
        id,
        l,
        new JurisdictionCode("GL.QUY_NHON"),
        null,
        start,
        "GL-QN-0001",
        start,
        start,
        List.of(),
        null,
        null,
        100,
        "ab".repeat(32),
        "thử " + id);
  }

  static RetainedRecord onCamera(RetainedRecord r, String camera) {
    return new RetainedRecord(
        r.dataClass(),
        r.itemId(),
        r.level(),
        r.jurisdiction(),
        r.ownerType(),
        r.retentionStartsAt(),
        camera,
        r.capturedFrom(),
        r.capturedTo(),
        r.cases(),
        r.agreementId(),
        r.agreementPeriod(),
        r.sizeBytes(),
        r.sha256(),
        r.description());
  }

  static RetainedRecord withCases(
      RetainedRecord r, String id, List<vn.tcc.retention.api.CaseLink> cases) {
    return new RetainedRecord(
        r.dataClass(),
        id,
        r.level(),
        r.jurisdiction(),
        r.ownerType(),
        r.retentionStartsAt(),
        r.cameraCode(),
        r.capturedFrom(),
        r.capturedTo(),
        cases,
        r.agreementId(),
        r.agreementPeriod(),
        r.sizeBytes(),
        r.sha256(),
        r.description());
  }

  static final class Policies implements RetentionPolicies {
    final List<RetentionPolicy> versions = new ArrayList<>();

    @Override
    public List<RetentionPolicy> versions() {
      return versions;
    }

    @Override
    public void save(RetentionPolicy newVersion) {
      versions.add(newVersion);
    }
  }

  static final class Holds implements LegalHolds {
    final List<LegalHold> inForce = new ArrayList<>();

    @Override
    public LegalHold place(LegalHold hold) {
      LegalHold stored = hold.withId(inForce.size() + 1);
      inForce.add(stored);
      return stored;
    }

    @Override
    public Optional<LegalHold> find(long id) {
      return inForce.stream().filter(h -> h.id() == id).findFirst();
    }

    @Override
    public void recordLift(LegalHold lifted) {}

    @Override
    public List<LegalHold> inForceOnCase(String caseNumber, LocalDate day) {
      return List.of();
    }

    @Override
    public List<LegalHold> inForceOnCamera(String c, Instant f, Instant t, LocalDate day) {
      return List.of();
    }

    @Override
    public List<LegalHold> inForceOnAgreement(String agreementId, LocalDate day) {
      return List.of();
    }

    @Override
    public List<LegalHold> inForceOn(LocalDate day) {
      return inForce;
    }
  }

  /** A source of one class over a list, in pages; deletes idempotently and counts deletions. */
  static final class Source implements RetentionSource {
    final DataClass dataClass;
    final List<RetainedRecord> items = new ArrayList<>();
    final Set<String> gone = new HashSet<>();
    final Map<String, Integer> deletions = new HashMap<>();
    final List<Integer> deleteCallSizes = new ArrayList<>();
    final List<Instant> askedStartedBefore = new ArrayList<>();

    /** Throws after deleting, once, on the call with this index (a crash before the commit). */
    int failAfterDeletingOnCall = -1;

    Source(DataClass dataClass) {
      this.dataClass = dataClass;
    }

    @Override
    public DataClass dataClass() {
      return dataClass;
    }

    @Override
    public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
      askedStartedBefore.add(startedBefore);
      List<RetainedRecord> older =
          items.stream().filter(r -> r.retentionStartsAt().isBefore(startedBefore)).toList();
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(older.size(), from + limit);
      return new CandidatePage(older.subList(from, to), to < older.size() ? "" + to : null);
    }

    @Override
    public List<DeletionOutcome> delete(List<RetainedRecord> records, DeletionContext context) {
      deleteCallSizes.add(records.size());
      List<DeletionOutcome> outcomes = new ArrayList<>();
      for (RetainedRecord r : records) {
        if (gone.add(r.itemId())) {
          deletions.merge(r.itemId(), 1, Integer::sum);
          outcomes.add(DeletionOutcome.deleted(r.itemId()));
        } else {
          outcomes.add(DeletionOutcome.alreadyGone(r.itemId()));
        }
      }
      if (deleteCallSizes.size() - 1 == failAfterDeletingOnCall) {
        throw new IllegalStateException("crash after the files were deleted");
      }
      return outcomes;
    }

    @Override
    public List<StoredVolume> volumes() {
      return List.of();
    }
  }

  static final class Recorder implements DeletionRecorder {
    final List<vn.tcc.retention.internal.domain.DeletionRecordContent> records = new ArrayList<>();

    @Override
    public long record(vn.tcc.retention.internal.domain.DeletionRecordContent content) {
      records.add(content);
      return 1000 + records.size();
    }

    @Override
    public long record(
        vn.tcc.retention.internal.domain.DeletionRecordDocument.Header header,
        vn.tcc.retention.internal.domain.RecordItems items) {
      List<DeletedItem> all = new ArrayList<>();
      items.forEach(all::add);
      assertEquals(header.itemCount(), all.size(), "the header counts the items");
      return record(
          new vn.tcc.retention.internal.domain.DeletionRecordContent(
              header.runId(),
              header.manual(),
              header.requestedBy(),
              header.approvedBy(),
              header.startedAt(),
              header.finishedAt(),
              all));
    }
  }

  /** Runs: in memory; a transaction that throws restores the lines and runs as they were. */
  static final class Runs implements PurgeRuns, PurgeTransactions {
    final Map<Long, PurgeRun> runs = new TreeMap<>();
    final Map<Long, TreeMap<Integer, PlannedItem>> lines = new HashMap<>();
    final Map<Long, Map<String, DueRule>> rules = new HashMap<>();
    final Set<String> approvedRules = new HashSet<>();
    boolean lockTakenElsewhere;
    long nextId = 1;

    @Override
    public <T> T inNew(Supplier<T> work) {
      Map<Long, PurgeRun> runsBefore = new TreeMap<>(runs);
      Map<Long, TreeMap<Integer, PlannedItem>> linesBefore = new HashMap<>();
      lines.forEach((k, v) -> linesBefore.put(k, new TreeMap<>(v)));
      try {
        return work.get();
      } catch (RuntimeException e) {
        runs.clear();
        runs.putAll(runsBefore);
        lines.clear();
        lines.putAll(linesBefore);
        throw e;
      }
    }

    @Override
    public long open(PurgeRun.Trigger t, String by, Instant asOf, LocalDate day) {
      long id = nextId++;
      runs.put(
          id,
          new PurgeRun(
              id,
              PurgeState.PLANNING,
              t,
              day,
              by,
              asOf,
              asOf,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              0,
              0,
              0,
              0,
              null));
      lines.put(id, new TreeMap<>());
      return id;
    }

    @Override
    public Optional<PurgeRun> find(long id) {
      return Optional.ofNullable(runs.get(id));
    }

    @Override
    public Optional<PurgeRun> active() {
      return runs.values().stream().filter(r -> r.state().isActive()).findFirst();
    }

    @Override
    public List<PurgeRun> list(int offset, int limit) {
      return List.copyOf(runs.values());
    }

    @Override
    public long count() {
      return runs.size();
    }

    @Override
    public void clearPlan(long runId) {
      lines.get(runId).clear();
    }

    @Override
    public void addPlanned(long runId, List<PlannedItem> items) {
      items.forEach(i -> lines.get(runId).put(i.seq(), i));
    }

    @Override
    public void finishPlan(long runId, Collection<DueRule> due, Instant at) {
      Map<String, DueRule> byKey = new LinkedHashMap<>();
      due.forEach(r -> byKey.put(r.key(), r));
      rules.put(runId, byKey);
      long n =
          lines.get(runId).values().stream().filter(l -> l.state() == PlannedItemState.DUE).count();
      long review = lines.get(runId).size() - n;
      PurgeRun r = runs.get(runId);
      put(
          new PurgeRun(
              r.id(),
              PurgeState.PLANNED,
              r.trigger(),
              r.scheduledFor(),
              r.requestedBy(),
              r.requestedAt(),
              r.plannedAsOf(),
              at,
              null,
              null,
              null,
              null,
              null,
              null,
              n,
              n * 100,
              review,
              0,
              null));
    }

    @Override
    public Set<String> rulesNeverApproved(long runId) {
      Set<String> unseen = new HashSet<>(rules.get(runId).keySet());
      unseen.removeAll(approvedRules);
      return unseen;
    }

    @Override
    public boolean approve(long runId, PurgeRun.ApprovalKind kind, String by, Instant at) {
      PurgeRun r = runs.get(runId);
      if (r.state() != PurgeState.PLANNED) {
        return false;
      }
      if (kind == PurgeRun.ApprovalKind.PERSON) {
        approvedRules.addAll(rules.get(runId).keySet());
      }
      put(with(r, PurgeState.APPROVED, kind, by, at, null, null, null));
      return true;
    }

    @Override
    public boolean start(long runId, Instant at) {
      PurgeRun r = runs.get(runId);
      if (r.state() != PurgeState.APPROVED) {
        return false;
      }
      put(
          with(
              r,
              PurgeState.RUNNING,
              r.approvalKind(),
              r.approvedBy(),
              r.approvedAt(),
              at,
              null,
              null));
      return true;
    }

    @Override
    public boolean lockForChunk() {
      return !lockTakenElsewhere;
    }

    @Override
    public List<PlannedItem> nextDue(long runId, int limit) {
      return lines.get(runId).values().stream()
          .filter(l -> l.state() == PlannedItemState.DUE)
          .limit(limit)
          .toList();
    }

    @Override
    public int recordOutcomes(long runId, List<Outcome> outcomes) {
      int n = 0;
      for (Outcome o : outcomes) {
        PlannedItem l = lines.get(runId).get(o.seq());
        if (l.state() == PlannedItemState.DUE) {
          lines
              .get(runId)
              .put(
                  o.seq(),
                  new PlannedItem(
                      l.seq(),
                      l.record(),
                      l.ruleKey(),
                      l.endAction(),
                      l.keptThrough(),
                      o.state(),
                      o.detail()));
          n++;
        }
      }
      return n;
    }

    List<DeletedItem> deletionRecordItems(long runId) {
      return lines.get(runId).values().stream()
          .filter(l -> l.state().asResult() != null)
          .map(
              l ->
                  new DeletedItem(
                      l.record().dataClass(),
                      l.record().itemId(),
                      l.record().level(),
                      l.record().sha256(),
                      l.record().sizeBytes(),
                      rules.get(runId).get(l.ruleKey()).version(),
                      rules.get(runId).get(l.ruleKey()).legalBasis(),
                      l.state().asResult(),
                      l.detail()))
          .toList();
    }

    @Override
    public void forEachDeletionRecordItem(
        long runId, java.util.function.Consumer<DeletedItem> each) {
      deletionRecordItems(runId).forEach(each);
    }

    @Override
    public Map<Long, List<DueRule>> rules(java.util.Collection<Long> runIds) {
      Map<Long, List<DueRule>> byRun = new java.util.LinkedHashMap<>();
      for (long id : runIds) {
        if (rules.containsKey(id)) {
          byRun.put(id, List.copyOf(rules.get(id).values()));
        }
      }
      return byRun;
    }

    @Override
    public RecordCounts deletionRecordCounts(long runId) {
      Map<String, Long> items = new java.util.LinkedHashMap<>();
      Map<String, Long> bytes = new java.util.LinkedHashMap<>();
      for (DeletedItem item : deletionRecordItems(runId)) {
        items.merge(item.outcome().name(), 1L, Long::sum);
        bytes.merge(item.outcome().name(), item.sizeBytes(), Long::sum);
      }
      return new RecordCounts(items, bytes);
    }

    @Override
    public void finish(long runId, long recordId, Instant at) {
      PurgeRun r = runs.get(runId);
      put(
          with(
              r,
              PurgeState.DONE,
              r.approvalKind(),
              r.approvedBy(),
              r.approvedAt(),
              r.startedAt(),
              at,
              recordId));
    }

    @Override
    public void fail(long runId, String why) {}

    @Override
    public boolean resume(long runId) {
      return false;
    }

    @Override
    public List<SummaryLine> summary(long runId, JurisdictionCode scope) {
      return List.of();
    }

    @Override
    public List<PlannedItem> items(
        long runId, DataClass c, StorageLevel l, JurisdictionCode scope, int offset, int limit) {
      return List.copyOf(lines.get(runId).values());
    }

    List<PlannedItem> lines(long runId) {
      return List.copyOf(lines.get(runId).values());
    }

    private void put(PurgeRun run) {
      runs.put(run.id(), run);
    }

    private static PurgeRun with(
        PurgeRun r,
        PurgeState s,
        PurgeRun.ApprovalKind k,
        String by,
        Instant approvedAt,
        Instant startedAt,
        Instant finishedAt,
        Long recordId) {
      return new PurgeRun(
          r.id(),
          s,
          r.trigger(),
          r.scheduledFor(),
          r.requestedBy(),
          r.requestedAt(),
          r.plannedAsOf(),
          r.plannedAt(),
          k,
          by,
          approvedAt,
          startedAt,
          finishedAt,
          recordId,
          r.itemsDue(),
          r.bytesDue(),
          r.itemsReview(),
          r.itemsDone(),
          r.failure());
    }
  }
}
