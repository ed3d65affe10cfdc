package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.HoldReference;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionHolds;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.internal.domain.DeletedItem;
import vn.tcc.retention.internal.domain.DeletionRecordContent;
import vn.tcc.retention.internal.domain.ManualDeletion;
import vn.tcc.retention.internal.domain.ManualDeletions;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;

/**
 * Manual deletion of named items outside the schedule, by two supervisors ({@link ManualDeletion}):
 * one requests, another approves and the items are deleted through the module that owns them
 * ({@link RetentionSource#delete}, as the purge does), then the deletion is recorded and signed
 * like a purge run ({@link DeletionRecorder}, {@code manual = true}); or another rejects it. Held
 * items are refused (409) when requested and again when approved, since a hold may be placed in
 * between. All in one transaction: the deletion, its record and the request's new state commit
 * together.
 *
 * <p>The request names item ids; {@link RetentionSource} lists items only as candidates, so they
 * are found by walking the source's candidates of now and keeping those named. That reads the whole
 * class in the worst case: acceptable for a few items (at most {@value ManualDeletion#MAX_ITEMS})
 * asked for rarely, and it keeps the sources' contract as it is.
 */
@ApplicationScoped
public class ManualDeletionService {
  public static final String REQUESTED = "RETENTION_MANUAL_DELETION_REQUESTED";
  public static final String APPROVED = "RETENTION_MANUAL_DELETION_APPROVED";
  public static final String REJECTED = "RETENTION_MANUAL_DELETION_REJECTED";
  public static final String VIEWED = "RETENTION_MANUAL_DELETION_VIEWED";
  static final int CANDIDATE_PAGE = 1_000;

  @Inject ManualDeletions requests;
  @Inject DeletionRecorder recorder;
  @Inject RetentionHolds holds;
  @Inject @Any Instance<RetentionSource> sources;
  @Inject AuditTrail auditTrail;
  @Inject RetentionAccessDenials denials;
  @Inject Clock clock;

  @Transactional
  public ManualDeletion request(
      Caller caller,
      DataClass dataClass,
      List<String> itemIds,
      String reason,
      String decisionNumber) {
    ManualDeletion request =
        ManualDeletion.request(caller, dataClass, itemIds, reason, decisionNumber, clock.instant());
    List<RetainedRecord> items = itemsOf(request, caller);
    refuseHeld(items);
    ManualDeletion stored = requests.add(request);
    audit(
        REQUESTED,
        stored,
        "class="
            + dataClass
            + " items="
            + stored.itemIds().size()
            + " decision="
            + stored.decisionNumber());
    return stored;
  }

  /**
   * Approves and runs the deletion; answers the request as executed, with its record's id.
   *
   * @throws RetentionRuleException 409 when an item is held or the request was decided, 403 when
   *     the caller may not approve (not a supervisor, or the requester)
   */
  @Transactional
  public ManualDeletion approve(Caller caller, long id) {
    ManualDeletion request = visibleForChange(caller, id);
    request.checkApprover(caller);
    List<RetainedRecord> items = itemsOf(request, caller);
    refuseHeld(items);
    DeletionContext context =
        new DeletionContext(id, true, request.requestedBy(), caller.username());
    Instant startedAt = clock.instant();
    Map<String, DeletionOutcome> outcomes = new HashMap<>();
    for (RetentionSource source : sourcesOf(request.dataClass())) {
      List<RetainedRecord> own =
          items.stream().filter(item -> item.dataClass() == source.dataClass()).toList();
      if (!own.isEmpty()) {
        for (DeletionOutcome outcome : source.delete(own, context)) {
          outcomes.put(outcome.itemId(), outcome);
        }
      }
    }
    Instant finishedAt = clock.instant();
    List<DeletedItem> lines = new ArrayList<>();
    for (RetainedRecord item : items) {
      DeletionOutcome outcome =
          outcomes.getOrDefault(
              item.itemId(),
              new DeletionOutcome(
                  item.itemId(), DeletionOutcome.Result.FAILED, "the source gave no answer"));
      lines.add(
          new DeletedItem(
              item.dataClass(),
              item.itemId(),
              item.level(),
              item.sha256(),
              item.sizeBytes(),
              0,
              request.legalBasis(),
              outcome.result(),
              outcome.detail()));
    }
    long recordId =
        recorder.record(
            new DeletionRecordContent(
                id, true, request.requestedBy(), caller.username(), startedAt, finishedAt, lines));
    ManualDeletion executed = request.executed(caller, finishedAt, recordId);
    requests.recordDecision(executed);
    long gone = lines.stream().filter(l -> isGone(l.outcome())).count();
    audit(
        APPROVED,
        executed,
        "manual deletion approved and run: record="
            + recordId
            + " gone="
            + gone
            + " of "
            + lines.size()
            + " requestedBy="
            + request.requestedBy());
    return executed;
  }

