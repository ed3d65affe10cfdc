package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The cases waiting for the signed-in user, for the landing page: those he may review now (officers
 * and supervisors), the disagreements a supervisor settles, and the overdue cases of his area.
 * Counts only, no personal data, so nothing is audited; a count he has no business seeing is null
 * and its tile is not shown.
 */
@ApplicationScoped
public class WorkWaiting {
  /** Counted up to this many; the tile then says "1.000+" rather than counting a backlog whole. */
  public static final int CAP = 1_000;

  @Inject CaseReviews reviews;
  @Inject CaseStatistics statistics;

  public Counts of(Caller caller) {
    if (caller.jurisdiction() == null
        || caller.kind() != Caller.Kind.USER
        || !caller.hasAnyRole(CaseRoles.READING)) {
      return Counts.NONE;
    }
    Long toReview =
        caller.hasAnyRole(CaseRoles.ACTING)
            ? reviews.waitingFor(caller.jurisdiction(), caller.username(), CAP + 1)
            : null;
    Long disputed =
        caller.hasRole(Role.SUPERVISOR)
            ? statistics.byState(caller.jurisdiction()).getOrDefault("DISPUTED", 0L)
            : null;
    return new Counts(toReview, disputed, statistics.overdue(caller.jurisdiction()));
  }

  /** Each count is null when the caller's role does not handle that work. */
  public record Counts(Long toReview, Long disputed, Long overdue) {
    static final Counts NONE = new Counts(null, null, null);

    public boolean any() {
      return toReview != null || disputed != null || overdue != null;
    }
  }
}
