package vn.tcc.command.internal.incident.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentAction;
import vn.tcc.command.internal.incident.domain.IncidentFilter;
import vn.tcc.command.internal.incident.domain.IncidentLifecycle;
import vn.tcc.command.internal.incident.domain.IncidentOutcome;
import vn.tcc.command.internal.incident.domain.IncidentRuleException;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.incident.domain.Incidents;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;

/**
 * The operator's desk: the incidents he may see (his jurisdiction's), taking one, recording what
 * was done, closing it. Every change is audited, and so is every refusal of one. An incident
 * outside the caller's jurisdiction answers as if it did not exist (404), so ids reveal nothing.
 */
@ApplicationScoped
public class IncidentDesk {
  static final int MAX_PAGE_SIZE = 200;
  static final int DEFAULT_PAGE_SIZE = 50;
  static final String ACKNOWLEDGED = "INCIDENT_ACKNOWLEDGED";
  static final String ACTION_RECORDED = "INCIDENT_ACTION_RECORDED";
  static final String CLOSED = "INCIDENT_CLOSED";
  static final String INCIDENT_READ = "INCIDENT_READ";
  static final String INCIDENTS_READ = "INCIDENTS_READ";

  @Inject Incidents incidents;
  @Inject AuditTrail auditTrail;
  @Inject IncidentDenials denials;

