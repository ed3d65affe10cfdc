package vn.tcc.event.internal.ingest;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import vn.tcc.event.internal.domain.QuarantineEntry;
import vn.tcc.event.internal.domain.QuarantineFilter;
import vn.tcc.event.internal.domain.QuarantineRepository;
import vn.tcc.event.internal.domain.QuarantineSummary;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The admin's side of the quarantine: review what was rejected and why (plates are personal data,
 * so every look is audited), replay an entry through the same checks once its cause is fixed (e.g.
 * the camera is registered), or dismiss it with a reason.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
public class QuarantineService {
  static final String VIEWED = "QUARANTINE_VIEWED";
  static final String REPLAYED = "QUARANTINE_REPLAYED";
  static final String DISMISSED = "QUARANTINE_DISMISSED";
  static final String PAYLOAD_VIEWED = "QUARANTINE_PAYLOAD_VIEWED";

  /** Most entries dismissed at once: one page of the list at its largest. */
  public static final int MAX_BULK = 100;

  private static final String PURPOSE = "review rejected events";

  @Inject QuarantineRepository repository;
  @Inject EventIngestion ingestion;
  @Inject AuditTrail auditTrail;

  public record Page(long total, List<QuarantineEntry> entries) {}

  public Page page(Caller caller, QuarantineEntry.State state, int offset, int limit) {
    requireAdmin(caller);
    List<QuarantineEntry> entries = repository.page(caller.jurisdiction(), state, offset, limit);
    auditTrail.record(
        AuditRecord.personalDataRead(
                VIEWED, "quarantine", state.name(), caller.jurisdiction(), PURPOSE)
            .withDetails("entries=" + entries.size() + " offset=" + offset));
    return new Page(repository.count(caller.jurisdiction(), state), entries);
  }

  /**
   * A page of the waiting entries the filter lets through, without payloads (the start of each).
   * The look is audited as a read of personal data, as the whole page was before.
   */
  public List<QuarantineSummary> summaries(
      Caller caller, QuarantineFilter filter, int offset, int limit) {
    requireAdmin(caller);
    List<QuarantineSummary> entries =
        repository.summaries(caller.jurisdiction(), sane(filter), offset, limit);
    auditTrail.record(
        AuditRecord.personalDataRead(
                VIEWED, "quarantine", "WAITING", caller.jurisdiction(), PURPOSE)
            .withDetails("entries=" + entries.size() + " offset=" + offset));
    return entries;
  }

  public long count(Caller caller, QuarantineFilter filter) {
    requireAdmin(caller);
    return repository.count(caller.jurisdiction(), sane(filter));
  }

  public List<String> reasonKeys(Caller caller) {
    requireAdmin(caller);
    return repository.reasonKeys(caller.jurisdiction());
  }

  /** One entry's payload as kept, for the admin who asked to see it whole (audited). */
  public String payload(Caller caller, long id) {
    requireAdmin(caller);
    QuarantineEntry entry =
        repository
            .find(id)
            .filter(found -> caller.mayAccess(found.clientJurisdiction()))
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    auditTrail.record(
        AuditRecord.personalDataRead(
            PAYLOAD_VIEWED, "quarantine", Long.toString(id), entry.clientJurisdiction(), PURPOSE));
    return entry.payload();
  }

  /**
   * Dismisses each of the entries with the one reason, each audited as if dismissed alone; an entry
   * another admin resolved meanwhile is left as he left it and counted apart.
   *
   * @return how many were dismissed
   */
  public int dismissAll(Caller caller, List<Long> ids, String note) {
    requireAdmin(caller);
    if (ids.size() > MAX_BULK) {
      throw new ProblemException(400, "problem.paging");
    }
    int dismissed = 0;
    for (long id : ids) {
      try {
        dismiss(caller, id, note);
        dismissed++;
      } catch (ProblemException resolvedOrGone) {
        if (resolvedOrGone.status() == 403) {
          throw resolvedOrGone;
        }
      }
    }
    return dismissed;
  }

  /** Text filters without NUL bytes (PostgreSQL refuses them) and of a sane length. */
  private static QuarantineFilter sane(QuarantineFilter filter) {
    String source = filter.source();
    if (source != null) {
      source = source.replace("\u0000", "");
      source = source.length() > 100 ? source.substring(0, 100) : source;
    }
    String reason = filter.reasonKey();
    if (reason != null && (reason.length() > 100 || reason.indexOf('\u0000') >= 0)) {
      reason = "";
    }
    return new QuarantineFilter(source, reason, filter.from(), filter.to());
  }

  /** Runs the entry through ingestion again as its original client; the outcome says what came. */
  public ItemResult replay(Caller caller, long id) {
    QuarantineEntry entry = waiting(caller, id);
    JsonValue item;
    try (JsonReader reader = JSON.createReader(new StringReader(entry.payload()))) {
      item = reader.readValue();
    }
    ItemResult result =
        ingestion
            .ingestWithoutQuarantine(
                entry.clientId(),
                entry.clientJurisdiction(),
                JSON.createArrayBuilder().add(item).build())
            .items()
            .get(0);
    switch (result.outcome()) {
      case ACCEPTED ->
          repository.resolve(
              id, QuarantineEntry.State.REPLAYED, caller.username(), null, result.eventId());
      case DUPLICATE ->
          repository.resolve(
              id, QuarantineEntry.State.REPLAYED, caller.username(), "already received", null);
      case REJECTED -> repository.rejectAgain(id, result.reasons());
    }
    auditTrail.record(
        new AuditRecord(
            REPLAYED,
            "quarantine",
            Long.toString(id),
            entry.clientJurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            "outcome=" + result.outcome()));
    return result;
  }

  public void dismiss(Caller caller, long id, String note) {
    if (note == null || note.isBlank()) {
      throw new ValidationException(
          List.of(new FieldError("note", "quarantine.note.required", List.of())));
    }
    QuarantineEntry entry = waiting(caller, id);
    repository.resolve(id, QuarantineEntry.State.DISMISSED, caller.username(), note.strip(), null);
    auditTrail.record(
        new AuditRecord(
            DISMISSED,
            "quarantine",
            Long.toString(id),
            entry.clientJurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            note.strip()));
  }

  private QuarantineEntry waiting(Caller caller, long id) {
    requireAdmin(caller);
    QuarantineEntry entry =
        repository.lock(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (!caller.mayAccess(entry.clientJurisdiction())) {
      auditTrail.record(
          AuditRecord.denied(
              "QUARANTINE_ACCESS_DENIED", "quarantine", Long.toString(id), "jurisdiction"));
      throw new ProblemException(404, "problem.404.detail");
    }
    if (entry.state() != QuarantineEntry.State.WAITING) {
      throw new ProblemException(409, "problem.quarantine.resolved", entry.state().name());
    }
    return entry;
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }
}
