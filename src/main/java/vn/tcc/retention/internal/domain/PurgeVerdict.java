package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import vn.tcc.retention.api.RetainedRecord;

/**
 * What a purge does with one item at one moment: leave it (a rule keeps it; a hold, or another
 * rule) or take its end action, deletion or review at the commune, naming the rule that made it
 * due. The same judgement plans a run and, for each planned item, is asked again when the run
 * deletes it, so a hold placed between the two keeps the item.
 */
public sealed interface PurgeVerdict {

  /** Kept: {@code byHold} when the rule that keeps it longest is a legal hold. */
  record Kept(boolean byHold, RetentionDecision decision) implements PurgeVerdict {}

  /**
   * Due for {@code endAction} since the local midnight after {@code keptThrough}, by {@code rule}.
   */
  record Due(DueRule rule, EndAction endAction, LocalDate keptThrough) implements PurgeVerdict {
    public Due {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(endAction, "endAction");
    }
  }

  /** The verdict on a record as its owning module listed it. */
  static PurgeVerdict on(RetainedRecord record, PolicyBook book, HoldIndex holds, Instant now) {
    return on(itemOf(record), book, holds, now);
  }

  /** The verdict on {@code item} at {@code now}, asking {@link RetentionRules}. */
  static PurgeVerdict on(RetainedItem item, PolicyBook book, HoldIndex holds, Instant now) {
    RetentionDecision decision = RetentionRules.keepUntil(item, book, holds.mayReach(item), now);
    if (!decision.isDueAt(now)) {
      return new Kept(decision.reason() instanceof RetentionReason.ByHold, decision);
    }
    DueRule rule = dueRule(decision);
    if (rule == null || decision.endAction() == null) {
      // Due by a rule that names no policy (a hold that ended, with no policy behind it): nothing
      // is deleted without a policy (Circular 67/2024 forbids arbitrary deletion).
      return new Kept(false, decision);
    }
    LocalDate keptThrough =
        decision.keepUntil() instanceof KeepUntil.Through through ? through.lastDay() : null;
    return new Due(rule, decision.endAction(), keptThrough);
  }

  /** The domain's view of a record an owning module listed. */
  static RetainedItem itemOf(RetainedRecord record) {
    return new RetainedItem(
        record.dataClass(),
        record.level(),
        record.ownerType(),
        record.retentionStartsAt(),
        record.cameraCode(),
        record.capturedFrom(),
        record.capturedTo(),
        record.cases(),
        record.agreementId(),
        record.agreementPeriod());
  }

  /**
   * The policy version (or agreement) among the longest claims: when a hold that ended ties with
   * the policy, the record names the policy, which is what let the item go.
   */
  private static DueRule dueRule(RetentionDecision decision) {
    RetentionClaim best = null;
    DueRule rule = null;
    for (RetentionClaim claim : decision.claims()) {
      DueRule candidate = ruleOf(claim.reason());
      if (candidate != null && (best == null || claim.until().isLongerThan(best.until()))) {
        best = claim;
        rule = candidate;
      }
    }
    return rule;
  }

  private static DueRule ruleOf(RetentionReason reason) {
    if (reason instanceof RetentionReason.ByPolicy byPolicy) {
      return DueRule.of(byPolicy.policy());
    }
    if (reason instanceof RetentionReason.ByCase byCase && byCase.policy() != null) {
      return DueRule.of(byCase.policy());
    }
    if (reason instanceof RetentionReason.ByAgreement agreement) {
      return DueRule.of(agreement);
    }
    return null;
  }

  /** Judges many items with one book and one set of holds (a plan, a chunk of a run). */
  final class Judge {
    private final PolicyBook book;
    private final HoldIndex holds;
    private final Instant now;

    public Judge(PolicyBook book, Collection<LegalHold> holdsInForce, Instant now) {
      this.book = Objects.requireNonNull(book, "book");
      this.holds = HoldIndex.of(holdsInForce);
      this.now = Objects.requireNonNull(now, "now");
    }

    public PurgeVerdict judge(RetainedRecord record) {
      return on(record, book, holds, now);
    }

    public Instant now() {
      return now;
    }

    public PolicyBook book() {
      return book;
    }
  }
}