  /** The filter of a list, as sent. */
  public record Query(
      String state, String type, String since, String escalated, String page, String size) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public IncidentPage list(Caller caller, Query query) {
    requireReader(caller);
    IncidentInput input = new IncidentInput();
    Set<IncidentState> states = EnumSet.noneOf(IncidentState.class);
    String stateText = input.text("state", query.state(), 200);
    if (stateText != null) {
      for (String one : stateText.split(",", 10)) {
        if (one.strip().equalsIgnoreCase("OPEN")) {
          states.addAll(
              List.of(IncidentState.NEW, IncidentState.ESCALATED, IncidentState.ACKNOWLEDGED));
        } else {
          IncidentState state = input.choice("state", one.strip(), IncidentState.class);
          if (state != null) {
            states.add(state);
          }
        }
      }
    }
    String kind = input.text("type", query.type(), 32);
    if (kind != null && !kind.matches("[A-Z_]{2,32}")) {
      input.fail("type", "command.input.unknownChoice");
      kind = null;
    }
    Instant since = input.instant("since", query.since());
    Boolean escalated = bool(input, "escalated", query.escalated());
    int page = (int) input.number("page", query.page(), 0, 0, 100_000);
    int size = (int) input.number("size", query.size(), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    input.check();
    IncidentFilter filter =
        new IncidentFilter(caller.jurisdiction(), states, kind, since, escalated, null);
    List<Incident> items = incidents.list(filter, page * size, size);
    auditorRead(caller, "list", items);
    return new IncidentPage(items, incidents.count(filter), page, size, incidents.latestId(filter));
  }

  /**
   * The incidents opened after {@code after} (an id), oldest first: how a client polls for new
   * ones.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public IncidentPage since(Caller caller, String after, String size) {
    requireReader(caller);
    IncidentInput input = new IncidentInput();
    long cursor = input.number("after", after, 0, 0, Long.MAX_VALUE);
    int limit = (int) input.number("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    input.check();
    IncidentFilter filter =
        new IncidentFilter(caller.jurisdiction(), Set.of(), null, null, null, cursor);
    List<Incident> items = incidents.list(filter, 0, limit);
    auditorRead(caller, "stream after " + cursor, items);
    long next = items.isEmpty() ? cursor : items.get(items.size() - 1).id();
    return new IncidentPage(items, items.size(), 0, limit, next);
  }

  /** The longest a client may wait on the stream for an incident (seconds). */
  public static final int MAX_STREAM_WAIT_SECONDS = 25;

  /**
   * How long the caller's stream read may wait for an incident when none is there yet: {@code wait}
   * in seconds, 0 (the default) to answer at once. An auditor's read is always answered at once, so
   * it is audited within his own request.
   */
  public int streamWait(Caller caller, String wait) {
    requireReader(caller);
    IncidentInput input = new IncidentInput();
    long seconds = input.number("wait", wait, 0, 0, MAX_STREAM_WAIT_SECONDS);
    input.check();
    return IncidentRoles.readsAsAuditor(caller) ? 0 : (int) seconds;
  }

  /** The newest incident id the caller may see: what the screen polls each second. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long latestId(Caller caller) {
    requireReader(caller);
    return incidents.latestId(
        new IncidentFilter(caller.jurisdiction(), Set.of(), null, null, null, null));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public IncidentDetails one(Caller caller, String id) {
    Incident incident = visible(caller, id, INCIDENT_READ, false);
    if (IncidentRoles.readsAsAuditor(caller)) {
      auditTrail.record(
          new AuditRecord(
              INCIDENT_READ,
              "incident",
              Long.toString(incident.id()),
              JurisdictionCode.parseOrNull(incident.jurisdiction()),
              null,
              false,
              AuditOutcome.SUCCESS,
              "read by an auditor"));
    }
    return new IncidentDetails(incident, incidents.actionsOf(incident.id()));
  }

  @Transactional
  public IncidentDetails acknowledge(Caller caller, String id) {
    Incident incident = visible(caller, id, ACKNOWLEDGED);
    if (IncidentLifecycle.mayBeAcknowledged(incident.state())
        && incidents.acknowledge(incident.id(), caller.username(), name(caller), Instant.now())) {
      audit(ACKNOWLEDGED, incident, AuditOutcome.SUCCESS, "kind=" + incident.kind());
      return details(incident.id());
    }
    Incident now = incidents.byId(incident.id()).orElseThrow();
    if (now.state() == IncidentState.ACKNOWLEDGED
        && caller.username().equals(now.acknowledgedBy())) {
      return details(now.id()); // a second click of the same operator changes nothing
    }
    audit(ACKNOWLEDGED, now, AuditOutcome.DENIED, "taken by " + now.acknowledgedBy());
    if (now.state() == IncidentState.CLOSED) {
      throw new ProblemException(409, "command.incident.error.closed");
    }
    throw new ProblemException(
        409,
        "command.incident.error.taken",
        now.acknowledgedName() == null ? now.acknowledgedBy() : now.acknowledgedName(),
        at(now.acknowledgedAt()));
  }

  @Transactional
  public IncidentDetails recordAction(Caller caller, String id, ActionRequest body) {
    Incident incident = visible(caller, id, ACTION_RECORDED);
    IncidentInput input = new IncidentInput();
    if (body == null) {
      input.fail("action", "command.input.required");
      input.check();
    }
    IncidentAction action = null;
    if (body.action() == null || body.action().isBlank()) {
      input.fail("action", "command.input.required");
    } else {
      action = input.choice("action", body.action(), IncidentAction.class);
    }
    String note =
        action != null && action.needsNote()
            ? input.required("note", body.note(), 1000)
            : input.text("note", body.note(), 1000);
    input.check();
    try {
      IncidentLifecycle.checkMayRecordAction(
          incident.state(),
          incident.acknowledgedBy(),
          caller.username(),
          IncidentRoles.isSupervisor(caller));
    } catch (IncidentRuleException refused) {
      audit(ACTION_RECORDED, incident, AuditOutcome.DENIED, refused.messageKey());
      throw refusal(refused, incident);
    }
    incidents.recordAction(
        incident.id(), action, note, caller.username(), name(caller), Instant.now());
    audit(ACTION_RECORDED, incident, AuditOutcome.SUCCESS, "action=" + action);
    return details(incident.id());
  }

  @Transactional
  public IncidentDetails close(Caller caller, String id, CloseRequest body) {
    Incident incident = visible(caller, id, CLOSED);
    IncidentInput input = new IncidentInput();
    if (body == null) {
      input.fail("outcome", "command.input.required");
      input.check();
    }
    IncidentOutcome outcome = null;
    if (body.outcome() == null || body.outcome().isBlank()) {
      input.fail("outcome", "command.input.required");
    } else {
      outcome = input.choice("outcome", body.outcome(), IncidentOutcome.class);
    }
    String note = input.text("note", body.note(), 2000);
    input.check();
    try {
      IncidentLifecycle.checkMayClose(
          incident.state(),
          incident.acknowledgedBy(),
          caller.username(),
          IncidentRoles.isSupervisor(caller));
    } catch (IncidentRuleException refused) {
      audit(CLOSED, incident, AuditOutcome.DENIED, refused.messageKey());
      throw refusal(refused, incident);
    }
    if (!incidents.close(
        incident.id(), outcome, note, caller.username(), name(caller), Instant.now())) {
      throw new ProblemException(409, "command.incident.error.closed");
    }
    audit(CLOSED, incident, AuditOutcome.SUCCESS, "outcome=" + outcome);
    return details(incident.id());
  }

  private IncidentDetails details(long id) {
    return new IncidentDetails(incidents.byId(id).orElseThrow(), incidents.actionsOf(id));
  }

  private static ProblemException refusal(IncidentRuleException refused, Incident incident) {
    if (refused.messageKey().equals("command.incident.error.notYours")) {
      return new ProblemException(
          403,
          refused.messageKey(),
          incident.acknowledgedName() == null
              ? incident.acknowledgedBy()
              : incident.acknowledgedName());
    }
    return new ProblemException(409, refused.messageKey(), refused.args());
  }

  /** The incident if the caller may see it; 403 without the role, 404 when absent or not his. */
  private Incident visible(Caller caller, String id, String action) {
    return visible(caller, id, action, true);
  }

  private Incident visible(Caller caller, String id, String action, boolean toChange) {
    if (toChange) {
      requireHandler(caller);
    } else {
      requireReader(caller);
    }
    long number;
    try {
      number = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(404, "command.incident.error.notFound");
    }
    Incident incident =
        incidents
            .byId(number)
            .orElseThrow(() -> new ProblemException(404, "command.incident.error.notFound"));
    if (!caller.mayAccess(JurisdictionCode.parseOrNull(incident.jurisdiction()))) {
      denials.record(
          action,
          number,
          JurisdictionCode.parseOrNull(incident.jurisdiction()),
          "outside the caller's jurisdiction");
      throw new ProblemException(404, "command.incident.error.notFound");
    }
    return incident;
  }

  /** An auditor's look at a list: one entry per page read, naming the incidents he saw. */
  private void auditorRead(Caller caller, String what, List<Incident> items) {
    if (!IncidentRoles.readsAsAuditor(caller)) {
      return;
    }
    List<Long> ids = items.stream().map(Incident::id).limit(60).toList();
    auditTrail.record(
        new AuditRecord(
            INCIDENTS_READ,
            "incident",
            null,
            caller.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            what + ": " + items.size() + " incident(s) " + ids + (items.size() > 60 ? "…" : "")));
  }

  private static void requireReader(Caller caller) {
    if (!IncidentRoles.isReader(caller)) {
      throw new ProblemException(403, "command.incident.error.forbidden");
    }
  }

  private static void requireHandler(Caller caller) {
    if (!IncidentRoles.isHandler(caller)) {
      throw new ProblemException(403, "command.incident.error.forbidden");
    }
  }

  private void audit(String action, Incident incident, AuditOutcome outcome, String details) {
    if (outcome == AuditOutcome.DENIED) {
      denials.record(
          action, incident.id(), JurisdictionCode.parseOrNull(incident.jurisdiction()), details);
      return;
    }
    auditTrail.record(
        new AuditRecord(
            action,
            "incident",
            String.valueOf(incident.id()),
            JurisdictionCode.parseOrNull(incident.jurisdiction()),
            null,
            false,
            outcome,
            details));
  }

  private static Boolean bool(IncidentInput input, String field, String value) {
    String text = input.text(field, value, 10);
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    input.fail(field, "command.input.unknownChoice");
    return null;
  }

  static String name(Caller caller) {
    String name =
        caller.displayName() == null || caller.displayName().isBlank()
            ? caller.username()
            : caller.displayName();
    return name.length() > 300 ? name.substring(0, 300) : name;
  }

  static String at(Instant instant) {
    return instant == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .format(instant.atZone(TccTime.ZONE));
  }
}
