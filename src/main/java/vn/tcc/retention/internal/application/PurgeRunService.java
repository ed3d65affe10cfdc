package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.DueRule;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;
import vn.tcc.retention.internal.domain.PurgeState;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Purge runs for people: ask for a dry run, read runs and their plans, approve a planned run,
 * resume a failed one. The work itself is done by {@link PurgeWorker} in the background.
 *
 * <p>Who may do what: a run covers the whole province, so only a supervisor or administrator of the
 * province asks for one, approves one (not the one he asked for: four eyes) or resumes one;
 * supervisors, administrators and auditors read them, a commune's reader seeing only his commune's
 * lines and counts. Every change and every read of a plan's lines is on the audit trail.
 */
@ApplicationScoped
public class PurgeRunService {
  /** A plan older than this is not carried out: what it lists may no longer be what is due. */
  static final Duration PLAN_VALID_FOR = Duration.ofDays(7);

  static final int MAX_LIMIT = 200;
  private static final Set<String> MAY_RUN = Set.of(Role.SUPERVISOR, Role.ADMIN);
  private static final Set<String> MAY_READ = Set.copyOf(RetentionRoles.RUN_READERS);

  private PurgeRuns runs;
  private AuditTrail audit;
  private Clock clock;

  PurgeRunService() {}

