package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;

/**
 * Decides how long one item is kept: every rule that reaches it makes a claim, and <b>the longest
 * claim wins</b>; the decision names the rule that wins and keeps the others for the page that
 * explains the item. The claims:
 *
 * <pre>
 * legal hold reaching the item, not lifted   through its last day, or indefinitely (no end day)
 * case open or under appeal                  until the case closes (then the next line)
 * case closed                                the item's own policy counted from the closure
 * case rejected                              none (the item's class, a false detection, decides)
 * agreement that sets its own period         that period from receipt, in place of the policy
 *                                            (shared camera data only)
 * the item's own policy                      each version that reaches it (PolicyBook), from
 *                                            the item's retention start
 * no policy at all                           indefinitely: nothing is deleted without a rule
 * </pre>
 *
 * The case rule: an item tied to a case is kept while the case is open or under appeal, and then
 * for its own class's period counted from the closure, so nothing the case may still need is purged
 * before the case ends, and each class keeps its own length after it: evidence and appeal documents
 * as long as the closed case itself (the policies give them the same period), an owner's identity
 * only its shorter period (personal data no longer than needed, Law 91/2025). The closed-case
 * period applied to everything would have kept owner answers as long as case files. On equal claims
 * the first in the table is named: a hold rather than the policy it equals.
 *
 * <p>Holds are claims of their own, so no policy change can shorten what a hold keeps. Days are
 * counted as {@link RetentionCalendar} says.
 */
public final class RetentionRules {
  private RetentionRules() {}

  /**
   * The decision for {@code item} at {@code now}.
   *
   * @param holds the holds that may reach the item (the rule checks which do); lifted ones are
   *     ignored from the moment they were lifted
   */
  public static RetentionDecision keepUntil(
      RetainedItem item, PolicyBook book, Collection<LegalHold> holds, Instant now) {
    LocalDate today = RetentionCalendar.day(now);
    List<RetentionClaim> claims = new ArrayList<>();
    List<ActionClaim> actions = new ArrayList<>();
    for (LegalHold hold : holds) {
      if (hold.isStandingAt(now) && hold.scope().reaches(item)) {
        claims.add(new RetentionClaim(new RetentionReason.ByHold(hold), hold.keepUntil()));
      }
    }
    for (CaseLink link : item.cases()) {
      addCaseClaim(item, link, book, today, claims, actions);
    }
    addOwnClaims(item, book, today, claims, actions);
    RetentionClaim longest = longest(claims);
    EndAction endAction = actions.isEmpty() ? null : longestAction(actions);
    return new RetentionDecision(longest, claims, endAction);
  }

  /** A claim that carries the action to take at its end. */
  private record ActionClaim(RetentionClaim claim, EndAction action) {}

  private static void addCaseClaim(
      RetainedItem item,
      CaseLink link,
      PolicyBook book,
      LocalDate today,
      List<RetentionClaim> claims,
      List<ActionClaim> actions) {
    if (link.isPending()) {
      RetentionPolicy preview =
          book.inForce(item.dataClass(), item.level(), item.ownerType(), today).orElse(null);
      RetentionClaim claim =
          new RetentionClaim(
              new RetentionReason.ByCase(link.caseNumber(), link.standing(), preview),
              new KeepUntil.UntilCaseClosed(link.caseNumber()));
      claims.add(claim);
      if (preview != null) {
        actions.add(new ActionClaim(claim, preview.endAction()));
      }
      return;
    }
    if (link.standing() != CaseLink.Standing.CLOSED) {
      return;
    }
    LocalDate closedOn = RetentionCalendar.day(link.closedAt());
    longestVersion(
            book.versionsReaching(
                item.dataClass(), item.level(), item.ownerType(), closedOn, today),
            closedOn)
        .ifPresent(
            policy -> {
              RetentionClaim claim =
                  new RetentionClaim(
                      new RetentionReason.ByCase(link.caseNumber(), link.standing(), policy),
                      new KeepUntil.Through(policy.lastDayFrom(closedOn)));
              claims.add(claim);
              actions.add(new ActionClaim(claim, policy.endAction()));
            });
  }

  private static void addOwnClaims(
      RetainedItem item,
      PolicyBook book,
      LocalDate today,
      List<RetentionClaim> claims,
      List<ActionClaim> actions) {
    LocalDate startDay = RetentionCalendar.day(item.retentionStartsAt());
    if (item.dataClass() == DataClass.SHARED_CAMERA_DATA && item.agreementPeriod() != null) {
      // The agreement states the purpose and term the provider agreed to (Law on Data Art. 18):
      // keeping its data longer than it says would break it, so it replaces the default policy.
      RetentionClaim claim =
          new RetentionClaim(
              new RetentionReason.ByAgreement(item.agreementId(), item.agreementPeriod()),
              new KeepUntil.Through(RetentionCalendar.lastDay(startDay, item.agreementPeriod())));
      claims.add(claim);
      actions.add(new ActionClaim(claim, EndAction.DELETE));
      return;
    }
    List<RetentionPolicy> versions =
        book.versionsReaching(item.dataClass(), item.level(), item.ownerType(), startDay, today);
    if (versions.isEmpty()) {
      claims.add(
          new RetentionClaim(
              new RetentionReason.NoPolicy(item.dataClass(), item.level(), item.ownerType()),
              new KeepUntil.Indefinitely()));
      return;
    }
    for (RetentionPolicy version : versions) {
      RetentionClaim claim =
          new RetentionClaim(
              new RetentionReason.ByPolicy(version),
              new KeepUntil.Through(version.lastDayFrom(startDay)));
      claims.add(claim);
      actions.add(new ActionClaim(claim, version.endAction()));
    }
  }

  private static Optional<RetentionPolicy> longestVersion(
      List<RetentionPolicy> versions, LocalDate startDay) {
    RetentionPolicy longest = null;
    for (RetentionPolicy version : versions) {
      if (longest == null || version.lastDayFrom(startDay).isAfter(longest.lastDayFrom(startDay))) {
        longest = version;
      }
    }
    return Optional.ofNullable(longest);
  }

  /** The first of the longest claims: on a tie the earlier rule of the table is named. */
  private static RetentionClaim longest(List<RetentionClaim> claims) {
    RetentionClaim longest = claims.get(0);
    for (RetentionClaim claim : claims) {
      if (claim.until().isLongerThan(longest.until())) {
        longest = claim;
      }
    }
    return longest;
  }

  private static EndAction longestAction(List<ActionClaim> actions) {
    ActionClaim longest = actions.get(0);
    for (ActionClaim action : actions) {
      if (action.claim().until().isLongerThan(longest.claim().until())) {
        longest = action;
      }
    }
    return longest.action();
  }
}
