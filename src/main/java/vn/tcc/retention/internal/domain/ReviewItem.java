package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * One item of a commune's review queue: data kept at a commune center whose period ended under a
 * policy that ends in review and transfer (Decision 502/QD-TTg). The commune's officers look at it
 * and either send it up to the provincial center for long-term storage or let it go.
 *
 * <pre>
 * WAITING --transfer (a reviewer of the commune, with a reason; verified copy)--> TRANSFERRED
 * WAITING --release (a reviewer of the commune, with a reason)-----------------> EXPIRED
 * WAITING --{@link #GRACE} after it was queued, nobody decided-----------------> EXPIRED
 * </pre>
 *
 * A decision stands: a transferred item is the province's, an expired one is deleted by the next
 * purge (a legal hold still keeps it). Reviewers are officers and supervisors whose jurisdiction
 * covers the item's commune: the commune's own, and the province's, which covers every commune.
 *
 * @param id the stored row's id; null before it is queued
 * @param dueAt when it fell due for review
 * @param expiresAt when, still waiting, it expires on its own
 * @param decidedBy who transferred or released it ({@code system:retention} for an expiry by the
 *     schedule); null while waiting
 * @param transferId the transfer that sent it up; only when TRANSFERRED
 */
public record ReviewItem(
    Long id,
    DataClass dataClass,
    String itemId,
    JurisdictionCode jurisdiction,
    String cameraCode,
    Instant capturedFrom,
    Instant capturedTo,
    Instant dueAt,
    long sizeBytes,
    String sha256,
    String description,
    String policyKey,
    Instant queuedAt,
    Instant expiresAt,
    ReviewState state,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Long transferId) {

  /**
   * How long an item waits for the commune's decision before it expires on its own: a month of
   * working days to review what a camera caught, and no longer, since waiting data is personal data
   * kept past its period (Law 91/2025).
   */
  public static final Period GRACE = Period.ofDays(30);

  /** Who reviews a commune's data. Administrators and auditors watch; they do not decide. */
  public static final Set<String> REVIEWERS = Set.of(Role.OFFICER, Role.SUPERVISOR);

  public ReviewItem {
    Objects.requireNonNull(dataClass, "dataClass");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(state, "state");
    if ((state == ReviewState.WAITING) != (decidedBy == null)) {
      throw new IllegalArgumentException("A decided item says who decided: " + itemId);
    }
    if ((state == ReviewState.TRANSFERRED) != (transferId != null)) {
      throw new IllegalArgumentException("A transferred item names its transfer: " + itemId);
    }
  }

  /**
   * When an item queued at {@code queuedAt} expires if nobody decides: the local midnight after the
   * last day of its {@link #GRACE}, counted as every retention period is ({@link
   * RetentionCalendar}).
   */
  public static Instant expiryOf(Instant queuedAt) {
    return RetentionCalendar.dueAt(RetentionCalendar.lastDay(queuedAt, GRACE));
  }

  /** When an item kept through {@code keptThrough} fell due; {@code asOf} when not known. */
  public static Instant dueAfter(LocalDate keptThrough, Instant asOf) {
    return keptThrough == null ? asOf : RetentionCalendar.dueAt(keptThrough);
  }

  /**
   * May this person decide about items of {@code commune}? Reviewers whose jurisdiction covers it.
   *
   * @throws RetentionRuleException 403 {@code retention.review.roleNotAllowed} for anyone else than
   *     an officer or supervisor, {@code retention.review.otherCommune} for another commune's
   */
  public static void requireReviewer(Caller caller, JurisdictionCode commune) {
    if (caller == null || caller.kind() != Caller.Kind.USER || !caller.hasAnyRole(REVIEWERS)) {
      throw RetentionRuleException.forbidden("retention.review.roleNotAllowed");
    }
    if (!caller.mayAccess(commune)) {
      throw RetentionRuleException.forbidden("retention.review.otherCommune", commune.value());
    }
  }

  /**
   * This item, sent to the provincial center by {@code transfer}.
   *
   * @throws RetentionRuleException 403 (see {@link #requireReviewer}), 409 {@code
   *     retention.review.alreadyDecided} when it no longer waits
   */
  public ReviewItem transferBy(Caller caller, long transfer, String reason, Instant at) {
    requireReviewer(caller, jurisdiction);
    requireWaiting();
    return decided(ReviewState.TRANSFERRED, caller.username(), at, reason, transfer);
  }

  /** This item let go by a reviewer of its commune ("release the rest"): the purge deletes it. */
  public ReviewItem releaseBy(Caller caller, String reason, Instant at) {
    requireReviewer(caller, jurisdiction);
    requireWaiting();
    return decided(ReviewState.EXPIRED, caller.username(), at, reason, null);
  }

  /** This item expired by the schedule, nobody having decided within {@link #GRACE}. */
  public ReviewItem expireBySchedule(String schedule, Instant at) {
    requireWaiting();
    if (at.isBefore(expiresAt)) {
      throw new IllegalStateException("Not yet past its grace period: " + itemId);
    }
    return decided(ReviewState.EXPIRED, schedule, at, "grace period ended", null);
  }

  public boolean isWaiting() {
    return state == ReviewState.WAITING;
  }

  private void requireWaiting() {
    if (state != ReviewState.WAITING) {
      throw RetentionRuleException.conflict(
          "retention.review.alreadyDecided", itemId, state.name());
    }
  }

  private ReviewItem decided(ReviewState to, String by, Instant at, String reason, Long transfer) {
    return new ReviewItem(
        id,
        dataClass,
        itemId,
        jurisdiction,
        cameraCode,
        capturedFrom,
        capturedTo,
        dueAt,
        sizeBytes,
        sha256,
        description,
        policyKey,
        queuedAt,
        expiresAt,
        to,
        by,
        at,
        reason,
        transfer);
  }
}