  @Transactional
  public ManualDeletion reject(Caller caller, long id, String why) {
    ManualDeletion request = visibleForChange(caller, id);
    ManualDeletion rejected = request.reject(caller, why, clock.instant());
    requests.recordDecision(rejected);
    audit(REJECTED, rejected, "requestedBy=" + request.requestedBy());
    return rejected;
  }

  @Transactional
  public ManualDeletion find(Caller caller, long id) {
    requireReader(caller);
    ManualDeletion request =
        requests.find(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    covered(caller, request);
    audit(VIEWED, request, null);
    return request;
  }

  /** The requests of the caller's area, newest first. */
  public List<ManualDeletion> list(Caller caller, Long before, int limit) {
    requireReader(caller);
    if (limit < 1 || limit > DeletionRecordAccess.MAX_PAGE) {
      throw new ProblemException(
          400, "retention.record.limitInvalid", DeletionRecordAccess.MAX_PAGE);
    }
    if (caller.jurisdiction() == null) {
      return List.of();
    }
    return requests.within(caller.jurisdiction(), before, limit);
  }

  private ManualDeletion visibleForChange(Caller caller, long id) {
    ManualDeletion request =
        requests
            .findForUpdate(id)
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    covered(caller, request);
    return request;
  }

  private void covered(Caller caller, ManualDeletion request) {
    if (!caller.mayAccess(request.jurisdiction())) {
      denials.record("manual_deletion", Long.toString(request.id()), "jurisdiction");
      throw new ProblemException(404, "problem.404.detail");
    }
  }

  private static void requireReader(Caller caller) {
    DeletionRecordAccess.requireReader(caller);
  }

  /**
   * The items the request names, as their source lists them now; an item the caller's area does not
   * cover is treated as absent, so its existence is not told.
   *
   * @throws ProblemException 422 {@code retention.manual.itemsNotFound} naming the absent ones
   */
  private List<RetainedRecord> itemsOf(ManualDeletion request, Caller caller) {
    Set<String> wanted = new HashSet<>(request.itemIds());
    Map<String, RetainedRecord> found = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (RetentionSource source : sourcesOf(request.dataClass())) {
      String cursor = null;
      do {
        RetentionSource.CandidatePage page = source.candidates(now, cursor, CANDIDATE_PAGE);
        for (RetainedRecord item : page.items()) {
          if (wanted.contains(item.itemId())
              && (item.jurisdiction() == null
                  ? caller.jurisdiction().isProvince()
                  : caller.mayAccess(item.jurisdiction()))) {
            found.putIfAbsent(item.itemId(), item);
          }
        }
        cursor = page.nextCursor();
      } while (cursor != null && found.size() < wanted.size());
    }
    List<String> missing =
        request.itemIds().stream().filter(itemId -> !found.containsKey(itemId)).toList();
    if (!missing.isEmpty()) {
      throw new ProblemException(422, "retention.manual.itemsNotFound", String.join(", ", missing));
    }
    return request.itemIds().stream().map(found::get).toList();
  }

  private List<RetentionSource> sourcesOf(DataClass dataClass) {
    List<RetentionSource> matching = new ArrayList<>();
    for (RetentionSource source : sources) {
      if (source.dataClass() == dataClass) {
        matching.add(source);
      }
    }
    if (matching.isEmpty()) {
      throw new ProblemException(422, "retention.manual.noSource", dataClass);
    }
    return matching;
  }

  /**
   * @throws RetentionRuleException 409 {@code retention.manual.itemsHeld} naming each hold
   */
  private void refuseHeld(List<RetainedRecord> items) {
    List<String> held = new ArrayList<>();
    for (RetainedRecord item : items) {
      List<HoldReference> on = holdsOn(item);
      if (!on.isEmpty()) {
        held.add(
            item.itemId()
                + " ("
                + String.join(", ", on.stream().map(HoldReference::decisionNumber).toList())
                + ")");
      }
    }
    if (!held.isEmpty()) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.manual.itemsHeld", String.join("; ", held));
    }
  }

  private List<HoldReference> holdsOn(RetainedRecord item) {
    List<HoldReference> on = new ArrayList<>();
    for (CaseLink link : item.cases()) {
      on.addAll(holds.onCase(link.caseNumber()));
    }
    if (item.cameraCode() != null && item.capturedFrom() != null) {
      Instant to = item.capturedTo() == null ? item.capturedFrom() : item.capturedTo();
      on.addAll(holds.onCameraFootage(item.cameraCode(), item.capturedFrom(), to));
    }
    if (item.agreementId() != null) {
      on.addAll(holds.onAgreement(item.agreementId()));
    }
    return on;
  }

  private static boolean isGone(DeletionOutcome.Result result) {
    return result == DeletionOutcome.Result.DELETED
        || result == DeletionOutcome.Result.ALREADY_GONE;
  }

  private void audit(String action, ManualDeletion request, String details) {
    auditTrail.record(
        new AuditRecord(
            action,
            "manual_deletion",
            request.id() == null ? null : Long.toString(request.id()),
            request.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            details));
  }
}