  @Inject
  PurgeRunService(PurgeRuns runs, AuditTrail audit, Clock clock) {
    this.runs = runs;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens a dry run now; the worker plans it within seconds. */
  @Transactional
  public PurgeRunViews.RunView requestDryRun(Caller caller) {
    requireProvinceRunner(caller);
    long id = runs.open(PurgeRun.Trigger.MANUAL, caller.username(), clock.instant(), null);
    audit.record(
        AuditRecord.success(RetentionRunAudit.REQUESTED, RetentionRunAudit.OBJECT, "" + id)
            .withDetails("dry run requested"));
    return PurgeRunViews.RunView.of(runs.find(id).orElseThrow(), List.of());
  }

  public PurgeRunViews.RunPage list(Caller caller, Integer offset, Integer limit) {
    requireReader(caller);
    int from = offset(offset);
    int size = limit(limit);
    List<PurgeRunViews.RunView> page =
        runs.list(from, size).stream().map(r -> PurgeRunViews.RunView.of(r, List.of())).toList();
    return new PurgeRunViews.RunPage(runs.count(), from, size, page);
  }

  public PurgeRunViews.RunView view(Caller caller, long id) {
    requireReader(caller);
    PurgeRun run = found(id);
    return PurgeRunViews.RunView.of(
        run,
        runs.summary(id, caller.jurisdiction()).stream()
            .map(PurgeRunViews.SummaryView::of)
            .toList());
  }

  /**
   * A run's state and progress only, without the summary over its plan (a million lines): what a
   * page polls while the run is under way.
   */
  public PurgeRunViews.RunView progress(Caller caller, long id) {
    requireReader(caller);
    return PurgeRunViews.RunView.of(found(id), List.of());
  }

  /** The policy versions (or agreements) each run's plan uses, by run id, e.g. PLATE_READ/…/v1. */
  public Map<Long, List<String>> policyVersions(Caller caller, Collection<Long> ids) {
    requireReader(caller);
    Map<Long, List<String>> versions = new LinkedHashMap<>();
    runs.rules(ids)
        .forEach((id, rules) -> versions.put(id, rules.stream().map(DueRule::key).toList()));
    return versions;
  }

  /** True when the caller may approve this run: a planned run, another person of the province. */
  public boolean mayApprove(Caller caller, PurgeRunViews.RunView run) {
    return run.state().equals(PurgeState.PLANNED.name())
        && caller != null
        && caller.kind() == Caller.Kind.USER
        && caller.hasAnyRole(MAY_RUN)
        && caller.jurisdiction() != null
        && caller.jurisdiction().isProvince()
        && !run.requestedBy().equalsIgnoreCase(caller.username());
  }

  /** True when the caller may ask for a dry run (a supervisor or administrator of the province). */
  public boolean mayRequest(Caller caller) {
    return caller != null
        && caller.kind() == Caller.Kind.USER
        && caller.hasAnyRole(MAY_RUN)
        && caller.jurisdiction() != null
        && caller.jurisdiction().isProvince();
  }

  @Transactional
  public PurgeRunViews.ItemPage items(
      Caller caller, long id, String dataClass, String level, Integer offset, Integer limit) {
    requireReader(caller);
    found(id);
    DataClass wantedClass = parse(DataClass.class, dataClass, "retention.run.unknownClass");
    StorageLevel wantedLevel = parse(StorageLevel.class, level, "retention.run.unknownLevel");
    int from = offset(offset);
    int size = limit(limit);
    List<PurgeRunViews.ItemView> items =
        runs.items(id, wantedClass, wantedLevel, caller.jurisdiction(), from, size).stream()
            .map(PurgeRunViews.ItemView::of)
            .toList();
    audit.record(
        new AuditRecord(
            RetentionRunAudit.ITEMS_READ,
            RetentionRunAudit.OBJECT,
            Long.toString(id),
            caller.jurisdiction(),
            null,
            false,
            vn.tcc.shared.audit.AuditOutcome.SUCCESS,
            "class="
                + wantedClass
                + " level="
                + wantedLevel
                + " offset="
                + from
                + " n="
                + items.size()));
    return new PurgeRunViews.ItemPage(id, from, size, items);
  }

  /**
   * Approves a planned run, which the worker then carries out.
   *
   * @throws RetentionRuleException 403 {@code retention.run.approverIsRequester}, 409 {@code
   *     retention.run.notPlanned}, {@code retention.run.planStale} or {@code
   *     retention.run.anotherActive}
   */
  @Transactional
  public PurgeRunViews.RunView approve(Caller caller, long id) {
    requireProvinceRunner(caller);
    PurgeRun run = found(id);
    if (run.requestedBy().equalsIgnoreCase(caller.username())) {
      audit.record(
          AuditRecord.denied(
              RetentionRunAudit.APPROVED,
              RetentionRunAudit.OBJECT,
              Long.toString(id),
              "the requester may not approve his own run"));
      throw new RetentionRuleException(
          RetentionRuleException.FORBIDDEN, "retention.run.approverIsRequester");
    }
    if (run.state() != PurgeState.PLANNED) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.run.notPlanned", id, run.state());
    }
    Instant now = clock.instant();
    if (run.plannedAsOf().plus(PLAN_VALID_FOR).isBefore(now)) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.run.planStale", id, PLAN_VALID_FOR.toDays());
    }
    if (!runs.approve(id, PurgeRun.ApprovalKind.PERSON, caller.username(), now)) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.run.notPlanned", id, run.state());
    }
    audit.record(
        AuditRecord.success(RetentionRunAudit.APPROVED, RetentionRunAudit.OBJECT, "" + id)
            .withDetails(
                "approved; requested by " + run.requestedBy() + ", " + run.itemsDue() + " items"));
    return view(caller, id);
  }

  /**
   * Resumes a failed run (planning again, or deleting what is left); a run still active is left to
   * the worker, which continues it by itself.
   *
   * @throws RetentionRuleException 409 {@code retention.run.notResumable}
   */
  @Transactional
  public PurgeRunViews.RunView resume(Caller caller, long id) {
    requireProvinceRunner(caller);
    PurgeRun run = found(id);
    if (run.state().isActive()) {
      return view(caller, id);
    }
    if (run.state() != PurgeState.FAILED || !runs.resume(id)) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.run.notResumable", id, run.state());
    }
    audit.record(
        AuditRecord.success(RetentionRunAudit.RESUMED, RetentionRunAudit.OBJECT, "" + id)
            .withDetails("after: " + run.failure()));
    return view(caller, id);
  }

  private PurgeRun found(long id) {
    return runs.find(id)
        .orElseThrow(() -> new RetentionRuleException(404, "retention.run.notFound", id));
  }

  private static void requireReader(Caller caller) {
    if (caller == null || !caller.hasAnyRole(MAY_READ) || caller.jurisdiction() == null) {
      throw new RetentionRuleException(RetentionRuleException.FORBIDDEN, "problem.403.role");
    }
  }

  private static void requireProvinceRunner(Caller caller) {
    if (caller == null || caller.kind() != Caller.Kind.USER || !caller.hasAnyRole(MAY_RUN)) {
      throw new RetentionRuleException(RetentionRuleException.FORBIDDEN, "problem.403.role");
    }
    JurisdictionCode area = caller.jurisdiction();
    if (area == null || !area.isProvince()) {
      throw new RetentionRuleException(
          RetentionRuleException.FORBIDDEN, "retention.run.provinceOnly");
    }
  }

  private static int offset(Integer offset) {
    if (offset == null) {
      return 0;
    }
    if (offset < 0) {
      throw new RetentionRuleException(RetentionRuleException.INVALID, "retention.run.badOffset");
    }
    return offset;
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return 50;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RetentionRuleException(
          RetentionRuleException.INVALID, "retention.run.badLimit", MAX_LIMIT);
    }
    return limit;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String messageKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new RetentionRuleException(RetentionRuleException.INVALID, messageKey, text);
    }
  }
}
