package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * A legal hold: an order, backed by a case or decision number, that data in its {@link HoldScope}
 * is not purged, whatever the policy says, until the day it names or until it is lifted. Held data
 * is never purged; a hold that has ended simply stops keeping anything.
 *
 * <pre>
 * placed    by an officer or supervisor, with a reason and a case/decision number;
 *           held through a local day not before today, or (no day) until lifted
 * lifted    by a supervisor who is not the one who placed it, with a reason; once
 * </pre>
 *
 * The four-eyes rule on lifting is there because lifting is what lets data be deleted: one person
 * alone must not be able to hold data and then quietly release it for purging.
 *
 * @param id the stored hold's id; null until {@link LegalHolds#place} stores it
 * @param heldThrough the last local day the hold keeps data, or null: until lifted
 * @param liftedBy username of the supervisor who lifted it; null (with {@code liftedAt} and {@code
 *     liftReason}) while not lifted
 */
public record LegalHold(
    Long id,
    HoldScope scope,
    String placedBy,
    String reason,
    String decisionNumber,
    Instant placedAt,
    LocalDate heldThrough,
    String liftedBy,
    Instant liftedAt,
    String liftReason) {
  private static final Set<String> MAY_PLACE = Set.of(Role.OFFICER, Role.SUPERVISOR);

  public LegalHold {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(placedAt, "placedAt");
    if (blank(placedBy)) {
      throw RetentionRuleException.invalid("retention.hold.placedByRequired");
    }
    if (blank(reason)) {
      throw RetentionRuleException.invalid("retention.hold.reasonRequired");
    }
    if (blank(decisionNumber)) {
      throw RetentionRuleException.invalid("retention.hold.decisionNumberRequired");
    }
    if ((liftedBy == null) != (liftedAt == null) || (liftedBy == null) != (liftReason == null)) {
      throw new IllegalArgumentException("A lifted hold says who lifted it, when and why");
    }
    if (liftedAt != null && liftedAt.isBefore(placedAt)) {
      throw new IllegalArgumentException("A hold is lifted after it was placed");
    }
    if (liftedBy != null && liftedBy.equals(placedBy)) {
      throw RetentionRuleException.forbidden("retention.hold.liftedByPlacer");
    }
  }

  /**
   * A new hold.
   *
   * @param heldThrough the last local day it keeps data, not before the day it is placed; null to
   *     keep until lifted
   * @throws RetentionRuleException {@code retention.hold.roleNotAllowed} (403) unless an officer or
   *     supervisor places it, {@code retention.hold.endsInPast} (422), or a missing field (422)
   */
  public static LegalHold place(
      HoldScope scope,
      Caller by,
      String reason,
      String decisionNumber,
      LocalDate heldThrough,
      Instant at) {
    if (by == null || by.kind() != Caller.Kind.USER || !by.hasAnyRole(MAY_PLACE)) {
      throw RetentionRuleException.forbidden("retention.hold.roleNotAllowed");
    }
    if (heldThrough != null && heldThrough.isBefore(RetentionCalendar.day(at))) {
      throw RetentionRuleException.invalid("retention.hold.endsInPast", heldThrough);
    }
    return new LegalHold(
        null, scope, by.username(), reason, decisionNumber, at, heldThrough, null, null, null);
  }

  /**
   * The hold lifted by {@code by} at {@code at}.
   *
   * @throws RetentionRuleException {@code retention.hold.alreadyLifted} (409), {@code
   *     retention.hold.liftNeedsSupervisor} (403), {@code retention.hold.liftedByPlacer} (403) when
   *     the supervisor is the one who placed it, {@code retention.hold.liftReasonRequired} (422)
   */
  public LegalHold lift(Caller by, String why, Instant at) {
    Objects.requireNonNull(at, "at");
    if (isLifted()) {
      throw RetentionRuleException.conflict("retention.hold.alreadyLifted", id);
    }
    if (by == null || by.kind() != Caller.Kind.USER || !by.hasRole(Role.SUPERVISOR)) {
      throw RetentionRuleException.forbidden("retention.hold.liftNeedsSupervisor");
    }
    if (by.username().equals(placedBy)) {
      throw RetentionRuleException.forbidden("retention.hold.liftedByPlacer");
    }
    if (blank(why)) {
      throw RetentionRuleException.invalid("retention.hold.liftReasonRequired");
    }
    return new LegalHold(
        id, scope, placedBy, reason, decisionNumber, placedAt, heldThrough, by.username(), at, why);
  }

  /** This hold as stored under {@code storedId}. */
  public LegalHold withId(long storedId) {
    return new LegalHold(
        storedId,
        scope,
        placedBy,
        reason,
        decisionNumber,
        placedAt,
        heldThrough,
        liftedBy,
        liftedAt,
        liftReason);
  }

  public boolean isLifted() {
    return liftedAt != null;
  }

  /**
   * True when the hold keeps data on {@code day}: placed by then, not lifted by then, and not past
   * its last day.
   */
  public boolean isInForceOn(LocalDate day) {
    return !RetentionCalendar.day(placedAt).isAfter(day)
        && (liftedAt == null || RetentionCalendar.day(liftedAt).isAfter(day))
        && (heldThrough == null || !heldThrough.isBefore(day));
  }

  /** True when the hold was not lifted at {@code now} (it may have ended by its own date). */
  public boolean isStandingAt(Instant now) {
    return liftedAt == null || liftedAt.isAfter(now);
  }

  /** How long the hold keeps what it reaches: through its last day, or until lifted. */
  public KeepUntil keepUntil() {
    return heldThrough == null ? new KeepUntil.Indefinitely() : new KeepUntil.Through(heldThrough);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
