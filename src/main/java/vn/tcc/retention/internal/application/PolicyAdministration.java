package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.retention.internal.domain.PolicyChange;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Reading the retention policies and adding a version. A change is an administrator's, with a
 * reason; {@link PolicyBook#admit} checks it (first day not in the past, no second version the same
 * day, the audit trail's floor...), and the audit trail keeps what was in force before and what
 * will be after.
 */
@ApplicationScoped
public class PolicyAdministration {
  static final String CHANGED = "RETENTION_POLICY_CHANGED";

  /** A change takes effect within this many years, or it is a typing mistake. */
  static final int MAX_YEARS_AHEAD = 10;

  private RetentionPolicies policies;
  private AuditTrail auditTrail;
  private Clock clock;

  PolicyAdministration() {}

  @Inject
  PolicyAdministration(RetentionPolicies policies, AuditTrail auditTrail, Clock clock) {
    this.policies = policies;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /**
   * Every version, filtered by class and level when given, each marked when it is the one of its
   * class × level × owner in force on {@code at} (today when null).
   */
  public List<PolicyVersionView> versions(
      Caller caller, String dataClass, String level, String at) {
    RetentionRoles.require(caller, RetentionRoles.POLICY_READERS);
    RetentionInput input = new RetentionInput();
    DataClass wantedClass = input.choice("class", dataClass, DataClass.class, false);
    StorageLevel wantedLevel = input.choice("level", level, StorageLevel.class, false);
    LocalDate day = input.date("at", at, false);
    input.check();
    LocalDate on = day == null ? today() : day;
    List<RetentionPolicy> all = policies.versions();
    Map<String, RetentionPolicy> inForce = inForceOn(all, on);
    return all.stream()
        .filter(v -> wantedClass == null || v.dataClass() == wantedClass)
        .filter(v -> wantedLevel == null || v.level() == wantedLevel)
        .sorted(
            Comparator.comparing(RetentionPolicy::dataClass)
                .thenComparing(RetentionPolicy::level)
                .thenComparing(v -> v.ownerType() == null ? "" : v.ownerType().name())
                .thenComparing(RetentionPolicy::effectiveFrom))
        .map(v -> PolicyVersionView.of(v, inForce.get(subject(v)) == v))
        .toList();
  }

  /** The versions in force on {@code on}, one per class × level × owner. */
  public List<PolicyVersionView> inForce(Caller caller, LocalDate on) {
    return versions(caller, null, null, on == null ? null : on.toString()).stream()
        .filter(PolicyVersionView::inForce)
        .toList();
  }

  /**
   * The any-owner policy in force today for this class at this level, for pages that show a period
   * beside a camera (the camera page's recording window).
   */
  public Optional<RetentionPolicy> inForceToday(DataClass dataClass, StorageLevel level) {
    return policies.book().inForce(dataClass, level, null, today());
  }

  /**
   * Adds a version: administrators only; every field read and checked, then the book's rules.
   *
   * @throws ProblemException 403 for anyone but an administrator, 422 (field errors or a broken
   *     rule, in the caller's language), 409 when a version of the policy starts that day
   */
  @Transactional
  public PolicyVersionView change(Caller caller, PolicyChangeRequest request) {
    RetentionRoles.require(caller, RetentionRoles.POLICY_READERS);
    if (!caller.hasRole(Role.ADMIN)) {
      auditTrail.record(
          new AuditRecord(
              CHANGED,
              "retention_policy",
              null,
              caller.jurisdiction(),
              null,
              false,
              AuditOutcome.DENIED,
              "not an administrator"));
      throw new ProblemException(403, "retention.policy.adminOnly");
    }
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    LocalDate today = today();
    RetentionInput input = new RetentionInput();
    DataClass dataClass = input.choice("dataClass", request.dataClass(), DataClass.class, true);
    StorageLevel level = input.choice("level", request.level(), StorageLevel.class, true);
    OwnerType owner = owner(input, request.ownerType());
    Period period = input.period("period", request.period());
    EndAction action = input.choice("endAction", request.endAction(), EndAction.class, true);
    String legalBasis =
        input.required("legalBasis", request.legalBasis(), RetentionPolicy.LEGAL_BASIS_MAX_LENGTH);
    LocalDate effectiveFrom = input.date("effectiveFrom", request.effectiveFrom(), true);
    String reason = input.required("reason", request.reason(), 1000);
    if (effectiveFrom != null && effectiveFrom.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
      input.add(
          vn.tcc.shared.error.FieldError.of(
              "effectiveFrom", "retention.policy.effectiveTooFar", MAX_YEARS_AHEAD));
    }
    input.check();
    PolicyBook book = policies.book();
    RetentionPolicy admitted =
        book.admit(
            new PolicyChange(
                dataClass,
                level,
                owner,
                period,
                action,
                legalBasis,
                effectiveFrom,
                reason,
                caller.username()),
            today);
    Optional<RetentionPolicy> before = book.inForce(dataClass, level, owner, effectiveFrom);
    policies.save(admitted);
    auditTrail.record(
        new AuditRecord(
            CHANGED,
            "retention_policy",
            dataClass + "/" + level + "/" + PolicyVersionView.of(admitted, false).ownerType(),
            caller.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            "before: "
                + before.map(PolicyAdministration::describe).orElse("none")
                + "; after: "
                + describe(admitted)
                + "; reason: "
                + reason));
    return PolicyVersionView.of(admitted, !effectiveFrom.isAfter(today));
  }

  private static OwnerType owner(RetentionInput input, String value) {
    if (value == null
        || value.isBlank()
        || PolicyVersionView.ANY_OWNER.equalsIgnoreCase(value.strip())) {
      return null;
    }
    return input.choice("ownerType", value, OwnerType.class, false);
  }

  private static String describe(RetentionPolicy policy) {
    return "v"
        + policy.version()
        + " "
        + policy.period()
        + " "
        + policy.endAction()
        + " from "
        + policy.effectiveFrom()
        + (policy.isForAnyOwner() ? "" : " owner " + policy.ownerType());
  }

  private LocalDate today() {
    return RetentionCalendar.day(clock.instant());
  }

  private static String subject(RetentionPolicy policy) {
    return policy.dataClass() + "/" + policy.level() + "/" + policy.ownerType();
  }

  /** The latest version of each subject that has taken effect by {@code on}. */
  static Map<String, RetentionPolicy> inForceOn(List<RetentionPolicy> versions, LocalDate on) {
    Map<String, RetentionPolicy> latest = new HashMap<>();
    for (RetentionPolicy version : versions) {
      if (version.effectiveFrom().isAfter(on)) {
        continue;
      }
      latest.merge(
          subject(version),
          version,
          (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
    }
    return latest;
  }
}
