package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * How long an item is kept and why: the longest of the claims of every rule that reaches it (its
 * policy, holds, cases, agreement), the rule that makes it the longest, and what happens at the
 * end.
 *
 * @param keptBy the winning claim: the rule a page names and the date it shows
 * @param claims every claim considered, the winner included, for the page that explains the item
 * @param endAction what is done when it falls due: the action of the policy (or the agreement's
 *     deletion) that governs the item once the longer rules have ended; null when no policy covers
 *     it (then it is kept indefinitely)
 */
public record RetentionDecision(
    RetentionClaim keptBy, List<RetentionClaim> claims, EndAction endAction) {
  public RetentionDecision {
    claims = List.copyOf(claims);
    if (!claims.contains(keptBy)) {
      throw new IllegalArgumentException("The winning claim is one of the claims");
    }
  }

  public KeepUntil keepUntil() {
    return keptBy.until();
  }

  public RetentionReason reason() {
    return keptBy.reason();
  }

  /** True when the item is due for its end action at {@code now}. */
  public boolean isDueAt(Instant now) {
    return keptBy.until().isDueAt(now);
  }
}
